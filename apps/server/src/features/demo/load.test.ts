import type { ConversationDetail, ConversationSummary, TeamEffort } from '@klantstem/contracts';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';
import { loadDemo } from './load.js';

describeEachDialect(
  'the demo workspace, loaded on a server that sends mail',
  (t) => {
    let first: Awaited<ReturnType<typeof loadDemo>>;
    beforeAll(async () => {
      first = await loadDemo(t.ctx);
    }, 120_000);
    const get = async <T>(url: string) => {
      const res = await t.request({ method: 'GET', url, as: 'admin' });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<T>();
    };

    it('has conversations routed by the trained model, each kind of story told', async () => {
      expect(first.counts.conversations).toBeGreaterThanOrEqual(50);
      const all: ConversationDetail[] = [];
      let cursor: string | undefined;
      do {
        const page: { items: ConversationSummary[]; nextCursor?: string } = await get(
          `/api/v1/conversations?limit=20${cursor ? `&cursor=${cursor}` : ''}`,
        );
        for (const c of page.items) all.push(await get<ConversationDetail>(`/api/v1/conversations/${c.id}`));
        cursor = page.nextCursor;
      } while (cursor);
      expect(all).toHaveLength(first.counts.conversations!);
      expect(all.every((c) => c.teamId !== null && c.ownerId !== null && c.route.intent !== null)).toBe(true);
      const statuses = new Set(all.map((c) => c.status));
      expect([...statuses].sort()).toEqual(['open', 'resolved', 'waiting_on_customer', 'waiting_on_us']);
      const promises = all.flatMap((c) => c.promises.map((p) => p.status));
      expect(promises).toContain('kept');
      expect(promises).toContain('broken');
      expect(all.some((c) => c.transfers.length > 0)).toBe(true);
      // Replies come from the person who had the conversation then, not from one demo account.
      const repliers = new Set(
        all.flatMap((c) => c.messages.filter((m) => m.authorKind === 'staff').map((m) => m.authorId)),
      );
      expect(repliers.size).toBeGreaterThanOrEqual(5);

      // Every customer with a conversation has a named contact person.
      expect(all.filter((c) => c.contactPerson === null)).toEqual([]);
    });

    it('shows customer effort per team, repeat contacts included', async () => {
      const { items } = await get<{ items: TeamEffort[] }>('/api/v1/conversations/effort');
      const sum = (f: (e: TeamEffort) => number) => items.reduce((n, e) => n + f(e), 0);
      expect(sum((e) => e.conversations - e.issues)).toBeGreaterThanOrEqual(4);
      expect(sum((e) => e.promisesKept)).toBeGreaterThan(0);
      expect(sum((e) => e.promisesBroken)).toBeGreaterThan(0);
    });

    it('adds no conversation and trains no other model when loaded again', async () => {
      const again = await loadDemo(t.ctx);
      expect(again.counts.conversations).toBe(0);
      expect(first.counts.cannedReplies).toBeGreaterThanOrEqual(6);
      expect(again.counts.cannedReplies).toBe(0);
      const models = await get<{ items: unknown[] }>('/api/v1/intents/models');
      expect(models.items).toHaveLength(1);
    });

    it('mails none of its made-up customers', async () => {
      const queued = await t.ctx.database.db.selectFrom('mail_outbox').select('message_id').execute();
      expect(queued).toEqual([]);
    });
  },
  // Nothing listens there: a mail queued by mistake would show in the outbox, never leave.
  { config: { smtpOutboundUrl: 'smtp://127.0.0.1:9' } },
);
