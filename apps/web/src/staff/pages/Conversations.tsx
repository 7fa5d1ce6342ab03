import { type ConversationSummary, type TeamEffortReport } from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import { useQuery } from '@tanstack/react-query';
import { useI18n } from '../../shared/i18n';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../shared/api';
import { useLiveConversations } from '../live';
import { UnreadMentions } from '../mentions';
import { PagedList, usePaged } from '../paged';
import { useMe } from '../session';
import { useStaff } from '../staff';
import { StatusOptions } from '../statuses';
import { TeamOptions, useTeams } from '../teams';
import { SortableTable } from '../SortableTable';
import { dateTime, Loaded, percent } from '../ui';

/** The inbox: newest activity first, live, filtered by what the address bar says. */
export default function Conversations() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const live = useLiveConversations();
  const staff = useStaff();
  const teams = useTeams();
  const me = useMe().data;
  const filters = {
    status: params.get('status') ?? '',
    team: params.get('team') ?? '',
    mine: params.get('mine') ?? '',
    triage: params.get('triage') ?? '',
    mentioned: params.get('mentioned') ?? '',
  };
  const inbox = usePaged<ConversationSummary>(
    ['conversations', 'inbox', filters],
    '/api/v1/conversations',
    filters,
  );
  const teamName = (id: string | null) => teams.data?.items.find((team) => team.id === id)?.name ?? id;

  function set(name: keyof typeof filters, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  }

  return (
    <>
      <h1>{t('conversations.title')}</h1>
      {me?.role !== 'analyst' && (
        <p>
          <Link to="/conversations/new">{t('conversations.record')}</Link> ·{' '}
          <Link to="/conversations/canned">{t('conversations.cannedLink')}</Link>
        </p>
      )}
      <p className="hint" role="status">
        {live ? t('conversations.live') : t('conversations.connecting')}
      </p>
      <UnreadMentions />
      <div className="filters">
        <label>
          {t('conversations.status')}
          <select value={filters.status} onChange={(e) => set('status', e.target.value)}>
            <option value="">{t('common.all')}</option>
            <StatusOptions />
          </select>
        </label>
        <label>
          {t('signals.team')}
          <select value={filters.team} onChange={(e) => set('team', e.target.value)}>
            <option value="">{t('common.all')}</option>
            <TeamOptions />
          </select>
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={filters.mine === 'true'}
            onChange={(e) => set('mine', e.target.checked ? 'true' : '')}
          />
          {t('conversations.mine')}
        </label>
        <label className="inline">
          <input
            type="checkbox"
            checked={filters.triage === 'true'}
            onChange={(e) => set('triage', e.target.checked ? 'true' : '')}
          />
          {t('conversations.triageOnly')}
        </label>
        {me && (
          <label className="inline">
            <input
              type="checkbox"
              checked={filters.mentioned === me.id}
              onChange={(e) => set('mentioned', e.target.checked ? me.id : '')}
            />
            {t('conversations.mentionedOnly')}
          </label>
        )}
      </div>
      <PagedList list={inbox} empty={t('conversations.none')}>
        {(items) => (
          <ol className="inbox">
            {items.map((c) => (
              <li key={c.id} className="inbox-item">
                <Link to={`/conversations/${encodeURIComponent(c.id)}`} className="subject">
                  {c.subject}
                </Link>
                <p className="meta">
                  <span className={`badge status-${c.status}`}>
                    {t(`conversations.statuses.${c.status}`)}
                  </span>{' '}
                  {t(`channels.${c.channel}`, { defaultValue: c.channel })} ·{' '}
                  {c.route.triage ? t('conversations.inTriage') : (teamName(c.teamId) ?? '–')}
                  {c.ownerId && <> · {staff.name(c.ownerId)}</>} · {dateTime(c.updatedAt, lang)}
                </p>
              </li>
            ))}
          </ol>
        )}
      </PagedList>
      <TeamEffort teamName={teamName} />
    </>
  );
}

function TeamEffort({ teamName }: { teamName: (id: string | null) => string | null }) {
  const { t } = useI18n();
  const effort = useQuery({
    queryKey: ['conversations', 'effort'],
    queryFn: () => api<Static<typeof TeamEffortReport>>('GET', '/api/v1/conversations/effort'),
  });
  const minutes = (seconds: number | null) => (seconds === null ? '–' : `${Math.round(seconds / 60)} min`);
  return (
    <section aria-labelledby="effort-title">
      <h2 id="effort-title">{t('conversations.effort')}</h2>
      <Loaded query={effort} isEmpty={(d) => d.items.length === 0}>
        {(data) => (
          <SortableTable
            caption={t('conversations.effort')}
            rows={data.items}
            rowKey={(r) => r.teamId ?? '-'}
            columns={[
              {
                key: 'team',
                label: t('signals.team'),
                value: (r) => teamName(r.teamId) ?? t('conversations.inTriage'),
              },
              {
                key: 'conversations',
                label: t('conversations.count'),
                value: (r) => r.conversations,
                numeric: true,
              },
              {
                key: 'cpi',
                label: t('conversations.contactsPerIssue'),
                value: (r) => r.contactsPerIssue,
                show: (r) => r.contactsPerIssue.toFixed(2),
                numeric: true,
              },
              {
                key: 'transfers',
                label: t('conversations.transfersPer'),
                value: (r) => r.transfersPerConversation,
                show: (r) => r.transfersPerConversation.toFixed(2),
                numeric: true,
              },
              {
                key: 'reopen',
                label: t('conversations.reopenRate'),
                value: (r) => r.reopenRate,
                show: (r) => percent(r.reopenRate),
                numeric: true,
              },
              {
                key: 'fcr',
                label: t('conversations.fcr'),
                value: (r) => r.firstContactResolutionRate ?? -1,
                show: (r) => percent(r.firstContactResolutionRate),
                numeric: true,
              },
              {
                key: 'first',
                label: t('conversations.firstResponse'),
                value: (r) => r.medianFirstResponseSeconds ?? -1,
                show: (r) => minutes(r.medianFirstResponseSeconds),
                numeric: true,
              },
              {
                key: 'resolution',
                label: t('conversations.resolution'),
                value: (r) => r.medianResolutionSeconds ?? -1,
                show: (r) => minutes(r.medianResolutionSeconds),
                numeric: true,
              },
              {
                key: 'promises',
                label: t('conversations.promises'),
                value: (r) => r.promisesKept - r.promisesBroken,
                show: (r) => `${r.promisesKept} / ${r.promisesBroken}`,
                numeric: true,
              },
            ]}
          />
        )}
      </Loaded>
    </section>
  );
}
