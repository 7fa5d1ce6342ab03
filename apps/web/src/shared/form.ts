import type { TSchema } from '@sinclair/typebox';
import { ValueErrorType } from '@sinclair/typebox/errors';
import { Value } from '@sinclair/typebox/value';

export type FieldProblem = { kind: 'required' } | { kind: 'tooLong'; max: number } | { kind: 'invalid' };

/**
 * Checks a form's value against the same TypeBox schema the API validates with, so a person hears
 * about a bad field before sending it. (Value.Errors interprets the schema: no code generation, so
 * the page's Content-Security-Policy can forbid eval.)
 */
export function fieldProblems(schema: TSchema, value: unknown): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  for (const error of Value.Errors(schema, value)) {
    const field = error.path.split('/')[1] ?? '';
    if (problems[field]) continue;
    const max = (error.schema as { maxLength?: number }).maxLength;
    problems[field] =
      error.type === ValueErrorType.StringMaxLength && max !== undefined
        ? { kind: 'tooLong', max }
        : error.type === ValueErrorType.StringMinLength ||
            error.type === ValueErrorType.StringPattern ||
            error.type === ValueErrorType.ObjectRequiredProperty
          ? { kind: 'required' }
          : { kind: 'invalid' };
  }
  return problems;
}

/** A text field of a submitted form ('' when absent or a file). */
export function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
