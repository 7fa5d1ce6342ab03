import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { ConversationMessagesTable, Tables } from '../../db/tables.js';
import type { ConversationRow } from '../conversations/repository.js';
import { customerAddress, insertOutbox, lastCustomerMailId, setMailHeaders } from './repository.js';

/**
 * Where a staff reply on this conversation goes by mail: the address the visitor left, whatever
 * the channel; else, on an email conversation, the customer's own address (null when they have
 * none: the mail is queued and fails, so staff see it was not sent). Undefined: not by mail.
 */
async function recipientOf(
  db: Kysely<Tables>,
  conversation: Pick<ConversationRow, 'channel' | 'customer_id' | 'reply_email'>,
): Promise<string | null | undefined> {
  if (conversation.reply_email) return conversation.reply_email;
  if (conversation.channel !== 'email') return undefined;
  return (conversation.customer_id && (await customerAddress(db, conversation.customer_id))) || null;
}

/**
 * Queues the mail a stored staff reply becomes, in the caller's transaction, so a reply and its
 * mail are kept or lost together (a restart between them loses nothing). The reply gets the
 * Message-ID it goes out with now, so a customer's answer threads to it whenever it comes. Without
 * SMTP_OUTBOUND_URL nothing is queued: replies stay in Klantstem.
 */
export async function queueReplyMail(
  trx: Kysely<Tables>,
  ctx: AppContext,
  conversation: Pick<ConversationRow, 'id' | 'channel' | 'customer_id' | 'reply_email'>,
  reply: ConversationMessagesTable,
): Promise<void> {
  if (!ctx.mailer || reply.internal === 1 || reply.author_kind !== 'staff') return;
  const to = await recipientOf(trx, conversation);
  if (to === undefined) return;
  await setMailHeaders(trx, reply.id, {
    email_message_id: `<${reply.id}@${domainOf(ctx.config.mailFrom)}>`,
    email_in_reply_to: await lastCustomerMailId(trx, conversation.id),
  });
  await insertOutbox(trx, {
    message_id: reply.id,
    conversation_id: conversation.id,
    to_address: to,
    state: 'queued',
    next_attempt_at: reply.created_at,
    claim: null,
    last_error: null,
    created_at: reply.created_at,
    sent_at: null,
  });
}

/** The domain of the sender address, for Message-IDs that are unique to this installation. */
function domainOf(mailFrom: string): string {
  return /@([^\s>]+)/.exec(mailFrom)?.[1] ?? 'klantstem.invalid';
}
