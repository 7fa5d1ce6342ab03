/**
 * The staff inbox at scale on PostgreSQL: 1,000,000 conversations over a year (20 teams, 200
 * people, all four statuses, some in triage), then the inbox queries people run — everything,
 * by status, by team, a team's open ones, my own, triage, and page 20 via the cursor — through
 * the same repository function the API uses. Baseline from the same run: one sequential scan of
 * the table (what each query would cost without its index).
 * Alone: node --conditions=source --import tsx bench/inbox.ts <postgres url> [conversations] [queries]
 */
import { sql } from 'kysely';
import { connect, migrate } from '../apps/server/src/db/connect.js';
import { listInbox, type InboxFilter } from '../apps/server/src/features/conversations/repository.js';
import { prng } from './data.js';

const [url, countArg = '1000000', queriesArg = '600'] = process.argv.slice(2);
if (!url) throw new Error('usage: inbox.ts <postgres url> [conversations] [queries]');
const COUNT = Number(countArg);
const QUERIES = Number(queriesArg);
const TEAMS = 20;
const PEOPLE = 200;

const database = await connect(url);
await migrate(database);
const { db } = database;

const started = performance.now();
await sql`INSERT INTO users (id, email, name, role, password_hash, created_at)
  SELECT 'u' || i, 'u' || i || '@bench.test', 'Person ' || i, 'agent', 'x', '2026-01-01T00:00:00.000Z'
  FROM generate_series(1, ${PEOPLE}) i`.execute(db);
await sql`INSERT INTO teams (id, name, created_at)
  SELECT 't' || i, 'Team ' || i, '2026-01-01T00:00:00.000Z' FROM generate_series(1, ${TEAMS}) i`.execute(db);
// Every 25th conversation waits in triage; the others belong to a team and one of its ten people.
await sql`INSERT INTO conversations (id, customer_id, channel, status, subject, team_id, owner_id, intent,
    confidence, repeat_of, contact_number, reopen_count, customer_token_hash, created_at, updated_at)
  SELECT 'c' || lpad(i::text, 8, '0'), NULL, 'chat',
    (ARRAY['open', 'waiting_on_customer', 'waiting_on_us', 'resolved', 'resolved', 'resolved'])[1 + i % 6],
    'Vraag ' || i,
    CASE WHEN i % 25 = 0 THEN NULL ELSE 't' || (1 + i % ${TEAMS}) END,
    CASE WHEN i % 25 = 0 THEN NULL ELSE 'u' || (1 + i % ${TEAMS} + ${TEAMS} * ((i / ${TEAMS}) % 10)) END,
    'intent' || (i % 50), 0.9, NULL, 1, 0, md5(i::text),
    to_char(timestamp '2026-01-01' + (i * interval '31 seconds'), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    to_char(timestamp '2026-01-01' + (i * interval '31 seconds') + ((i % 97) * interval '1 minute'),
      'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  FROM generate_series(1, ${COUNT}) i`.execute(db);
await sql`ANALYZE conversations`.execute(db);
const loadSeconds = (performance.now() - started) / 1000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

const scans: number[] = [];
for (let i = 0; i < 5; i += 1) {
  const t0 = performance.now();
  await sql`SELECT count(*) FROM conversations WHERE subject LIKE '%x%'`.execute(db);
  scans.push(performance.now() - t0);
}
scans.sort((a, b) => a - b);

const random = prng(7);
const pick = (n: number) => 1 + Math.floor(random() * n);
const kinds: Record<string, () => Omit<InboxFilter, 'limit'>> = {
  all: () => ({}),
  status: () => ({ status: 'waiting_on_us' }),
  team: () => ({ team: `t${pick(TEAMS)}` }),
  teamOpen: () => ({ team: `t${pick(TEAMS)}`, status: 'open' }),
  mine: () => ({ owner: `u${pick(PEOPLE)}`, status: 'waiting_on_us' }),
  triage: () => ({ triage: true }),
};
const timings: Record<string, number[]> = {};
const all: number[] = [];
for (let i = 0; i < QUERIES; i += 1) {
  const name = Object.keys(kinds)[i % Object.keys(kinds).length]!;
  const filter = kinds[name]!();
  const t0 = performance.now();
  let page = await listInbox(db, { ...filter, limit: 50 });
  const deep = i % 10 === 0;
  // Now and then a person pages on: the 20th page must cost what the first does.
  for (let p = 1; deep && p < 20 && page.nextCursor; p += 1)
    page = await listInbox(db, { ...filter, limit: 50, cursor: page.nextCursor });
  const ms = (performance.now() - t0) / (deep ? 20 : 1);
  (timings[name] ??= []).push(ms);
  all.push(ms);
}
all.sort((a, b) => a - b);
const perFilter = Object.fromEntries(
  Object.entries(timings).map(([name, values]) => {
    values.sort((a, b) => a - b);
    return [
      name,
      { p50: Number(percentile(values, 0.5).toFixed(2)), p95: Number(percentile(values, 0.95).toFixed(2)) },
    ];
  }),
);
const p95 = percentile(all, 0.95);
await database.destroy();

process.stdout.write(
  `${JSON.stringify({
    bench: 'conversations.inbox.postgres',
    conversations: COUNT,
    queries: QUERIES,
    loadSeconds: Number(loadSeconds.toFixed(1)),
    p50Ms: Number(percentile(all, 0.5).toFixed(2)),
    p95Ms: Number(p95.toFixed(2)),
    perFilter,
    baselineKind: 'one sequential scan of the conversations table',
    baselineMs: Number(percentile(scans, 0.5).toFixed(1)),
    ratio: Number((p95 / percentile(scans, 0.5)).toFixed(4)),
    targets: { p95Ms: 50 },
    met: p95 < 50,
  })}\n`,
);
