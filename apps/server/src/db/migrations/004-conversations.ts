import type { Kysely } from 'kysely';
import type { Dialect } from '../connect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Conversations with their messages, transfers and promises; canned replies per team. */
export async function up(db: AnyDb, dialect: Dialect): Promise<void> {
  const real = dialect === 'sqlite' ? 'real' : 'double precision';

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('customer_id', 'text', (c) => c.references('customers.id'))
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('intent', 'text')
    .addColumn('confidence', real)
    .addColumn('repeat_of', 'text')
    .addColumn('contact_number', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('reopen_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('customer_token_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('first_response_at', 'text')
    .addColumn('resolved_at', 'text')
    .execute();
  // The inbox is newest activity first, keyset-paged on (updated_at, id), filtered by any of these.
  for (const [name, columns] of [
    ['conversations_inbox', ['updated_at', 'id']],
    ['conversations_status', ['status', 'updated_at', 'id']],
    ['conversations_team', ['team_id', 'status', 'updated_at', 'id']],
    ['conversations_owner', ['owner_id', 'status', 'updated_at', 'id']],
    ['conversations_customer', ['customer_id', 'intent', 'created_at']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('conversations')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('conversation_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('internal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('mentions', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('signal_id', 'text')
    .addColumn('email_message_id', 'text')
    .addColumn('email_in_reply_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_messages_conversation')
    .on('conversation_messages')
    .columns(['conversation_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('conversation_messages_signal')
    .on('conversation_messages')
    .column('signal_id')
    .execute();
  await db.schema
    .createIndex('conversation_messages_email')
    .on('conversation_messages')
    .column('email_message_id')
    .execute();

  await db.schema
    .createTable('conversation_transfers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
    .addColumn('from_team_id', 'text')
    .addColumn('to_team_id', 'text')
    .addColumn('from_user_id', 'text')
    .addColumn('to_user_id', 'text')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('by_user_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_transfers_conversation')
    .on('conversation_transfers')
    .columns(['conversation_id', 'at'])
    .execute();

  await db.schema
    .createTable('conversation_promises')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('due_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('made_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('settled_at', 'text')
    .addColumn('settled_by', 'text')
    .execute();
  await db.schema
    .createIndex('conversation_promises_conversation')
    .on('conversation_promises')
    .columns(['conversation_id', 'due_at'])
    .execute();

  await db.schema
    .createTable('canned_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('canned_replies_team')
    .on('canned_replies')
    .columns(['team_id', 'title'])
    .execute();
}
