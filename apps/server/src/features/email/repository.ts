import type { Insertable, Kysely, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { MailOutboxTable, Tables } from '../../db/tables.js';

export type OutboxRow = Selectable<MailOutboxTable>;

/**
 * Conversations holding a message with one of these Message-IDs, newest message first: email
 * conversations, and chats whose replies went by mail to the address the visitor left.
 */
export async function conversationsWithMessageIds(
  db: Kysely<Tables>,
  messageIds: string[],
): Promise<{ id: string; customer_id: string | null; reply_email: string | null }[]> {
  if (messageIds.length === 0) return [];
  return db
    .selectFrom('conversation_messages')
    .innerJoin('conversations', 'conversations.id', 'conversation_messages.conversation_id')
    .select(['conversations.id', 'conversations.customer_id', 'conversations.reply_email'])
    .where('conversation_messages.email_message_id', 'in', messageIds)
    .orderBy('conversation_messages.created_at', 'desc')
    .execute();
}

/** The Message-ID of the customer's latest mail in a conversation, which a reply answers. */
export async function lastCustomerMailId(db: Kysely<Tables>, conversationId: string): Promise<string | null> {
  const row = await db
    .selectFrom('conversation_messages')
    .select('email_message_id')
    .where('conversation_id', '=', conversationId)
    .where('author_kind', '=', 'customer')
    .where('email_message_id', 'is not', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row?.email_message_id ?? null;
}

/** Gives a stored reply the Message-ID it goes out with, so replies to the mail thread to it. */
export async function setMailHeaders(
  db: Kysely<Tables>,
  messageId: string,
  headers: { email_message_id: string; email_in_reply_to: string | null },
): Promise<void> {
  await db.updateTable('conversation_messages').set(headers).where('id', '=', messageId).execute();
}

/** A queued reply with what its mail needs. */
export async function replyForMail(db: Kysely<Tables>, messageId: string) {
  return db
    .selectFrom('conversation_messages as m')
    .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
    .select([
      'm.id',
      'm.body',
      'm.created_at',
      'm.email_message_id',
      'm.email_in_reply_to',
      'c.id as conversation_id',
      'c.subject',
      'c.channel',
      'c.customer_id',
      'c.reply_email',
    ])
    .where('m.id', '=', messageId)
    .executeTakeFirst();
}

/** The Message-IDs of a conversation's mail before a moment, oldest first. */
export async function mailThread(db: Kysely<Tables>, conversationId: string, before: string) {
  const rows = await db
    .selectFrom('conversation_messages')
    .select('email_message_id')
    .where('conversation_id', '=', conversationId)
    .where('email_message_id', 'is not', null)
    .where('created_at', '<', before)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.email_message_id!);
}

/** The address to write to: the customer's most recently recorded email address. */
export async function customerAddress(db: Kysely<Tables>, customerId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('customer_identities')
    .select('value')
    .where('customer_id', '=', customerId)
    .where('kind', '=', 'email')
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row?.value;
}

export async function insertOutbox(db: Kysely<Tables>, row: Insertable<MailOutboxTable>): Promise<void> {
  await db.insertInto('mail_outbox').values(row).execute();
}

/** Sendable now: queued mail whose time has come, and mail whose sender's claim ran out. */
const DUE_STATES = ['queued', 'sending'];

/** The mail due at `now`, longest waiting first. */
export async function dueMail(db: Kysely<Tables>, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select('message_id')
    .where('state', 'in', DUE_STATES)
    .where('next_attempt_at', '<=', now)
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.message_id);
}

/**
 * Claims one due mail for this sender until `until`, counting the attempt, in one conditional
 * UPDATE: of several senders (processes) only the one whose UPDATE changes the row gets it back.
 */
export async function claimMail(
  db: Kysely<Tables>,
  messageId: string,
  now: string,
  claim: string,
  until: string,
): Promise<OutboxRow | undefined> {
  return db
    .updateTable('mail_outbox')
    .set({ state: 'sending', claim, next_attempt_at: until, attempts: sql<number>`attempts + 1` })
    .where('message_id', '=', messageId)
    .where('state', 'in', DUE_STATES)
    .where('next_attempt_at', '<=', now)
    .returningAll()
    .executeTakeFirst();
}

/**
 * Records how a claimed mail went; false when the claim is no longer this sender's (it ran out and
 * another sender took the mail over), so the outcome belongs to that one.
 */
export async function settleMail(
  db: Kysely<Tables>,
  messageId: string,
  claim: string,
  outcome: Pick<MailOutboxTable, 'state' | 'last_error'> &
    Partial<Pick<MailOutboxTable, 'next_attempt_at' | 'sent_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ ...outcome, claim: null })
    .where('message_id', '=', messageId)
    .where('claim', '=', claim)
    .where('state', '=', 'sending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The mail of a conversation's replies, for showing how each is getting on. */
export async function mailOf(db: Kysely<Tables>, conversationId: string): Promise<OutboxRow[]> {
  return db.selectFrom('mail_outbox').selectAll().where('conversation_id', '=', conversationId).execute();
}
