import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pino from 'pino';
import { parseConfig } from '../apps/server/src/config.js';
import { createContext } from '../apps/server/src/context.js';
import { connect, migrate } from '../apps/server/src/db/connect.js';
import { CLI_ACTOR } from '../apps/server/src/features/auth/actor.js';
import { createToken } from '../apps/server/src/features/tokens/service.js';
import { systemClock } from '../apps/server/src/platform/clock.js';
import { benchSignal, prng } from './data.js';

const PORT = 3917;
// The built server, as `npm start` runs it (npm run bench builds first).
const BIN = join(import.meta.dirname, '../apps/server/bin/klantstem.js');

export async function waitUntilReady(url: string): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}

function load(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (err, result) =>
      err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(result),
    );
  });
}

/** A fresh SQLite database in a temporary folder with an agent's API token, for a server to serve. */
export async function agentDatabase(name: string): Promise<{ dir: string; dbUrl: string; secret: string }> {
  const dir = mkdtempSync(join(tmpdir(), `klantstem-bench-${name}-`));
  const dbUrl = `sqlite:${join(dir, 'bench.db')}`;
  const database = await connect(dbUrl);
  await migrate(database);
  const ctx = createContext({
    config: parseConfig({}),
    database,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
  });
  const { secret } = await createToken(ctx, CLI_ACTOR, { name: 'bench', role: 'agent' });
  await database.destroy();
  return { dir, dbUrl, secret };
}

/** POST /api/v1/signals, one new signal per request, 50 keep-alive connections, on SQLite. */
export async function benchHttp(seconds: number): Promise<Record<string, unknown>> {
  const { dir, dbUrl, secret } = await agentDatabase('http');

  const server: ChildProcess = spawn(
    process.execPath,
    [BIN, 'serve', '--port', String(PORT), '--db', dbUrl],
    {
      env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${PORT}`;
  try {
    await waitUntilReady(url);
    const headers = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
    const baseline = await load({
      url: `${url}/healthz`,
      connections: 50,
      duration: Math.max(3, seconds / 2),
    });
    // Bodies are built before the clock starts, so the load generator measures the server, not itself.
    const random = prng(7);
    const bodies = Array.from({ length: 400_000 }, (_, i) => JSON.stringify(benchSignal(i, random)));
    let n = 0;
    const result = await load({
      url,
      connections: 50,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/signals',
          headers,
          setupRequest: (req) => ({ ...req, body: bodies[n++ % bodies.length] }),
        },
      ],
    });
    const ok = result['2xx'];
    return {
      bench: 'http.post_signal.sqlite',
      connections: 50,
      seconds,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      stored: ok,
      baselineHealthzRequestsPerSecond: Math.round(baseline.requests.average),
      ratioToHealthz: Number((result.requests.average / baseline.requests.average).toFixed(3)),
      targets: { requestsPerSecond: 3000, p99Ms: 50 },
      met: result.requests.average >= 3000 && result.latency.p99 < 50 && result.non2xx === 0,
    };
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
