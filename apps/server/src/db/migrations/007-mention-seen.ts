import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A mention waits for the person mentioned until they have seen it: `seen_at` stays null until then.
 * Mentions made before this migration nobody was told of. Those in conversations that are still
 * going wait to be seen like new ones; those in resolved conversations count as seen, so nobody
 * starts with a pile of settled questions.
 */
export async function up(db: AnyDb, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable('conversation_mentions').addColumn('seen_at', 'text').execute();
  await sql`UPDATE conversation_mentions SET seen_at = created_at
    WHERE conversation_id IN (SELECT id FROM conversations WHERE status = 'resolved')`.execute(db);
  // A person's mentions, newest first; and the few unread ones without walking the read ones.
  await db.schema
    .createIndex('conversation_mentions_recent')
    .on('conversation_mentions')
    .columns(['user_id', 'created_at', 'message_id'])
    .execute();
  await db.schema
    .createIndex('conversation_mentions_unread')
    .on('conversation_mentions')
    .columns(['user_id', 'created_at', 'message_id'])
    .where(sql.ref('seen_at'), 'is', null)
    .execute();
}
