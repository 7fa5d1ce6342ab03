/**
 * Live delivery at scale: one server process (the built one, as `npm start` runs it) on SQLite,
 * 1,000 customers each holding their own event stream open, and 200 customer messages a second
 * spread over them. Delivery latency runs from sending a message to its event arriving on that
 * customer's stream. Baseline from the same run: the message POST's own response time.
 * Alone: node --conditions=source --import tsx bench/live.ts [streams] [messages/s] [seconds]
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { agentDatabase, waitUntilReady } from './http.js';

const [streamsArg = '1000', rateArg = '200', secondsArg = '10'] = process.argv.slice(2);
const STREAMS = Number(streamsArg);
const RATE = Number(rateArg);
const SECONDS = Number(secondsArg);
const PORT = 3918;
const BIN = join(import.meta.dirname, '../apps/server/bin/klantstem.js');
const url = `http://127.0.0.1:${PORT}`;

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? null
    : Number(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!.toFixed(1));

const { dir, dbUrl, secret } = await agentDatabase('live');

const server = spawn(process.execPath, [BIN, 'serve', '--port', String(PORT), '--db', dbUrl], {
  env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', CUSTOMER_REQUESTS_PER_MINUTE: '1000000' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const agent = new Agent({ keepAlive: true, maxSockets: Infinity });

try {
  await waitUntilReady(url);
  // The conversations, started by an integration (the staff API is not rate-limited per address).
  const conversations: { id: string; token: string }[] = [];
  for (let i = 0; i < STREAMS; i += 20) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(20, STREAMS - i) }, async (_, j) => {
        const res = await fetch(`${url}/api/v1/conversations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
          body: JSON.stringify({ channel: 'chat', message: `Vraag ${i + j} over de opname van mijn huis` }),
        });
        const body = (await res.json()) as { conversation: { id: string }; customerToken: string };
        return { id: body.conversation.id, token: body.customerToken };
      }),
    );
    conversations.push(...batch);
  }

  // Each customer's own stream; sentAt holds the send time of the message in flight per conversation.
  const sentAt = new Map<string, number>();
  const delivery: number[] = [];
  await Promise.all(
    conversations.map(
      (c) =>
        new Promise<void>((resolve, reject) => {
          const req = request(`${url}/api/v1/customer/conversations/${c.id}/events`, {
            agent,
            headers: { 'x-conversation-token': c.token },
          });
          req.on('error', reject);
          req.on('response', (res) => {
            res.setEncoding('utf8');
            res.on('data', (chunk: string) => {
              if (chunk.includes(': listening')) resolve();
              if (!chunk.includes('event: message.added')) return;
              const sent = sentAt.get(c.id);
              if (sent === undefined) return;
              delivery.push(performance.now() - sent);
              sentAt.delete(c.id);
            });
          });
          req.end();
        }),
    ),
  );

  const posts: number[] = [];
  let failed = 0;
  let firstFailure: string | undefined;
  const total = RATE * SECONDS;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; n += 1) {
    // Keep to the schedule: message n leaves at n / RATE seconds.
    const due = started + (n * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const c = conversations[n % conversations.length]!;
    const sent = performance.now();
    sentAt.set(c.id, sent);
    inFlight.push(
      fetch(`${url}/api/v1/customer/conversations/${c.id}/messages`, {
        method: 'POST',
        headers: { 'x-conversation-token': c.token, 'content-type': 'application/json' },
        body: JSON.stringify({ body: `Bericht ${n}: wanneer komt de opname?` }),
      }).then(
        async (res) => {
          await res.arrayBuffer();
          if (res.status === 201) posts.push(performance.now() - sent);
          else {
            failed += 1;
            firstFailure ??= `HTTP ${res.status}`;
          }
        },
        (error: unknown) => {
          failed += 1;
          firstFailure ??= String(error);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const sendSeconds = (performance.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 2000));
  delivery.sort((a, b) => a - b);
  posts.sort((a, b) => a - b);
  const p99 = percentile(delivery, 0.99);
  process.stdout.write(
    `${JSON.stringify({
      bench: 'conversations.live.sqlite',
      streams: STREAMS,
      messagesPerSecondTarget: RATE,
      messagesPerSecondSent: Number((total / sendSeconds).toFixed(1)),
      messages: total,
      delivered: delivery.length,
      failedPosts: failed,
      ...(firstFailure && { firstFailure }),
      deliveryP50Ms: percentile(delivery, 0.5),
      deliveryP99Ms: p99,
      baselineKind: 'the message POST round trip',
      baselinePostP50Ms: percentile(posts, 0.5),
      baselinePostP99Ms: percentile(posts, 0.99),
      targets: { deliveryP99Ms: 100 },
      met: p99 !== null && p99 < 100 && delivery.length === total && failed === 0,
    })}\n`,
  );
} finally {
  agent.destroy();
  server.kill('SIGTERM');
  await new Promise((r) => server.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
