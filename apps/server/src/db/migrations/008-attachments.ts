import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Files that came with a customer's message (mail attachments, inline images included, and photos
 * a chat visitor added), kept in the database with the message, so a backup of the database holds
 * them and a message and its files are written, or lost, together. The name is already made safe
 * (no path, no control characters); the content type is as the sender declared it, which decides
 * nothing on its own about how it is served.
 */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  const bytes = dialect === 'sqlite' ? 'blob' : 'bytea';
  await db.schema
    .createTable('conversation_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().references('conversation_messages.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_attachments_message')
    .on('conversation_attachments')
    .column('message_id')
    .execute();
  // A conversation's detail lists the attachments of all its messages in one query.
  await db.schema
    .createIndex('conversation_attachments_conversation')
    .on('conversation_attachments')
    .columns(['conversation_id', 'id'])
    .execute();
}
