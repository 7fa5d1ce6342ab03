import type { Overview as OverviewData } from '@klantstem/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../../shared/i18n';
import { api } from '../../shared/api';
import { Chart } from '../Chart';
import { SignalList } from '../SignalList';
import { Loaded } from '../ui';

export default function Overview() {
  const { t } = useI18n();
  const overview = useQuery({
    queryKey: ['overview'],
    queryFn: () => api<OverviewData>('GET', '/api/v1/overview?weeks=12'),
  });
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <Loaded query={overview} isEmpty={(d) => d.totals.signals === 0} empty={t('overview.empty')}>
        {(data) => (
          <>
            <dl className="figures">
              <div>
                <dt>{t('overview.signals')}</dt>
                <dd>{data.totals.signals.toLocaleString()}</dd>
              </div>
              <div>
                <dt>{t('overview.customers')}</dt>
                <dd>{data.totals.customers.toLocaleString()}</dd>
              </div>
              <div>
                <dt>{t('overview.triage')}</dt>
                <dd>{data.totals.triage.toLocaleString()}</dd>
              </div>
            </dl>
            <Volumes data={data} />
            <div className="columns">
              <section aria-labelledby="top-intents">
                <h2 id="top-intents">{t('overview.topIntents')}</h2>
                {data.topIntents.length === 0 ? (
                  <p className="empty">{t('common.empty')}</p>
                ) : (
                  <ol className="top-list">
                    {data.topIntents.map((i) => (
                      <li key={i.intent}>
                        {i.intent} <span className="hint">({i.count.toLocaleString()})</span>
                      </li>
                    ))}
                  </ol>
                )}
              </section>
              <section aria-labelledby="newest">
                <h2 id="newest">{t('overview.newest')}</h2>
                <SignalList signals={data.newest} />
              </section>
            </div>
          </>
        )}
      </Loaded>
    </>
  );
}

function Volumes({ data }: { data: OverviewData }) {
  const { t } = useI18n();
  const series = useMemo(
    () =>
      data.channels.map((c) => ({
        label: t(`channels.${c.channel}`, { defaultValue: c.channel }),
        values: c.counts,
      })),
    [data, t],
  );
  return (
    <section aria-labelledby="volumes">
      <h2 id="volumes">{t('overview.volumes')}</h2>
      <Chart title={t('overview.volumesChart')} categories={data.weeks} series={series} kind="lines" />
      <table>
        <caption className="visually-hidden">{t('overview.volumes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.channel')}</th>
            {data.weeks.map((week) => (
              <th key={week} scope="col" className="numeric">
                {week.slice(5)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.channels.map((c, index) => (
            <tr key={c.channel}>
              <th scope="row">{series[index]?.label}</th>
              {c.counts.map((count, i) => (
                <td key={i} className="numeric">
                  {count}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
