import type { JargonCheckResult } from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '../shared/api';
import { useI18n } from '../shared/i18n';
import { ErrorMessage, percent } from './ui';

/** Checks a draft for words customers rarely use (POST /api/v1/vocab/check). */
export function useJargonCheck() {
  return useMutation({
    mutationFn: (text: string) =>
      api<Static<typeof JargonCheckResult>>('POST', '/api/v1/vocab/check', { text }),
  });
}

type JargonCheck = ReturnType<typeof useJargonCheck>;

/** The button of an editor that checks its draft, beside the form's other actions. */
export function JargonCheckButton({ check, text }: { check: JargonCheck; text: string }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="secondary"
      disabled={!text.trim() || check.isPending}
      onClick={() => check.mutate(text)}
    >
      {t('knowledge.checkWords')}
    </button>
  );
}

/** What the last check said: its error, or the draft checked with its findings, in a named region. */
export function JargonCheckOutcome({ check }: { check: JargonCheck }) {
  const { t } = useI18n();
  if (check.isError) return <ErrorMessage error={check.error} />;
  if (!check.data) return null;
  return (
    <section aria-label={t('knowledge.checkWords')}>
      <JargonFindings text={check.variables ?? ''} result={check.data} />
    </section>
  );
}

/** The draft with the words customers rarely use marked, and their own words beside each. */
export function JargonFindings({ text, result }: { text: string; result: Static<typeof JargonCheckResult> }) {
  const { t } = useI18n();
  if (result.findings.length === 0) return <p className="success">{t('language.noJargon')}</p>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [index, finding] of result.findings.entries()) {
    if (finding.start < at) continue;
    parts.push(text.slice(at, finding.start));
    parts.push(
      <mark key={index} title={finding.customerTerms.join(', ')}>
        {text.slice(finding.start, finding.end)}
      </mark>,
    );
    at = finding.end;
  }
  parts.push(text.slice(at));
  return (
    <div className="jargon-result">
      <p className="draft-preview">{parts}</p>
      <ul>
        {result.findings.map((finding, index) => (
          <li key={index}>
            <strong>{finding.term}</strong>: {t('language.usage', { share: percent(finding.customerUsage) })}
            {finding.customerTerms.length > 0 && (
              <> {t('language.customersSay', { words: finding.customerTerms.join(', ') })}</>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
