import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { randomSecret } from '../../platform/secrets.js';
import { testPgUrl } from '../../test/dialects.js';
import { connect, migrate, type Database } from '../connect.js';
import { migrationProvider } from './index.js';

const TARGETS = [
  { name: 'sqlite', url: () => `sqlite:${join(mkdtempSync(join(tmpdir(), 'klantstem-mig-')), 'm.db')}` },
  { name: 'postgres', url: testPgUrl },
] as const;

describe.each(TARGETS)('migration 005 on $name', ({ name, url }) => {
  it.skipIf(name === 'postgres' && !testPgUrl())(
    'carries mentions made before it into their own table',
    async () => {
      const schema = `m_${randomSecret(6)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '')}`;
      const database: Database = await connect(url()!, name === 'postgres' ? { pgSchema: schema } : {});
      try {
        const migrator = new Migrator({
          db: database.db,
          provider: migrationProvider(database.dialect),
          ...(database.schema && { migrationTableSchema: database.schema }),
        });
        expect((await migrator.migrateTo('004-conversations')).error).toBeUndefined();
        const at = '2026-03-02T09:00:00.000Z';
        // Written as release 004 wrote them: mentions as a JSON column.
        await database.db
          .insertInto('conversations')
          .values({
            id: 'c1',
            customer_id: null,
            channel: 'chat',
            status: 'open',
            subject: 's',
            team_id: null,
            owner_id: null,
            intent: null,
            confidence: null,
            repeat_of: null,
            contact_number: 1,
            reopen_count: 0,
            customer_token_hash: 'h',
            created_at: at,
            updated_at: at,
            first_response_at: null,
            resolved_at: null,
          })
          .execute();
        await database.db
          .insertInto('conversation_messages')
          .values([
            {
              id: 'm1',
              conversation_id: 'c1',
              author_kind: 'staff',
              author_id: null,
              body: 'note',
              internal: 1,
              signal_id: null,
              email_message_id: null,
              email_in_reply_to: null,
              created_at: at,
              mentions: '["u_a","u_b"]',
            },
            {
              id: 'm2',
              conversation_id: 'c1',
              author_kind: 'staff',
              author_id: null,
              body: 'reply',
              internal: 0,
              signal_id: null,
              email_message_id: null,
              email_in_reply_to: null,
              created_at: at,
              mentions: '[]',
            },
          ] as never)
          .execute();
        await migrate(database);
        const rows = await database.db
          .selectFrom('conversation_mentions')
          .select(['message_id', 'conversation_id', 'user_id'])
          .orderBy('user_id')
          .execute();
        expect(rows).toEqual([
          { message_id: 'm1', conversation_id: 'c1', user_id: 'u_a' },
          { message_id: 'm1', conversation_id: 'c1', user_id: 'u_b' },
        ]);
        const message = await database.db
          .selectFrom('conversation_messages')
          .selectAll()
          .where('id', '=', 'm1')
          .executeTakeFirstOrThrow();
        expect(message).not.toHaveProperty('mentions');
      } finally {
        await database.destroy();
        if (name === 'postgres') {
          const client = new pg.Client({ connectionString: url()! });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await client.end();
        } else rmSync(join(database.sqlite!.name, '..'), { recursive: true, force: true });
      }
    },
  );
});
