import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Database } from '../db/connect.js';
import { DIALECTS } from '../test/dialects.js';
import { runCli, startCli } from '../test/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'klantstem-cli-'));

function signalLines(count: number, from = 0): string {
  let out = '';
  for (let i = from; i < from + count; i += 1) {
    out += `${JSON.stringify({ id: `cli-${i}`, customer: `HH-${i % 500}`, channel: 'chat', text: `Vraag ${i} over de opname van mijn huis`, at: '2026-02-01T10:00:00Z' })}\n`;
  }
  return out;
}

async function countSignals(database: Database): Promise<number> {
  const result = await sql<{ n: string | number }>`select count(*) as n from signals`.execute(database.db);
  return Number(result.rows[0]!.n);
}

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip)(
    `klantstem CLI on ${dialect.name}${dialect.skip ? ` (${dialect.skip})` : ''}`,
    () => {
      let url: string;
      let database: Database;
      let dispose: () => Promise<void>;
      beforeAll(async () => {
        const opened = await dialect.open();
        url = opened.url;
        database = opened.database;
        dispose = opened.dispose;
      });
      afterAll(() => dispose());

      it('imports a file, prints the summary, reports bad lines, and imports nothing twice', async () => {
        const file = join(dir, `${dialect.name}-signals.jsonl`);
        writeFileSync(file, signalLines(20) + '{"broken": \n' + signalLines(5, 20));
        const first = await runCli(['import', 'signals', file, '--db', url]);
        expect(first.code).toBe(3);
        expect(JSON.parse(first.stdout)).toMatchObject({ imported: 25, skipped: 1, errors: [{ line: 21 }] });
        const again = await runCli(['import', 'signals', file, '--db', url, '--json']);
        expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, duplicates: 25 });
      });

      it('reads standard input with --format', async () => {
        const res = await runCli(['import', 'labels', '-', '--format', 'csv', '--db', url], {
          stdin: 'text,label\nWanneer komt de opname?,status_opname\nIk wil bezwaar maken,bezwaar\n',
        });
        expect(res.code).toBe(0);
        expect(JSON.parse(res.stdout)).toMatchObject({ imported: 2, errorCount: 0 });
      });

      it('explains wrong calls and exits 2', async () => {
        const res = await runCli(['import', 'orders', 'x.jsonl', '--db', url]);
        expect(res.code).toBe(2);
        expect(res.stderr).toContain('one of customers, signals, articles, searches, labels');
        const missing = await runCli(['import', 'signals', join(dir, 'nope.jsonl'), '--db', url]);
        expect(missing.code).toBe(1);
        expect(missing.stderr).toContain('no such file');
      });

      it('creates the first administrator with a password shown once', async () => {
        const res = await runCli([
          'user',
          'create',
          '--admin',
          '--email',
          'eerste@example.nl',
          '--name',
          'Eerste Beheerder',
          '--db',
          url,
          '--json',
        ]);
        expect(res.code).toBe(0);
        const user = JSON.parse(res.stdout) as { role: string; password: string };
        expect(user.role).toBe('admin');
        expect(user.password.length).toBeGreaterThanOrEqual(16);
        const stored = await database.db
          .selectFrom('users')
          .select('password_hash')
          .where('email', '=', 'eerste@example.nl')
          .executeTakeFirstOrThrow();
        expect(stored.password_hash).not.toContain(user.password);
      });

      it('leaves no half-written batch when killed mid-import, and a re-run completes it', async () => {
        const total = 120_000;
        const file = join(dir, `${dialect.name}-big.jsonl`);
        writeFileSync(file, signalLines(total, 1000));
        const before = await countSignals(database);
        const child = startCli(['import', 'signals', file, '--db', url]);
        const exited = new Promise((resolve) => child.on('exit', resolve));
        // Wait until the first batches have committed, then kill without warning.
        for (let i = 0; i < 600 && (await countSignals(database)) - before < 10_000; i += 1) {
          await new Promise((r) => setTimeout(r, 50));
        }
        child.kill('SIGKILL');
        await exited;
        const partial = (await countSignals(database)) - before;
        expect(partial).toBeGreaterThan(0);
        expect(partial).toBeLessThan(total);
        expect(partial % 5000).toBe(0); // only whole batches: each commits atomically
        const orphans = await sql<{
          n: string | number;
        }>`select count(*) as n from signals s left join customers c on c.id = s.customer_id where s.customer_id is not null and c.id is null`.execute(
          database.db,
        );
        expect(Number(orphans.rows[0]!.n)).toBe(0);

        const rerun = await runCli(['import', 'signals', file, '--db', url]);
        expect(rerun.code).toBe(0);
        expect(JSON.parse(rerun.stdout)).toMatchObject({ imported: total - partial, duplicates: partial });
        expect((await countSignals(database)) - before).toBe(total);
      }, 120_000);
    },
  );
}

describe('klantstem serve', () => {
  it('prints a setup link on first start and finishes a request in flight on SIGTERM', async () => {
    const dbUrl = `sqlite:${join(dir, 'serve.db')}`;
    const port = 39000 + Math.floor(Math.random() * 1000);
    const server = startCli(['serve', '--port', String(port), '--db', dbUrl], { LOG_LEVEL: 'info' });
    let logs = '';
    server.stdout!.on('data', (d: Buffer) => (logs += d.toString()));
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    for (let i = 0; i < 100 && !logs.includes('setupLink'); i += 1)
      await new Promise((r) => setTimeout(r, 100));
    const setupLine = logs.split('\n').find((l) => l.includes('setupLink'))!;
    const link = (JSON.parse(setupLine) as { setupLink: string }).setupLink;
    expect(link).toMatch(new RegExp(`^http://localhost:${port}/setup\\?token=[\\w-]{20,}$`));

    // Send the headers and half the body, stop the server, then send the rest.
    const token = new URL(link).searchParams.get('token')!;
    const body = JSON.stringify({
      token,
      email: 'na@example.nl',
      name: 'Na Stop',
      password: 'lang genoeg wachtwoord',
    });
    const half = Math.floor(body.length / 2);
    const { request } = await import('node:http');
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: 'localhost',
          port,
          method: 'POST',
          path: '/api/v1/setup',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, half));
      setTimeout(() => {
        server.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(half)), 300);
      }, 200);
    });
    const result = await response;
    expect(result.status).toBe(201);
    expect(await exited).toBe(0);
    expect(logs).toContain('shutting down');
    const database = await connect(dbUrl);
    const admins = await database.db.selectFrom('users').select('email').execute();
    await database.destroy();
    expect(admins).toEqual([{ email: 'na@example.nl' }]);
  }, 30_000);
});
