/**
 * The web app's budgets: JavaScript each page needs before it shows anything (gzipped, read from
 * Vite's manifest after `npm run build`), the chat widget's one file, and the help-centre search
 * round trip on loopback with the demo workspace, against a /healthz round trip measured in the
 * same run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseConfig } from '../apps/server/src/config.js';
import { loadDemo } from '../apps/server/src/features/demo/load.js';
import { WIDGET_FILE } from '../apps/server/src/http/widget.js';
import { startServer } from '../apps/server/src/server.js';

const DIST = join(import.meta.dirname, '../apps/web/dist');

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** Gzipped bytes of an entry and every chunk it imports statically (lazy chunks load later). */
function initialBytes(manifest: Record<string, ManifestChunk>, entry: string): number {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry);
  let bytes = 0;
  for (const key of seen) bytes += gzipSync(readFileSync(join(DIST, manifest[key]!.file))).length;
  return bytes;
}

/** The chat widget is embedded in other organisations' pages: it must stay small (issue 6). */
export const WIDGET_BUDGET_KB = 30;

/** Gzipped size of the one file a host page loads for the chat widget. */
export function widgetBundleKB(): number {
  return gzipSync(readFileSync(WIDGET_FILE)).length / 1024;
}

export function benchWebBundles(): Record<string, unknown> {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const helpKB = initialBytes(manifest, 'help.html') / 1024;
  const staffKB = initialBytes(manifest, 'index.html') / 1024;
  // The floor every React page pays: the chunks both pages share (React, ReactDOM, shared UI).
  const shared = (manifest['help.html']?.imports ?? []).filter((k) =>
    manifest['index.html']?.imports?.includes(k),
  );
  const sharedKB =
    shared.reduce((sum, k) => sum + gzipSync(readFileSync(join(DIST, manifest[k]!.file))).length, 0) / 1024;
  const widgetKB = widgetBundleKB();
  return {
    bench: 'web.bundles',
    helpInitialKB: Number(helpKB.toFixed(1)),
    staffInitialKB: Number(staffKB.toFixed(1)),
    widgetKB: Number(widgetKB.toFixed(1)),
    baselineSharedFrameworkKB: Number(sharedKB.toFixed(1)),
    targets: { helpInitialKB: 80, staffInitialKB: 300, widgetKB: WIDGET_BUDGET_KB },
    met: helpKB <= 80 && staffKB <= 300 && widgetKB <= WIDGET_BUDGET_KB,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function roundTrips(count: number, send: (i: number) => Promise<Response>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    const response = await send(i);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`request ${i} failed with ${response.status}`);
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** Sequential searches in customers' words (the search evaluation's queries) from one visitor. */
export async function benchHelpSearch(requests: number): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'klantstem-bench-web-'));
  const server = await startServer(
    parseConfig(
      {},
      {
        port: 0,
        host: '127.0.0.1',
        logLevel: 'error',
        databaseUrl: `sqlite:${join(dir, 'bench.db')}`,
        helpRequestsPerMinute: 1_000_000,
      },
    ),
  );
  try {
    await loadDemo(server.ctx);
    const queries = readFileSync(join(import.meta.dirname, '../eval/search/queries.nl.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { query: string }).query);
    const search = (i: number) =>
      fetch(`${server.url}/api/v1/help/search`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: queries[i % queries.length], session: `bench-${i % 50}` }),
      });
    await roundTrips(50, search); // builds the index and warms the JIT
    const baseline = await roundTrips(requests, () => fetch(`${server.url}/healthz`));
    const times = await roundTrips(requests, search);
    const p95 = percentile(times, 0.95);
    return {
      bench: 'web.help_search_round_trip',
      requests,
      articles: (
        await server.ctx.database.db
          .selectFrom('articles')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
      p50Ms: Number(percentile(times, 0.5).toFixed(2)),
      p95Ms: Number(p95.toFixed(2)),
      baselineHealthzP95Ms: Number(percentile(baseline, 0.95).toFixed(2)),
      targets: { p95Ms: 30 },
      met: p95 < 30,
    };
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
