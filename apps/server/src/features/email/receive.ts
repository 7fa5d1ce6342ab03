import { MAX_MESSAGE_BODY } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { attachmentsLabel } from '../attachments/files.js';
import type { NewAttachment } from '../attachments/repository.js';
import { SYSTEM_ACTOR } from '../auth/actor.js';
import { addCustomerMessage } from '../conversations/messages.js';
import { linkCustomer } from '../conversations/repository.js';
import { startConversation } from '../conversations/start.js';
import { normaliseIdentity } from '../customers/identities.js';
import { conversationsWithMessageIds } from './repository.js';
import { withoutQuotedHistory } from './text.js';

/** An SMTP refusal: the sending server gets this code and text (and tells the customer). */
export class SmtpRefusal extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

/** A received mail, reduced to what the email channel uses. */
export interface IncomingMail {
  /** The From address. */
  from: string;
  subject: string;
  /** Plain text (mail with only HTML arrives here converted to text). */
  text: string;
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  /** Sent by a machine on its own (Auto-Submitted, RFC 3834): an out-of-office reply, a bounce. */
  automatic: boolean;
  /** Every file in the mail, inline images included (customers paste photos into the text). */
  attachments: NewAttachment[];
}

/** What became of a mail: a new conversation, a reply in one, or nothing (and why). */
export type Filed =
  { as: 'new' | 'reply' | 'duplicate'; conversationId: string } | { as: 'automatic'; conversationId: null };

/**
 * Files a received mail. Automatic replies are not filed: an out-of-office answer is not the
 * customer's turn. A mail whose Message-ID is stored already (a sending server that retries) is
 * filed once. A reply (In-Reply-To or References naming a Message-ID we stored) joins
 * that conversation only when the sender is that conversation's customer, or is the address a chat
 * visitor left for replies by mail (the conversation then becomes the sender's when it had no
 * customer); anything else, a spoofed From or a thread forwarded by someone else included, starts a
 * new conversation for the sender.
 */
export async function receiveMail(ctx: AppContext, mail: IncomingMail): Promise<Filed> {
  if (mail.automatic) return { as: 'automatic', conversationId: null };
  const [seen] = mail.messageId ? await conversationsWithMessageIds(ctx.database.db, [mail.messageId]) : [];
  if (seen) return { as: 'duplicate', conversationId: seen.id };
  refuseOversizedAttachments(ctx, mail.attachments);
  const words = withoutQuotedHistory(mail.text);
  const { attachments } = mail;
  // A mail of only files reads as what it is, rather than as "(empty mail)".
  const body =
    words ||
    (attachments.length > 0 ? attachmentsLabel(attachments.length) : mail.subject.trim() || '(empty mail)');
  if (body.length > MAX_MESSAGE_BODY)
    throw new SmtpRefusal(552, `The message text is longer than ${MAX_MESSAGE_BODY} characters`);
  const email = { email_message_id: mail.messageId, email_in_reply_to: mail.inReplyTo };
  const wordless = !words && attachments.length > 0;
  const thread = await threadOf(ctx, mail);
  if (thread) {
    await addCustomerMessage(ctx, thread, body, null, { email, attachments, wordless });
    return { as: 'reply', conversationId: thread };
  }
  const { conversation } = await startConversation(
    ctx,
    SYSTEM_ACTOR,
    {
      channel: 'email',
      customer: mail.from,
      message: body,
      ...(mail.subject.trim() && { subject: mail.subject }),
    },
    { email, attachments, wordless },
  );
  return { as: 'new', conversationId: conversation.id };
}

/**
 * A mail with more files than a message may carry, or a file larger than one may be, is refused
 * whole before anything is stored (552: the sending server tells the customer, who loses nothing
 * unknowingly). The limits are named, so the customer knows what to send instead.
 */
function refuseOversizedAttachments(ctx: AppContext, attachments: readonly NewAttachment[]): void {
  const { attachmentMaxCount: maxCount, attachmentMaxBytes: maxBytes } = ctx.config;
  if (attachments.length > maxCount)
    throw new SmtpRefusal(
      552,
      `The message has ${attachments.length} attachments; at most ${maxCount} are accepted per message`,
    );
  const large = attachments.find((a) => a.content.length > maxBytes);
  if (large)
    throw new SmtpRefusal(
      552,
      `An attachment is ${Math.ceil(large.content.length / 1024)} KB; at most ${maxBytes / 1024} KB is accepted per attachment`,
    );
}

async function threadOf(ctx: AppContext, mail: IncomingMail): Promise<string | undefined> {
  const named = [mail.inReplyTo, ...mail.references].filter((id): id is string => !!id);
  const candidates = await conversationsWithMessageIds(ctx.database.db, named);
  if (candidates.length === 0) return undefined;
  const sender = await senderCustomer(ctx, mail.from);
  const own = candidates.find((c) => c.customer_id === sender);
  if (own) return own.id;
  // The address a chat visitor left: naming our mail to it, which only that mailbox received,
  // proves the sender has it. A conversation without a customer becomes the sender's.
  const address = normaliseIdentity('email', mail.from);
  const left = candidates.find((c) => c.reply_email === address);
  if (left) {
    if (left.customer_id === null) await linkCustomer(ctx.database.db, left.id, sender);
    return left.id;
  }
  // Worth a look: someone else's reply, a forwarded thread, or a forged one.
  ctx.logger.warn({ from: mail.from, named }, 'a reply to another customer’s mail starts anew');
  return undefined;
}

/** The customer behind the From address (created when new, as the conversation would create it). */
async function senderCustomer(ctx: AppContext, address: string): Promise<string> {
  const now = ctx.clock.now().toISOString();
  const resolved = await ctx.database.db
    .transaction()
    .execute((trx) => ctx.customers.resolve(trx, [address], now));
  resolved.commit();
  return resolved.get(address);
}
