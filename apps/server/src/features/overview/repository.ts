import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../db/connect.js';
import type { Tables } from '../../db/tables.js';

export async function latestSignalAt(db: Kysely<Tables>): Promise<string | null> {
  const row = await db
    .selectFrom('signals')
    .select((eb) => eb.fn.max('at').as('at'))
    .executeTakeFirst();
  return row?.at ?? null;
}

/** Signals per UTC day and channel from `since` on; days, not weeks, so both dialects share one query. */
export async function dailyChannelCounts(
  db: Kysely<Tables>,
  since: string,
): Promise<{ day: string; channel: string; count: number }[]> {
  const rows = await db
    .selectFrom('signals')
    .select([
      sql<string>`substr(at, 1, 10)`.as('day'),
      'channel',
      (eb) => eb.fn.countAll<number>().as('count'),
    ])
    .where('at', '>=', since)
    .groupBy([sql`substr(at, 1, 10)`, 'channel'])
    .execute();
  return rows.map((r) => ({ day: r.day, channel: r.channel, count: Number(r.count) }));
}

/**
 * The most frequent intents since `since`: the route a question got, or for history without a route
 * the intent its source system recorded in meta.intent.
 */
export async function topIntents(
  db: Kysely<Tables>,
  dialect: Dialect,
  since: string,
  limit: number,
): Promise<{ intent: string; count: number }[]> {
  const metaIntent =
    dialect === 'sqlite'
      ? sql<string>`json_extract(s.meta, '$.intent')`
      : sql<string>`(s.meta::json ->> 'intent')`;
  const intent = sql<string>`coalesce(r.intent, ${metaIntent})`;
  const rows = await db
    .selectFrom('signals as s')
    .leftJoin('signal_routes as r', 'r.signal_id', 's.id')
    .select([intent.as('intent'), (eb) => eb.fn.countAll<number>().as('count')])
    .where('s.at', '>=', since)
    .where(intent, 'is not', null)
    .groupBy(intent)
    .orderBy('count', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ intent: r.intent, count: Number(r.count) }));
}

export async function totals(
  db: Kysely<Tables>,
): Promise<{ signals: number; customers: number; triage: number }> {
  const count = async (table: 'signals' | 'customers') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const triage = await db
    .selectFrom('signal_routes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('team_id', 'is', null)
    .where('triaged_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { signals: await count('signals'), customers: await count('customers'), triage: Number(triage.n) };
}
