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

/** A fresh database of the dialect, migrated to `upTo`, with a migrator to take it further. */
async function databaseAt(name: 'sqlite' | 'postgres', url: string, upTo: string) {
  const schema = `m_${randomSecret(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}`;
  const database: Database = await connect(url, name === 'postgres' ? { pgSchema: schema } : {});
  const migrator = new Migrator({
    db: database.db,
    provider: migrationProvider(database.dialect),
    ...(database.schema && { migrationTableSchema: database.schema }),
  });
  expect((await migrator.migrateTo(upTo)).error).toBeUndefined();
  return {
    database,
    async dispose() {
      await database.destroy();
      if (name === 'postgres') {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      } else rmSync(join(database.sqlite!.name, '..'), { recursive: true, force: true });
    },
  };
}

function conversation(id: string, status: string, at: string) {
  return {
    id,
    customer_id: null,
    channel: 'chat',
    status,
    subject: 's',
    team_id: null,
    owner_id: null,
    intent: null,
    confidence: null,
    repeat_of: null,
    contact_number: 1,
    reopen_count: 0,
    customer_token_hash: `h${id}`,
    created_at: at,
    updated_at: at,
    first_response_at: null,
    resolved_at: status === 'resolved' ? at : null,
  };
}

describe.each(TARGETS)('migration 005 on $name', ({ name, url }) => {
  it.skipIf(name === 'postgres' && !testPgUrl())(
    'carries mentions made before it into their own table',
    async () => {
      const { database, dispose } = await databaseAt(name, url()!, '004-conversations');
      try {
        const at = '2026-03-02T09:00:00.000Z';
        // Written as release 004 wrote them: mentions as a JSON column.
        await database.db
          .insertInto('conversations')
          .values(conversation('c1', 'open', at))
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
        await dispose();
      }
    },
  );
});

describe.each(TARGETS)('migration 007 on $name', ({ name, url }) => {
  it.skipIf(name === 'postgres' && !testPgUrl())(
    'leaves earlier mentions waiting only where the conversation is still going',
    async () => {
      const { database, dispose } = await databaseAt(name, url()!, '005-conversation-mentions');
      try {
        const at = '2026-03-02T09:00:00.000Z';
        await database.db
          .insertInto('conversations')
          .values([conversation('c_open', 'waiting_on_us', at), conversation('c_done', 'resolved', at)])
          .execute();
        for (const c of ['c_open', 'c_done']) {
          await database.db
            .insertInto('conversation_messages')
            .values({
              id: `m_${c}`,
              conversation_id: c,
              author_kind: 'staff',
              author_id: null,
              body: 'note',
              internal: 1,
              signal_id: null,
              email_message_id: null,
              email_in_reply_to: null,
              created_at: at,
            })
            .execute();
        }
        await database.db
          .insertInto('conversation_mentions')
          .values(
            ['c_open', 'c_done'].map((c) => ({
              message_id: `m_${c}`,
              conversation_id: c,
              user_id: 'u_a',
              created_at: at,
            })),
          )
          .execute();
        await migrate(database);
        const rows = await database.db
          .selectFrom('conversation_mentions')
          .select(['conversation_id', 'seen_at'])
          .orderBy('conversation_id')
          .execute();
        expect(rows).toEqual([
          { conversation_id: 'c_done', seen_at: at },
          { conversation_id: 'c_open', seen_at: null },
        ]);
      } finally {
        await dispose();
      }
    },
  );
});
