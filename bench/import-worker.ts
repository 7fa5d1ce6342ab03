/**
 * One import measurement in its own process, so its peak memory is its own.
 * Usage: import-worker.ts <baseline|import> <db-url> <file>
 */
import { createReadStream, readFileSync } from 'node:fs';
import pino from 'pino';
import { sql } from 'kysely';
import { parseConfig } from '../apps/server/src/config.js';
import { createContext } from '../apps/server/src/context.js';
import { connect, migrate } from '../apps/server/src/db/connect.js';
import { runImport } from '../apps/server/src/features/imports/run.js';
import { signalStore } from '../apps/server/src/features/signals/service.js';
import { systemClock } from '../apps/server/src/platform/clock.js';
import type { BenchSignal } from './data.js';

const [mode, url, file] = process.argv.slice(2) as [string, string, string];
const database = await connect(url);
await migrate(database);

let seconds: number;
let rows: number;
if (mode === 'baseline') {
  // The floor: the same rows, already parsed and shaped, written by one prepared statement
  // (SQLite) or multi-row INSERTs (PostgreSQL) inside a single transaction.
  const now = new Date().toISOString();
  const values = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const s = JSON.parse(l) as BenchSignal;
      return [s.id, s.customer, s.channel, s.text, 'nl', s.at, '{}', now] as const;
    });
  rows = values.length;
  const started = performance.now();
  if (database.sqlite) {
    const db = database.sqlite;
    db.pragma('foreign_keys = OFF'); // the bare insert skips customer resolution, so no customer rows exist
    const insert = db.prepare(
      'INSERT INTO signals (id, customer_id, channel, text, lang, at, meta, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    db.transaction(() => {
      for (const v of values) insert.run(...v);
    })();
  } else {
    const client = await database.pool!.connect();
    await client.query('SET session_replication_role = replica'); // no FK checks, like the SQLite floor
    await client.query('BEGIN');
    for (let i = 0; i < values.length; i += 1000) {
      const group = values.slice(i, i + 1000);
      const params: string[] = [];
      const tuples = group.map((v) => `(${v.map((x) => `$${params.push(x)}`).join(',')})`);
      await client.query(
        `INSERT INTO signals (id, customer_id, channel, text, lang, at, meta, created_at) VALUES ${tuples.join(',')}`,
        params,
      );
    }
    await client.query('COMMIT');
    client.release();
  }
  seconds = (performance.now() - started) / 1000;
} else {
  const ctx = createContext({
    config: parseConfig({}),
    database,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
  });
  const started = performance.now();
  const summary = await runImport(signalStore(ctx), createReadStream(file, { highWaterMark: 256 * 1024 }), {
    format: 'jsonl',
  });
  seconds = (performance.now() - started) / 1000;
  rows = summary.imported;
  if (summary.errorCount > 0)
    throw new Error(`import reported errors: ${JSON.stringify(summary.errors.slice(0, 3))}`);
}
const count = await sql<{ n: string }>`select count(*) as n from signals`.execute(database.db);
await database.destroy();
process.stdout.write(
  `${JSON.stringify({ mode, rows, stored: Number(count.rows[0]!.n), seconds, rowsPerSecond: rows / seconds, peakRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
);
