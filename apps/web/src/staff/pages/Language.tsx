import type { Static } from '@sinclair/typebox';
import type { GlossaryTerm, VocabGaps, VocabSuggestion, VocabSuggestions } from '@klantstem/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useI18n } from '../../shared/i18n';
import { api } from '../../shared/api';
import { Chart } from '../Chart';
import { JargonFindings, useJargonCheck } from '../JargonFindings';
import { useMe } from '../session';
import { SortableTable, type Column } from '../SortableTable';
import { ErrorMessage, Loaded, percent } from '../ui';

type Suggestion = Static<typeof VocabSuggestion>;
type Gap = Static<typeof VocabGaps>['gaps'][number];

export default function Language() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('language.title')}</h1>
      <p className="hint">{t('language.intro')}</p>
      <Suggestions />
      <Gaps />
      <Glossary />
      <JargonCheck />
    </>
  );
}

function Suggestions() {
  const { t } = useI18n();
  const client = useQueryClient();
  const me = useMe();
  const mayDecide = me.data?.role === 'admin' || me.data?.role === 'analyst';
  const suggestions = useQuery({
    queryKey: ['vocab', 'suggestions'],
    queryFn: () => api<Static<typeof VocabSuggestions>>('GET', '/api/v1/vocab/suggestions?limit=30'),
  });
  const decide = useMutation({
    mutationFn: ({ suggestion, verb }: { suggestion: Suggestion; verb: 'approve' | 'reject' }) =>
      api<GlossaryTerm>('POST', `/api/v1/vocab/${verb}`, {
        customerTerm: suggestion.customerTerm,
        officialTerm: suggestion.officialTerm,
        kind: suggestion.kind,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['vocab'] }),
  });

  return (
    <section aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('language.suggestions')}</h2>
      {decide.isError && <ErrorMessage error={decide.error} />}
      {decide.isSuccess && (
        <p className="success" role="status">
          {t(decide.variables.verb === 'approve' ? 'language.approved' : 'language.rejected', {
            customer: decide.variables.suggestion.customerTerm,
            official: decide.variables.suggestion.officialTerm,
          })}
        </p>
      )}
      <Loaded
        query={suggestions}
        isEmpty={(d) => d.suggestions.length === 0}
        empty={t('language.noSuggestions')}
      >
        {(data) => (
          <ul className="cards">
            {data.suggestions.map((s) => (
              <li key={`${s.customerTerm}→${s.officialTerm}`} className="card">
                <p className="pair">
                  <q>{s.customerTerm}</q> → <strong>{s.officialTerm}</strong>{' '}
                  <span className="badge">{t(`language.kind.${s.kind}`)}</span>{' '}
                  <span className="hint">
                    {t('language.confidence')}: {percent(s.confidence)}
                  </span>
                </p>
                <Evidence suggestion={s} />
                {mayDecide && (
                  <div className="actions">
                    <button
                      type="button"
                      disabled={decide.isPending}
                      aria-label={t('language.approveLabel', {
                        customer: s.customerTerm,
                        official: s.officialTerm,
                      })}
                      onClick={() => decide.mutate({ suggestion: s, verb: 'approve' })}
                    >
                      {t('language.approve')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      disabled={decide.isPending}
                      aria-label={t('language.rejectLabel', {
                        customer: s.customerTerm,
                        official: s.officialTerm,
                      })}
                      onClick={() => decide.mutate({ suggestion: s, verb: 'reject' })}
                    >
                      {t('language.reject')}
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

function Evidence({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useI18n();
  const { evidence } = suggestion;
  return (
    <details>
      <summary>{t('language.evidence', { count: evidence.sessions })}</summary>
      <p>
        {t('language.clickThrough')}: <q>{suggestion.customerTerm}</q>{' '}
        {percent(evidence.clickThrough.customer)} · <q>{suggestion.officialTerm}</q>{' '}
        {percent(evidence.clickThrough.official)}
      </p>
      <p className="hint">
        {t('language.methods')}: {evidence.methods.join(', ')}
      </p>
      {evidence.examples.length > 0 && (
        <ul>
          {evidence.examples.map((example, index) => (
            <li key={index}>
              <q>{example.from}</q> → <q>{example.to}</q>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

function Gaps() {
  const { t } = useI18n();
  const gaps = useQuery({
    queryKey: ['vocab', 'gaps'],
    queryFn: () => api<Static<typeof VocabGaps>>('GET', '/api/v1/vocab/gaps?limit=50'),
  });
  const columns: Column<Gap>[] = [
    { key: 'term', label: t('language.term'), value: (g) => g.term },
    { key: 'volume', label: t('language.volume'), value: (g) => g.volume, numeric: true },
    {
      key: 'zero',
      label: t('language.zeroResultRate'),
      value: (g) => g.zeroResultRate ?? -1,
      show: (g) => percent(g.zeroResultRate),
      numeric: true,
    },
    {
      key: 'noClick',
      label: t('language.noClickRate'),
      value: (g) => g.noClickRate,
      show: (g) => percent(g.noClickRate),
      numeric: true,
    },
    { key: 'reformulation', label: t('language.reformulation'), value: (g) => g.reformulation ?? '' },
    { key: 'related', label: t('language.related'), value: (g) => g.relatedOfficialTerms.join(', ') },
  ];
  return (
    <section aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('language.gaps')}</h2>
      <Loaded query={gaps} isEmpty={(d) => d.gaps.length === 0} empty={t('language.noGaps')}>
        {(data) => (
          <>
            <GapChart gaps={data.gaps} />
            <SortableTable
              caption={t('language.gaps')}
              rows={data.gaps}
              columns={columns}
              rowKey={(g) => g.term}
            />
            {data.unusedOfficialTerms.length > 0 && (
              <>
                <h3>{t('language.unused')}</h3>
                <p>{data.unusedOfficialTerms.map((u) => u.term).join(', ')}</p>
              </>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}

function GapChart({ gaps }: { gaps: Gap[] }) {
  const { t } = useI18n();
  const top = useMemo(() => gaps.slice(0, 15), [gaps]);
  const categories = useMemo(() => top.map((g) => g.term), [top]);
  const series = useMemo(() => [{ label: t('language.volume'), values: top.map((g) => g.volume) }], [top, t]);
  return <Chart title={t('language.gapsChart')} categories={categories} series={series} kind="bars" />;
}

function Glossary() {
  const { t } = useI18n();
  const glossary = useQuery({
    queryKey: ['vocab', 'glossary'],
    queryFn: () => api<{ items: GlossaryTerm[] }>('GET', '/api/v1/glossary'),
  });
  return (
    <section aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('language.glossary')}</h2>
      <Loaded query={glossary} isEmpty={(d) => d.items.length === 0} empty={t('language.noGlossary')}>
        {(data) => (
          <SortableTable
            caption={t('language.glossary')}
            rows={data.items}
            rowKey={(term) => String(term.id)}
            columns={[
              { key: 'official', label: t('language.officialTerm'), value: (term) => term.officialTerm },
              {
                key: 'customer',
                label: t('language.customerTerms'),
                value: (term) => term.variants.map((v) => v.customerTerm).join(', '),
                show: (term) =>
                  term.variants.map((v) => (
                    <span key={v.id} className={`variant variant-${v.status}`}>
                      {v.customerTerm} <span className="hint">({t(`language.status.${v.status}`)})</span>
                    </span>
                  )),
              },
            ]}
          />
        )}
      </Loaded>
    </section>
  );
}

function JargonCheck() {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  const check = useJargonCheck();
  return (
    <section aria-labelledby="jargon-title">
      <h2 id="jargon-title">{t('language.jargon')}</h2>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft.trim()) check.mutate(draft);
        }}
      >
        <label>
          {t('language.draft')}
          <textarea value={draft} rows={5} maxLength={100000} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit" disabled={check.isPending || !draft.trim()}>
          {t('language.check')}
        </button>
      </form>
      {check.isError && <ErrorMessage error={check.error} />}
      {check.data && <JargonFindings text={check.variables ?? ''} result={check.data} />}
    </section>
  );
}
