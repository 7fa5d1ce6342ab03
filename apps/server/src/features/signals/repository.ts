import type { Signal, SignalQuery } from '@klantstem/contracts';
import type SQLite from 'better-sqlite3';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { SignalsTable, Tables } from '../../db/tables.js';
import { chunks } from '../../lib/chunks.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { parseJsonObject } from '../../lib/json.js';
import { routeFromRow } from '../intents/repository.js';

// 8 columns per row: 500 rows stays far below SQLite's and PostgreSQL's parameter limits.
const ROWS_PER_INSERT = 500;

const sqliteInserts = new WeakMap<SQLite.Database, SQLite.Statement>();

/**
 * Inserts rows that are not stored yet and returns the ids it inserted. On SQLite it runs one
 * cached prepared statement per row on the transaction's own connection: building and preparing
 * a multi-row statement per batch costs more than SQLite's per-row execution.
 */
export async function insertSignals(
  trx: Kysely<Tables>,
  rows: SignalsTable[],
  sqlite?: SQLite.Database,
): Promise<Set<string>> {
  const inserted = new Set<string>();
  if (sqlite) {
    let statement = sqliteInserts.get(sqlite);
    if (!statement) {
      statement = sqlite.prepare(
        'INSERT INTO signals (id, customer_id, channel, text, lang, at, meta, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ' +
          'ON CONFLICT (id) DO NOTHING',
      );
      sqliteInserts.set(sqlite, statement);
    }
    for (const r of rows) {
      const { changes } = statement.run(
        r.id,
        r.customer_id,
        r.channel,
        r.text,
        r.lang,
        r.at,
        r.meta,
        r.created_at,
      );
      if (changes > 0) inserted.add(r.id);
    }
    return inserted;
  }
  for (const group of chunks(rows, ROWS_PER_INSERT)) {
    const result = await trx
      .insertInto('signals')
      .values(group)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    for (const r of result) inserted.add(r.id);
  }
  return inserted;
}

export function toSignal(row: Selectable<SignalsTable>): Signal {
  return {
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel,
    text: row.text,
    lang: row.lang as Signal['lang'],
    at: row.at,
    meta: parseJsonObject(row.meta),
    createdAt: row.created_at,
  };
}

export async function findSignal(db: Kysely<Tables>, id: string): Promise<Signal | undefined> {
  const row = await db.selectFrom('signals').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSignal(row);
}

/** Newest first, keyset-paginated on (at, id) so deep pages stay fast. */
export async function listSignals(
  db: Kysely<Tables>,
  query: SignalQuery & { customerIds?: string[] },
): Promise<{ items: Signal[]; nextCursor?: string }> {
  const limit = query.limit ?? 50;
  let q = db.selectFrom('signals').selectAll();
  if (query.customerIds)
    q = q.where('customer_id', 'in', query.customerIds.length ? query.customerIds : ['']);
  if (query.channel) q = q.where('channel', '=', query.channel);
  if (query.lang) q = q.where('lang', '=', query.lang);
  if (query.from) q = q.where('at', '>=', new Date(query.from).toISOString());
  if (query.to) q = q.where('at', '<', new Date(query.to).toISOString());
  if (query.intent || query.team) {
    let routed = db.selectFrom('signal_routes').select('signal_id');
    if (query.intent) routed = routed.where('intent', '=', query.intent);
    if (query.team) routed = routed.where('team_id', '=', query.team);
    q = q.where('id', 'in', routed);
  }
  for (const word of textFilterWords(query.q)) {
    // lower() on both sides: LIKE is case-insensitive for ASCII only on SQLite, and not at all on PostgreSQL.
    q = q.where(sql<boolean>`lower(text) like ${'%' + escapeLike(word) + '%'} escape '\\'`);
  }
  const after = query.cursor ? decodeCursor(query.cursor) : undefined;
  if (after)
    q = q.where((eb) =>
      eb.or([eb('at', '<', after.at), eb.and([eb('at', '=', after.at), eb('id', '<', after.id)])]),
    );
  const rows = await q
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  const items = await withRoutes(db, rows.slice(0, limit).map(toSignal));
  const last = rows.length > limit ? items[items.length - 1] : undefined;
  return last ? { items, nextCursor: encodeCursor({ at: last.at, id: last.id }) } : { items };
}

/** The words of a full-text filter, lower-cased; at most 8, so a pasted paragraph cannot make a huge query. */
function textFilterWords(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
}

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Adds each signal's route (where it was routed), in one query for all of them. */
export async function withRoutes(db: Kysely<Tables>, items: Signal[]): Promise<Signal[]> {
  if (items.length === 0) return items;
  const routes = await db
    .selectFrom('signal_routes')
    .selectAll()
    .where(
      'signal_id',
      'in',
      items.map((s) => s.id),
    )
    .execute();
  const bySignal = new Map(routes.map((r) => [r.signal_id, routeFromRow(r)]));
  return items.map((s) => {
    const route = bySignal.get(s.id);
    return route ? { ...s, route } : s;
  });
}
