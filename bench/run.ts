/**
 * `npm run bench`: performance figures as JSON lines, each with a baseline measured in the same
 * run (ratios hold on a noisy machine; absolute times do not). Scale with BENCH_SIGNALS.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { writeSignalsFile } from './data.js';
import { benchHttp } from './http.js';
import { benchDemoIntents, benchIntents } from './intents.js';
import { benchHelpSearch, benchWebBundles } from './web.js';

const OUT = join(import.meta.dirname, 'out');
const SIGNALS = Number(process.env.BENCH_SIGNALS ?? 1_000_000);
const PG_URL =
  process.env.KLANTSTEM_BENCH_PG ??
  process.env.KLANTSTEM_TEST_PG ??
  'postgres://postgres@127.0.0.1:5432/test';
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);

const results: Record<string, unknown>[] = [];
function emit(result: Record<string, unknown>) {
  results.push(result);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function worker(
  mode: string,
  url: string,
  file: string,
): { rowsPerSecond: number; seconds: number; peakRssMB: number; stored: number } {
  const out = execFileSync(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      join(import.meta.dirname, 'import-worker.ts'),
      mode,
      url,
      file,
    ],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as never;
}

/** Runs a bench module in its own process (its peak memory is its own) and reads its JSON line. */
function childBench(file: string, ...args: string[]): Record<string, unknown> {
  const out = execFileSync(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', join(import.meta.dirname, file), ...args],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
}

async function pgSchemaUrl(name: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: PG_URL });
  try {
    await client.connect();
  } catch {
    return undefined;
  }
  await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  await client.query(`CREATE SCHEMA ${name}`);
  await client.end();
  return `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}schema=${name}`;
}

function importResult(
  bench: string,
  baseline: ReturnType<typeof worker>,
  ours: ReturnType<typeof worker>,
  extra: object,
) {
  const ratio = ours.rowsPerSecond / baseline.rowsPerSecond;
  return {
    bench,
    signals: SIGNALS,
    importRowsPerSecond: Math.round(ours.rowsPerSecond),
    importSeconds: Number(ours.seconds.toFixed(2)),
    importPeakRssMB: Math.round(ours.peakRssMB),
    baselineRowsPerSecond: Math.round(baseline.rowsPerSecond),
    baselineSeconds: Number(baseline.seconds.toFixed(2)),
    ratio: Number(ratio.toFixed(3)),
    stored: ours.stored,
    ...extra,
  };
}

mkdirSync(OUT, { recursive: true });
const file = join(OUT, `signals-${SIGNALS}.jsonl`);
if ((wanted('import-sqlite') || wanted('import-postgres')) && !existsSync(file))
  await writeSignalsFile(file, SIGNALS);

if (wanted('import-sqlite')) {
  const dbFile = (name: string) => {
    const path = join(OUT, `${name}.db`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
    return `sqlite:${path}`;
  };
  const baseline = worker('baseline', dbFile('baseline'), file);
  const ours = worker('import', dbFile('import'), file);
  emit(
    importResult('import.signals.sqlite', baseline, ours, {
      baselineKind: 'one prepared INSERT per row in one transaction',
      targets: { ratio: 0.25, peakRssMB: 300 },
      met:
        ours.rowsPerSecond / baseline.rowsPerSecond >= 0.25 &&
        ours.peakRssMB < 300 &&
        ours.stored === SIGNALS,
    }),
  );
}

if (wanted('import-postgres')) {
  const baselineUrl = await pgSchemaUrl('bench_baseline');
  if (!baselineUrl) {
    emit({
      bench: 'import.signals.postgres',
      skipped: `no PostgreSQL at ${PG_URL} (set KLANTSTEM_BENCH_PG)`,
    });
  } else {
    const baseline = worker('baseline', baselineUrl, file);
    const ours = worker('import', (await pgSchemaUrl('bench_import'))!, file);
    emit(
      importResult('import.signals.postgres', baseline, ours, {
        baselineKind: 'multi-row INSERT of 1000 rows per statement in one transaction',
        targets: { ratio: 0.25 },
        met: ours.rowsPerSecond / baseline.rowsPerSecond >= 0.25 && ours.stored === SIGNALS,
      }),
    );
    await pgSchemaUrl('bench_baseline');
    await pgSchemaUrl('bench_import');
  }
}

if (wanted('http')) emit(await benchHttp(Number(process.env.BENCH_HTTP_SECONDS ?? 10)));
if (wanted('search')) emit(childBench('search.ts', process.env.BENCH_ARTICLES ?? '100000', '10000'));
if (wanted('vocab')) emit(childBench('vocab.ts', process.env.BENCH_SEARCH_EVENTS ?? '1000000'));
if (wanted('inbox')) {
  const inboxUrl = await pgSchemaUrl('bench_inbox');
  emit(
    inboxUrl
      ? childBench('inbox.ts', inboxUrl, process.env.BENCH_CONVERSATIONS ?? '1000000')
      : {
          bench: 'conversations.inbox.postgres',
          skipped: `no PostgreSQL at ${PG_URL} (set KLANTSTEM_BENCH_PG)`,
        },
  );
  if (inboxUrl) await pgSchemaUrl('bench_inbox');
}
if (wanted('live')) emit(childBench('live.ts', process.env.BENCH_STREAMS ?? '1000', '200', '10'));
if (wanted('intents')) {
  emit(benchIntents());
  emit(benchDemoIntents());
}

if (wanted('web')) {
  emit(benchWebBundles());
  emit(await benchHelpSearch(Number(process.env.BENCH_HELP_REQUESTS ?? 2000)));
}

writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
