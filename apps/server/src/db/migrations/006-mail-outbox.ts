import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The mail outbox: a staff reply that goes by mail is queued here in the same transaction that
 * stores it, and a sender in each server process sends what is due, retrying temporary failures.
 * Conversations get `reply_email`: an address a chat visitor left to get replies by mail too.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('conversations').addColumn('reply_email', 'text').execute();

  await db.schema
    .createTable('mail_outbox')
    // One mail per reply: the reply's message id.
    .addColumn('message_id', 'text', (c) => c.primaryKey().references('conversation_messages.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claim', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  // The sender asks "what is due?" (state queued, or sending with an expired claim) by time.
  await db.schema
    .createIndex('mail_outbox_due')
    .on('mail_outbox')
    .columns(['state', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('mail_outbox_conversation')
    .on('mail_outbox')
    .column('conversation_id')
    .execute();
}
