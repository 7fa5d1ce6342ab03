import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from '../../db/connect.js';
import { startCli } from '../../test/cli.js';
import { deliverMail, freePort } from '../../test/smtp.js';

const dir = mkdtempSync(join(tmpdir(), 'klantstem-email-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('klantstem serve with SMTP_INBOUND_PORT', () => {
  it('receives mail on that port and files it as an email conversation', async () => {
    const dbUrl = `sqlite:${join(dir, 'serve.db')}`;
    const smtpPort = await freePort();
    const server = startCli(['serve', '--port', '0', '--db', dbUrl], {
      LOG_LEVEL: 'info',
      SMTP_INBOUND_PORT: String(smtpPort),
      SMTP_INBOUND_HOST: '127.0.0.1',
    });
    let logs = '';
    server.stdout!.on('data', (d: Buffer) => (logs += d.toString()));
    server.stderr!.on('data', (d: Buffer) => (logs += d.toString()));
    const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
    const waitForLog = async (text: string) => {
      for (let i = 0; i < 300 && !logs.includes(text); i += 1) await new Promise((r) => setTimeout(r, 100));
      expect(logs).toContain(text);
    };
    await waitForLog(`receives mail on smtp://127.0.0.1:${smtpPort}`);
    await deliverMail(smtpPort, {
      from: 'els@example.nl',
      subject: 'Scheur',
      text: 'Er zit een scheur in de muur.',
    });
    await waitForLog('mail received');
    server.kill('SIGTERM');
    expect(await exited).toBe(0);

    const database = await connect(dbUrl);
    try {
      const rows = await database.db.selectFrom('conversations').select(['channel', 'subject']).execute();
      expect(rows).toEqual([{ channel: 'email', subject: 'Scheur' }]);
    } finally {
      await database.destroy();
    }
  }, 60_000);
});
