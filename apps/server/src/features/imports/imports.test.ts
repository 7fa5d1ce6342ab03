import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { parseConfig } from '../../config.js';
import { createContext, type AppContext } from '../../context.js';
import { DIALECTS } from '../../test/dialects.js';
import { systemClock } from '../../platform/clock.js';
import { articleStore } from '../articles/store.js';
import { customerStore } from '../customers/store.js';
import { labelStore } from '../labels/store.js';
import { searchStore } from '../searches/store.js';
import { signalStore } from '../signals/service.js';
import { runImport, type ImportFormat, type RecordStore } from './run.js';

const jsonl = (...records: unknown[]) =>
  records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip)(
    `imports on ${dialect.name}${dialect.skip ? ` (${dialect.skip})` : ''}`,
    () => {
      let ctx: AppContext;
      let dispose: () => Promise<void>;
      beforeAll(async () => {
        const opened = await dialect.open();
        dispose = opened.dispose;
        ctx = createContext({
          config: parseConfig({}),
          database: opened.database,
          clock: systemClock,
          logger: pino({ level: 'silent' }),
        });
      });
      afterAll(() => dispose());

      const run = (store: RecordStore<never>, text: string | Uint8Array, format: ImportFormat = 'jsonl') =>
        runImport(store, [text], { format, batchSize: 3 });

      it('imports signals, reports each bad line by number, keeps the good ones, and imports nothing twice', async () => {
        const file = jsonl(
          {
            id: 's1',
            customer: 'c-1',
            channel: 'chat',
            text: 'Wanneer komt de opname?',
            at: '2026-01-01T10:00:00Z',
          },
          '{"id": "s2", "channel": "chat", ',
          { id: 's3', channel: 'chat', text: 'Waar blijft mijn vergoeding?', at: 'gisteren' },
          {
            id: 's4',
            channel: 'email',
            text: 'Mijn schoorsteen moet weg',
            at: '2026-01-02T10:00:00Z',
            lang: 'nl',
          },
          '[1, 2]',
          { id: 's6', channel: 'chat', at: '2026-01-02T10:00:00Z' },
          { id: 's7', channel: 'chat', text: 'x'.repeat(1_000_001), at: '2026-01-02T10:00:00Z' },
          { id: 's8', channel: 'chat', text: 'Hallo', at: '2026-01-02T10:00:00Z', extra: 1 },
          {
            customer: 'jan@example.nl',
            channel: 'phone',
            text: 'Belt terug over de wisselwoning',
            at: '2026-01-03T09:00:00Z',
          },
          '',
        );
        const first = await run(signalStore(ctx), file);
        expect(first).toMatchObject({ imported: 3, duplicates: 0, errorCount: 6, skipped: 6, lines: 9 });
        expect(first.errors.map((e) => e.line)).toEqual([2, 3, 5, 6, 7, 8]);
        expect(first.errors[0]!.message).toContain('malformed JSON');
        expect(first.errors[1]!.message).toContain('ISO 8601');
        expect(first.errors[2]!.message).toContain('JSON object');
        expect(first.errors[3]!.message).toContain('"text" is required');
        expect(first.errors[4]!.message).toContain('longer than 1000000');
        expect(first.errors[5]!.message).toContain('unknown field "extra"');

        const again = await run(signalStore(ctx), file);
        expect(again).toMatchObject({ imported: 0, duplicates: 3, errorCount: 6 });
        const count = await ctx.database.db
          .selectFrom('signals')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(3);
      });

      it('reports invalid UTF-8 by line and keeps the other lines', async () => {
        const good = jsonl({
          id: 'u1',
          channel: 'chat',
          text: 'Ik heb een vraag over mijn schade',
          at: '2026-01-01T10:00:00Z',
        });
        const bad = new Uint8Array([
          ...new TextEncoder().encode('{"id":"u2","channel":"chat","text":"caf'),
          0xe9,
          ...new TextEncoder().encode('","at":"2026-01-01T10:00:00Z"}\n'),
        ]);
        const bytes = new Uint8Array([...new TextEncoder().encode(good), ...bad]);
        const summary = await run(signalStore(ctx), bytes);
        expect(summary).toMatchObject({ imported: 1, errorCount: 1 });
        expect(summary.errors[0]).toEqual({ line: 2, message: expect.stringContaining('UTF-8') });
      });

      it('imports CSV with a header, quoted fields over several lines and typed cells', async () => {
        const csv = [
          'session,at,query,clicks,resultCount',
          's-1,2026-01-01T10:00:00Z,noodwoning,,0',
          's-1,2026-01-01T10:01:00Z,wisselwoning,kb-wissel|kb-verhuizen,4',
          '"s-2",2026-01-01T11:00:00Z,"schoorsteen ""weg"", hoe?","[""kb-schoorsteen""]",',
          's-3,2026-01-01T12:00:00Z,"een vraag',
          'over twee regels",,',
          's-4,not-a-time,hallo,,',
          's-5,2026-01-01T12:00:00Z,te veel,,1,extra',
        ].join('\r\n');
        const summary = await run(searchStore(ctx), csv, 'csv');
        expect(summary).toMatchObject({ imported: 4, errorCount: 2 });
        expect(summary.errors.map((e) => e.line)).toEqual([7, 8]);
        const clicks = await ctx.database.db
          .selectFrom('search_clicks')
          .select(['article_id'])
          .orderBy('article_id')
          .execute();
        expect(clicks.map((c) => c.article_id)).toEqual(['kb-schoorsteen', 'kb-verhuizen', 'kb-wissel']);
        const multi = await ctx.database.db
          .selectFrom('search_events')
          .select('query')
          .where('session', '=', 's-3')
          .executeTakeFirstOrThrow();
        expect(multi.query).toBe('een vraag\nover twee regels');
        const quoted = await ctx.database.db
          .selectFrom('search_events')
          .select('query')
          .where('session', '=', 's-2')
          .executeTakeFirstOrThrow();
        expect(quoted.query).toBe('schoorsteen "weg", hoe?');
        expect((await run(searchStore(ctx) as RecordStore<never>, csv, 'csv')).imported).toBe(0);
      });

      it('refuses a CSV whose header names unknown columns before importing anything', async () => {
        await expect(
          run(labelStore(ctx) as RecordStore<never>, 'text,label,colour\nhallo,groet,rood\n', 'csv'),
        ).rejects.toThrow(/unknown column\(s\): colour/);
      });

      it('upserts articles and customers: same content is a duplicate, changed content an update', async () => {
        const article = {
          id: 'kb-1',
          title: 'Schade melden',
          body: 'Zo meldt u schade aan uw huis.',
          tags: ['schade'],
        };
        expect(await run(articleStore(ctx) as RecordStore<never>, jsonl(article))).toMatchObject({
          imported: 1,
        });
        expect(await run(articleStore(ctx) as RecordStore<never>, jsonl(article))).toMatchObject({
          imported: 0,
          duplicates: 1,
        });
        expect(
          await run(
            articleStore(ctx) as RecordStore<never>,
            jsonl({ ...article, title: 'Schade doorgeven' }),
          ),
        ).toMatchObject({
          updated: 1,
        });
        const customers = jsonl(
          { id: 'k-1', name: 'Anna Bakker', email: 'anna@example.nl', phone: '06-12345678' },
          { id: 'k-2', name: 'Bert Smit', email: 'ANNA@example.nl' },
          { id: 'k-3', name: 'Carla', phone: '+31 6 1234 5678' },
        );
        const summary = await run(customerStore(ctx), customers);
        expect(summary).toMatchObject({ imported: 1, errorCount: 2 });
        expect(summary.errors[0]!.message).toContain('already belongs to customer k-1');
        expect(summary.errors[1]!.message).toContain('already belongs to customer k-1');
      });

      it('keeps labels once per text and label', async () => {
        const csv =
          'text,label\n"Wanneer komt de opname?",status_opname\n"Wanneer komt de opname?",status_opname\nHallo,\n';
        const summary = await run(labelStore(ctx), csv, 'csv');
        expect(summary).toMatchObject({ imported: 1, duplicates: 1, errorCount: 1 });
        expect(summary.errors[0]).toMatchObject({
          line: 4,
          message: expect.stringContaining('"label" is required'),
        });
      });
    },
  );
}
