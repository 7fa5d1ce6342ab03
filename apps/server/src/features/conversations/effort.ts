import type { ConversationEffort, TeamEffort } from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';
import { notFound } from '../../http/errors.js';
import { toStoredTime } from '../../schema/formats.js';
import { effortRows, toPromise } from './repository.js';

const seconds = (from: string, to: string | null) =>
  to === null ? null : (Date.parse(to) - Date.parse(from)) / 1000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// Map.groupBy arrives with Node 21; Klantstem runs on Node 20.
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

type Measured = ConversationEffort & { id: string; teamId: string | null };

/** Customer effort of each conversation started in the period (all of them without one). */
async function measure(
  db: Kysely<Tables>,
  now: string,
  period: { from?: string; to?: string; id?: string },
): Promise<Measured[]> {
  const { rows, transfers, promises, repeated } = await effortRows(db, period);
  const transfersOf = new Map(transfers.map((t) => [t.id, Number(t.n)]));
  const promisesOf = groupBy(
    promises.map((p) => ({ conversation: p.conversation_id, status: toPromise(p, now).status })),
    (p) => p.conversation,
  );
  return rows.map((row) => {
    const count = (status: string) =>
      (promisesOf.get(row.id) ?? []).filter((p) => p.status === status).length;
    const transferCount = transfersOf.get(row.id) ?? 0;
    const reopenings = Number(row.reopen_count);
    return {
      id: row.id,
      teamId: row.team_id,
      contactNumber: Number(row.contact_number),
      repeatOf: row.repeat_of,
      transfers: transferCount,
      reopenings,
      firstContactResolution:
        row.resolved_at !== null && transferCount === 0 && reopenings === 0 && !repeated.has(row.id),
      firstResponseSeconds: seconds(row.created_at, row.first_response_at),
      resolutionSeconds: seconds(row.created_at, row.resolved_at),
      promisesKept: count('kept'),
      promisesBroken: count('broken'),
      promisesOpen: count('open'),
    };
  });
}

export async function conversationEffort(
  db: Kysely<Tables>,
  id: string,
  now: string,
): Promise<ConversationEffort> {
  const [measured] = await measure(db, now, { id });
  if (!measured) throw notFound('Conversation');
  const { id: _measuredId, teamId: _teamId, ...effort } = measured;
  return effort;
}

/** Per team (the team that has each conversation now; null is triage), for conversations started in the period. */
export async function teamEffort(
  db: Kysely<Tables>,
  now: string,
  period: { from?: string; to?: string },
): Promise<TeamEffort[]> {
  const measured = await measure(db, now, {
    ...(period.from && { from: toStoredTime(period.from) }),
    ...(period.to && { to: toStoredTime(period.to) }),
  });
  const byTeam = groupBy(measured, (m) => m.teamId);
  return [...byTeam.entries()]
    .sort(([a], [b]) => (a ?? '').localeCompare(b ?? ''))
    .map(([teamId, items]) => {
      const issues = items.filter((i) => i.repeatOf === null).length;
      const resolved = items.filter((i) => i.resolutionSeconds !== null);
      const sum = (key: 'transfers' | 'promisesKept' | 'promisesBroken') =>
        items.reduce((total, i) => total + i[key], 0);
      return {
        teamId,
        conversations: items.length,
        issues,
        contactsPerIssue: ratio(items.length, issues),
        repeatRate: ratio(items.length - issues, items.length),
        transfersPerConversation: ratio(sum('transfers'), items.length),
        reopenRate: ratio(items.filter((i) => i.reopenings > 0).length, items.length),
        resolved: resolved.length,
        firstContactResolutionRate:
          resolved.length === 0
            ? null
            : ratio(resolved.filter((i) => i.firstContactResolution).length, resolved.length),
        medianFirstResponseSeconds: median(items.flatMap((i) => i.firstResponseSeconds ?? [])),
        medianResolutionSeconds: median(resolved.map((i) => i.resolutionSeconds!)),
        promisesKept: sum('promisesKept'),
        promisesBroken: sum('promisesBroken'),
      };
    });
}
