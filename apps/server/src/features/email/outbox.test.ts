import type { ConversationDetail, Message } from '@klantstem/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../config.js';
import { connect, type Database } from '../../db/connect.js';
import { manualClock } from '../../platform/clock.js';
import { startTestApp, type TestApp } from '../../test/app.js';
import { DIALECTS } from '../../test/dialects.js';
import { detail, start } from '../../test/organisation.js';
import { freePort, startSmtpSink, type SmtpSink } from '../../test/smtp.js';
import { startEmailChannel, type EmailChannel } from './channel.js';
import { CLAIM_MS, MailOutbox, MAX_ATTEMPTS, RETRY_AFTER_MS } from './outbox.js';
import { claimMail } from './repository.js';

const QUESTION = 'Wanneer komt de opname bij mij thuis?';
const REPLY = 'De opname is op donderdag 10 december.';

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip)(
    `mail outbox on ${dialect.name}${dialect.skip ? ` (${dialect.skip})` : ''}`,
    () => {
      // Everything a test started, closed after it in reverse order.
      const cleanup: (() => Promise<unknown>)[] = [];
      afterEach(async () => {
        while (cleanup.length > 0) await cleanup.pop()!();
      });

      const clock = () => manualClock(new Date('2026-12-01T09:00:00.000Z'));

      /** A fresh database with an app whose replies go to `smtpOutboundUrl`; the clock moves by hand. */
      async function setUp(smtpOutboundUrl: string, time = clock()) {
        const opened = await dialect.open();
        cleanup.push(opened.dispose);
        const t = await app(opened.database, smtpOutboundUrl, time);
        return { t, time, url: opened.url };
      }
      async function app(database: Database, smtpOutboundUrl: string, time: ReturnType<typeof clock>) {
        const config: Partial<Config> = {
          smtpOutboundUrl,
          mailFrom: 'Klantcontact <klantcontact@gemeente.test>',
        };
        const t = await startTestApp(database, { config, clock: time });
        cleanup.push(() => t.close());
        return t;
      }
      async function channelOf(t: TestApp): Promise<EmailChannel & { outbox: MailOutbox }> {
        // Woken by new replies; the test moves time and asks for a pass itself, so no polling.
        const channel = await startEmailChannel(t.ctx, { pollMs: 3600_000 });
        cleanup.push(() => channel.close());
        return channel as EmailChannel & { outbox: MailOutbox };
      }
      async function sink(): Promise<SmtpSink> {
        const s = await startSmtpSink();
        cleanup.push(() => s.close());
        return s;
      }

      /** An email conversation of `customer` with one staff reply; returns the conversation id. */
      async function replied(t: TestApp, customer: string, body = REPLY): Promise<string> {
        const { conversation } = await start(t, { channel: 'email', customer, message: QUESTION });
        const res = await t.request({
          method: 'POST',
          url: `/api/v1/conversations/${conversation.id}/messages`,
          as: 'agent',
          payload: { kind: 'reply', body },
        });
        expect(res.statusCode, res.body).toBe(201);
        return conversation.id;
      }
      const replyOf = (c: ConversationDetail): Message =>
        c.messages.find((m) => m.authorKind === 'staff' && !m.internal)!;
      const systemNotes = (c: ConversationDetail) => c.messages.filter((m) => m.authorKind === 'system');

      it('tries again after a temporary refusal (451) and sends the mail once the relay takes it', async () => {
        const relay = await sink();
        const { t, time } = await setUp(relay.url);
        const { outbox } = await channelOf(t);
        const id = await replied(t, 'els@busy.test');

        await outbox.sendDue();
        let conversation = await detail(t, id);
        expect(replyOf(conversation).delivery).toMatchObject({
          state: 'queued',
          to: 'els@busy.test',
          attempts: 1,
          lastError: expect.stringContaining('451'),
          nextAttemptAt: new Date(time.now().getTime() + RETRY_AFTER_MS[0]).toISOString(),
        });
        expect(systemNotes(conversation)).toEqual([]);
        expect(relay.received).toEqual([]);

        // Not before its time.
        time.advance(RETRY_AFTER_MS[0] - 1000);
        expect(await outbox.sendDue()).toBe(0);
        time.advance(1000);
        expect(await outbox.sendDue()).toBe(1);
        const mail = await relay.waitFor(1);
        expect(mail.text).toContain(REPLY);
        expect(mail.subject).toBe(`Re: ${QUESTION}`);
        conversation = await detail(t, id);
        expect(replyOf(conversation).delivery).toEqual({
          state: 'sent',
          to: 'els@busy.test',
          attempts: 2,
          sentAt: time.now().toISOString(),
        });
        expect(systemNotes(conversation)).toEqual([]);
        expect(relay.tried).toEqual(['els@busy.test', 'els@busy.test']);
      });

      it('gives up at once on a permanent refusal (550) and says so on the conversation', async () => {
        const relay = await sink();
        const { t } = await setUp(relay.url);
        const { outbox } = await channelOf(t);
        const id = await replied(t, 'iemand@refused.test');

        await outbox.sendDue();
        const conversation = await detail(t, id);
        expect(replyOf(conversation).delivery).toMatchObject({
          state: 'failed',
          attempts: 1,
          lastError: expect.stringContaining('550'),
        });
        expect(systemNotes(conversation)).toMatchObject([
          {
            internal: true,
            body: expect.stringMatching(
              /^Deze reactie is niet per e-mail verstuurd naar iemand@refused\.test/,
            ),
          },
        ]);
        expect(systemNotes(conversation)[0]!.body).toMatch(
          /not sent by email to iemand@refused\.test: .*No such mailbox/,
        );
        expect(await outbox.sendDue()).toBe(0);
        expect(relay.tried).toEqual(['iemand@refused.test']);
      });

      it('keeps trying a relay that is down on the backoff schedule, then gives up and says so once', async () => {
        const { t, time } = await setUp(`smtp://127.0.0.1:${await freePort()}`);
        const id = await replied(t, 'piet@example.nl');
        const outbox = new MailOutbox(t.ctx, t.ctx.mailer!);

        for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
          expect(await outbox.sendDue()).toBe(1);
          const conversation = await detail(t, id);
          const delivery = replyOf(conversation).delivery!;
          expect(delivery.attempts).toBe(attempt);
          expect(delivery.lastError).toMatch(/ECONNREFUSED|connect/i);
          if (attempt < MAX_ATTEMPTS) {
            expect(delivery.state).toBe('queued');
            expect(systemNotes(conversation)).toEqual([]);
            const wait = RETRY_AFTER_MS[attempt - 1]!;
            time.advance(wait - 1);
            expect(await outbox.sendDue()).toBe(0);
            time.advance(1);
          } else {
            expect(delivery.state).toBe('failed');
            expect(systemNotes(conversation)).toHaveLength(1);
            expect(systemNotes(conversation)[0]!.body).toContain(
              'This reply was not sent by email to piet@example.nl',
            );
          }
        }
        time.advance(24 * 3600_000);
        expect(await outbox.sendDue()).toBe(0);
        expect(systemNotes(await detail(t, id))).toHaveLength(1);
      });

      it('loses no queued mail over a restart, and takes over mail whose sender died while sending', async () => {
        const relay = await sink();
        const { t, time, url } = await setUp(relay.url);
        // No sender runs: the replies wait in the database.
        const first = await replied(t, 'els@example.nl', 'Eerste antwoord.');
        const second = await replied(t, 'jan@example.nl', 'Tweede antwoord.');
        expect(replyOf(await detail(t, first)).delivery).toMatchObject({ state: 'queued', attempts: 0 });
        // A sender claims the second one and dies before it could send it.
        const dead = await claimMail(
          t.ctx.database.db,
          replyOf(await detail(t, second)).id,
          time.now().toISOString(),
          'dead-sender',
          new Date(time.now().getTime() + CLAIM_MS).toISOString(),
        );
        expect(dead).toBeDefined();

        // Another process starts on the same database.
        const database = await connect(url);
        cleanup.push(() => database.destroy());
        const restarted = await app(database, relay.url, time);
        await channelOf(restarted); // looks for due mail as it starts
        await relay.waitFor(1);
        expect(relay.received.map((m) => m.text?.trim())).toEqual(['Eerste antwoord.']);
        // Claimed by the dead sender: still on its way, no attempt ended yet.
        expect(replyOf(await detail(t, second)).delivery).toMatchObject({ state: 'queued', attempts: 0 });

        time.advance(CLAIM_MS);
        const outbox = new MailOutbox(restarted.ctx, restarted.ctx.mailer!);
        expect(await outbox.sendDue()).toBe(1);
        expect(relay.received.map((m) => m.text?.trim())).toEqual(['Eerste antwoord.', 'Tweede antwoord.']);
        expect(replyOf(await detail(t, second)).delivery).toMatchObject({ state: 'sent', attempts: 2 });
      });

      it('sends each mail once when two server processes send from one database at the same time', async () => {
        const relay = await sink();
        const { t, time, url } = await setUp(relay.url);
        const addresses = Array.from({ length: 12 }, (_, i) => `klant${i}@example.nl`);
        for (const address of addresses) await replied(t, address, `Antwoord aan ${address}`);

        const database = await connect(url);
        cleanup.push(() => database.destroy());
        const other = await app(database, relay.url, time);
        const senders = [t, other].map((s) => new MailOutbox(s.ctx, s.ctx.mailer!));
        const tried = await Promise.all(senders.flatMap((s) => [s.sendDue(), s.sendDue()]));

        expect(tried.reduce((a, b) => a + b, 0)).toBe(addresses.length);
        await relay.waitFor(addresses.length);
        expect([...relay.tried].sort()).toEqual([...addresses].sort());
        expect(new Set(relay.received.map((m) => m.messageId)).size).toBe(addresses.length);
        expect(await senders[0]!.sendDue()).toBe(0);
      });
    },
  );
}
