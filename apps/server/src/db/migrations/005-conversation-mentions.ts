import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Mentions move from a JSON column on the message to their own table, so the inbox can find the
 * conversations where a note asks a person something. Mentions already made are carried over.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('conversation_mentions')
    .addColumn('message_id', 'text', (c) => c.notNull().references('conversation_messages.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_mentions_pk', ['message_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('conversation_mentions_user')
    .on('conversation_mentions')
    .columns(['user_id', 'conversation_id'])
    .execute();
  await db.schema
    .createIndex('conversation_mentions_conversation')
    .on('conversation_mentions')
    .column('conversation_id')
    .execute();

  const mentioned =
    dialect === 'sqlite'
      ? sql`SELECT DISTINCT m.id, m.conversation_id, j.value, m.created_at
          FROM conversation_messages m, json_each(m.mentions) j WHERE m.mentions <> '[]'`
      : sql`SELECT DISTINCT m.id, m.conversation_id, j.value, m.created_at
          FROM conversation_messages m CROSS JOIN LATERAL json_array_elements_text(m.mentions::json) AS j(value)
          WHERE m.mentions <> '[]'`;
  await sql`INSERT INTO conversation_mentions (message_id, conversation_id, user_id, created_at) ${mentioned}`.execute(
    db,
  );
  await db.schema.alterTable('conversation_messages').dropColumn('mentions').execute();
}
