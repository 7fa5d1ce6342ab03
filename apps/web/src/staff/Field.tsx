import type { ReactNode } from 'react';
import type { FieldProblem } from '../shared/form';
import { useI18n } from '../shared/i18n';

/** A labelled form field with the problem the schema found in it, announced with the field. */
export function Field({
  label,
  problem,
  children,
}: {
  label: string;
  problem: FieldProblem | undefined;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const { t } = useI18n();
  const id = `field-${label.replace(/\W+/g, '-').toLowerCase()}`;
  const message =
    problem?.kind === 'required'
      ? t('form.required')
      : problem?.kind === 'tooLong'
        ? t('form.tooLong', { max: problem.max })
        : problem
          ? t('form.invalid')
          : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(message),
        ...(message && { 'aria-describedby': `${id}-problem` }),
      })}
      {message && (
        <p id={`${id}-problem`} className="error">
          {message}
        </p>
      )}
    </div>
  );
}
