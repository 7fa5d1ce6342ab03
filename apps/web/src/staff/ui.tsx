import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useI18n } from '../shared/i18n';
import { ApiError } from '../shared/api';

/** An error a person can act on: the API's own code translated where we know it, else its message. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t, lang, has } = useI18n();
  let text = t('errors.generic');
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`;
    text = has(key) ? t(key) : lang === 'en' ? error.message : t('errors.generic');
  }
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}

/** Loading, error and empty states for any list or record fetched from the API. */
export function Loaded<T>({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  empty?: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (query.isPending) return <p className="hint">{t('common.loading')}</p>;
  if (query.isError) return <ErrorMessage error={query.error} />;
  if (isEmpty?.(query.data)) return <p className="empty">{empty ?? t('common.empty')}</p>;
  return <>{children(query.data)}</>;
}

export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${Math.round(value * 1000) / 10}%`;
}

/** A file's size as people read it: "512 byte", "12 kB", "1,2 MB" (1 kB = 1024 bytes). */
export function fileSize(bytes: number, lang: string): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'byte']
      : bytes < 1024 * 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL', {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}

export function dateTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
