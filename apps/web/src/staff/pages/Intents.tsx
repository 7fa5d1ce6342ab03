import type { Static } from '@sinclair/typebox';
import type { IntentModelInfo, IntentRoute, IntentTrainingJob, TriagePage } from '@klantstem/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../shared/i18n';
import { api, ApiError } from '../../shared/api';
import { Chart } from '../Chart';
import { useMe } from '../session';
import { SortableTable } from '../SortableTable';
import { dateTime, ErrorMessage, Loaded, percent } from '../ui';

export default function Intents() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('intents.title')}</h1>
      <Triage />
      <ModelReport />
    </>
  );
}

function useModel() {
  return useQuery({
    queryKey: ['intents', 'model'],
    queryFn: async () => {
      try {
        return await api<IntentModelInfo>('GET', '/api/v1/intents/model');
      } catch (error) {
        if (error instanceof ApiError && error.code === 'no_model') return null; // nothing trained yet
        throw error;
      }
    },
  });
}

function Triage() {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const me = useMe();
  const model = useModel();
  const mayDecide = me.data?.role === 'admin' || me.data?.role === 'agent';
  const triage = useQuery({
    queryKey: ['intents', 'triage'],
    queryFn: () => api<Static<typeof TriagePage>>('GET', '/api/v1/intents/triage?limit=20'),
  });
  const decide = useMutation({
    mutationFn: ({ id, intent }: { id: string; intent: string }) =>
      api<IntentRoute>('POST', `/api/v1/intents/triage/${encodeURIComponent(id)}`, { intent }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['intents', 'triage'] }),
  });
  const allIntents = model.data?.intents ?? [];

  return (
    <section aria-labelledby="triage-title">
      <h2 id="triage-title">{t('intents.triage')}</h2>
      <p className="hint">{t('intents.triageIntro')}</p>
      {decide.isError && <ErrorMessage error={decide.error} />}
      {decide.isSuccess && (
        <p className="success" role="status">
          {decide.data.team
            ? t('intents.sentTo', { intent: decide.data.intent ?? '', team: decide.data.team })
            : t('intents.labelled', { intent: decide.data.intent ?? '' })}
        </p>
      )}
      <Loaded query={triage} isEmpty={(d) => d.items.length === 0} empty={t('intents.triageEmpty')}>
        {(data) => (
          <ul className="cards">
            {data.items.map((item) => (
              <li key={item.signalId} className="card">
                <p className="customer-words">
                  <q>{item.text}</q>
                </p>
                <p className="hint">
                  {dateTime(item.at, lang)} · {t('intents.confidence')}: {percent(item.confidence)}
                </p>
                {mayDecide && (
                  <TriageChoice
                    candidates={item.alternatives.map((a) => a.intent)}
                    allIntents={allIntents}
                    busy={decide.isPending}
                    text={item.text}
                    onPick={(intent) => decide.mutate({ id: item.signalId, intent })}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}

function TriageChoice({
  candidates,
  allIntents,
  busy,
  text,
  onPick,
}: {
  candidates: string[];
  allIntents: string[];
  busy: boolean;
  text: string;
  onPick: (intent: string) => void;
}) {
  const { t } = useI18n();
  const [other, setOther] = useState('');
  return (
    <div className="actions" role="group" aria-label={t('intents.pickFor', { text: text.slice(0, 80) })}>
      {candidates.map((intent) => (
        <button key={intent} type="button" disabled={busy} onClick={() => onPick(intent)}>
          {intent}
        </button>
      ))}
      {allIntents.length > 0 && (
        <>
          <label className="inline">
            <span className="visually-hidden">{t('intents.otherIntent')}</span>
            <select value={other} onChange={(e) => setOther(e.target.value)}>
              <option value="">{t('intents.otherIntent')}</option>
              {allIntents
                .filter((intent) => !candidates.includes(intent))
                .map((intent) => (
                  <option key={intent} value={intent}>
                    {intent}
                  </option>
                ))}
            </select>
          </label>
          <button type="button" className="secondary" disabled={busy || !other} onClick={() => onPick(other)}>
            {t('intents.send')}
          </button>
        </>
      )}
    </div>
  );
}

function ModelReport() {
  const { t, lang } = useI18n();
  const model = useModel();
  const me = useMe();
  const mayTrain = me.data?.role === 'admin' || me.data?.role === 'analyst';
  return (
    <section aria-labelledby="model-title">
      <h2 id="model-title">{t('intents.model')}</h2>
      {mayTrain && <Retrain />}
      <Loaded query={model} isEmpty={(d) => d === null} empty={t('intents.noModel')}>
        {(info) => {
          const v = info!.validation;
          return (
            <>
              <dl className="figures">
                <div>
                  <dt>{t('intents.trainedAt')}</dt>
                  <dd>{dateTime(info!.createdAt, lang)}</dd>
                </div>
                <div>
                  <dt>{t('intents.examples')}</dt>
                  <dd>{info!.examples}</dd>
                </div>
                <div>
                  <dt>{t('intents.accuracy')}</dt>
                  <dd>{percent(v?.accuracy)}</dd>
                </div>
                <div>
                  <dt>{t('intents.answeredAccuracy')}</dt>
                  <dd>{percent(v?.answeredAccuracy)}</dd>
                </div>
                <div>
                  <dt>{t('intents.abstainRate')}</dt>
                  <dd>{percent(v?.abstainRate)}</dd>
                </div>
              </dl>
              {v?.perIntent && <PerIntent perIntent={v.perIntent} />}
              {v?.confusions && v.confusions.length > 0 && (
                <>
                  <h3>{t('intents.confusions')}</h3>
                  <SortableTable
                    caption={t('intents.confusions')}
                    rows={v.confusions}
                    rowKey={(c) => `${c.label}→${c.predicted}`}
                    columns={[
                      { key: 'label', label: t('intents.actual'), value: (c) => c.label },
                      { key: 'predicted', label: t('intents.predicted'), value: (c) => c.predicted },
                      { key: 'count', label: t('intents.count'), value: (c) => c.count, numeric: true },
                    ]}
                  />
                </>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

type Scores = NonNullable<NonNullable<IntentModelInfo['validation']>['perIntent']>;

function PerIntent({ perIntent }: { perIntent: Scores }) {
  const { t } = useI18n();
  const rows = useMemo(() => Object.entries(perIntent).map(([intent, s]) => ({ intent, ...s })), [perIntent]);
  const categories = useMemo(() => rows.map((r) => r.intent), [rows]);
  const series = useMemo(
    () => [
      { label: t('intents.precision'), values: rows.map((r) => r.precision) },
      { label: t('intents.recall'), values: rows.map((r) => r.recall) },
    ],
    [rows, t],
  );
  return (
    <>
      <h3>{t('intents.perIntent')}</h3>
      <Chart title={t('intents.perIntentChart')} categories={categories} series={series} kind="lines" />
      <SortableTable
        caption={t('intents.perIntent')}
        rows={rows}
        rowKey={(r) => r.intent}
        columns={[
          { key: 'intent', label: t('intents.intent'), value: (r) => r.intent },
          {
            key: 'precision',
            label: t('intents.precision'),
            value: (r) => r.precision,
            show: (r) => percent(r.precision),
            numeric: true,
          },
          {
            key: 'recall',
            label: t('intents.recall'),
            value: (r) => r.recall,
            show: (r) => percent(r.recall),
            numeric: true,
          },
          { key: 'support', label: t('intents.support'), value: (r) => r.support, numeric: true },
        ]}
      />
    </>
  );
}

/** Retraining runs on the server in the background; the screen polls the job and shows how long it runs. */
function Retrain() {
  const { t } = useI18n();
  const client = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => api<IntentTrainingJob>('POST', '/api/v1/intents/train', {}),
    onSuccess: (job) => setJobId(job.id),
  });
  const job = useQuery({
    queryKey: ['intents', 'job', jobId],
    enabled: jobId !== null,
    queryFn: () => api<IntentTrainingJob>('GET', `/api/v1/intents/train/${jobId!}`),
    refetchInterval: (query) => (query.state.data?.status === 'running' || !query.state.data ? 1000 : false),
  });
  const status = job.data?.status;
  useEffect(() => {
    if (status === 'done') void client.invalidateQueries({ queryKey: ['intents', 'model'] });
  }, [status, client]);
  const running = start.isPending || status === 'running' || (jobId !== null && !job.data);
  // Elapsed as of the last poll: render stays pure, and the poll runs every second anyway.
  const seconds = job.data
    ? Math.max(0, Math.round((job.dataUpdatedAt - Date.parse(job.data.startedAt)) / 1000))
    : 0;
  return (
    <div className="retrain">
      <button type="button" disabled={running} onClick={() => start.mutate()}>
        {t('intents.retrain')}
      </button>
      <span role="status" aria-live="polite">
        {running && (
          <>
            <progress aria-label={t('intents.training')} /> {t('intents.trainingFor', { seconds })}
          </>
        )}
        {status === 'done' && <span className="success">{t('intents.trained')}</span>}
        {status === 'failed' && <span className="error">{job.data?.error ?? t('errors.generic')}</span>}
      </span>
      {start.isError && <ErrorMessage error={start.error} />}
    </div>
  );
}
