import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';

/** Email conversations holding a message with one of these Message-IDs, newest message first. */
export async function conversationsWithMessageIds(
  db: Kysely<Tables>,
  messageIds: string[],
): Promise<{ id: string; customer_id: string | null }[]> {
  if (messageIds.length === 0) return [];
  return db
    .selectFrom('conversation_messages')
    .innerJoin('conversations', 'conversations.id', 'conversation_messages.conversation_id')
    .select(['conversations.id', 'conversations.customer_id'])
    .where('conversation_messages.email_message_id', 'in', messageIds)
    .where('conversations.channel', '=', 'email')
    .orderBy('conversation_messages.created_at', 'desc')
    .execute();
}

/** A staff reply on an email conversation that has not gone out yet, with what the mail needs. */
export async function unsentEmailReply(db: Kysely<Tables>, messageId: string) {
  return db
    .selectFrom('conversation_messages as m')
    .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
    .select(['m.id', 'm.body', 'm.created_at', 'c.id as conversation_id', 'c.subject', 'c.customer_id'])
    .where('m.id', '=', messageId)
    .where('m.author_kind', '=', 'staff')
    .where('m.internal', '=', 0)
    .where('m.email_message_id', 'is', null)
    .where('c.channel', '=', 'email')
    .executeTakeFirst();
}

/**
 * Gives the reply its Message-ID unless another process did so first: of several processes that
 * hear about the reply, only the one that claims it sends it.
 */
export async function claimReply(
  db: Kysely<Tables>,
  messageId: string,
  headers: { email_message_id: string; email_in_reply_to: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('conversation_messages')
    .set(headers)
    .where('id', '=', messageId)
    .where('email_message_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The Message-IDs of a conversation's mail before a moment, oldest first, and who sent each. */
export async function mailThread(db: Kysely<Tables>, conversationId: string, before: string) {
  return db
    .selectFrom('conversation_messages')
    .select(['email_message_id', 'author_kind'])
    .where('conversation_id', '=', conversationId)
    .where('email_message_id', 'is not', null)
    .where('created_at', '<', before)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
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
