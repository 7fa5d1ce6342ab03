import type { AppContext } from '../../context.js';
import { contactPersonOf } from '../customers/repository.js';
import { insertMessage } from '../conversations/repository.js';
import { announced, messageRow } from '../conversations/service.js';
import type { Mailer } from './mailer.js';
import { claimReply, customerAddress, mailThread, unsentEmailReply } from './repository.js';

/** A subject that already says it is a reply (English "Re:", Dutch Outlook "Antw:"). */
const REPLY_PREFIX = /^(re|antw):/i;

/** Mail clients thread on the last few ids; a long References header only grows the mail. */
const MAX_REFERENCES = 10;

/**
 * Sends a staff reply on an email conversation to the customer: "Re: <subject>", threaded to the
 * conversation's mail, signed with the customer's contact person. The reply is stored before this
 * runs; a failure to send is logged and left on the conversation as a system note staff can see.
 */
export async function sendReply(ctx: AppContext, mailer: Mailer, messageId: string): Promise<void> {
  const { db } = ctx.database;
  const reply = await unsentEmailReply(db, messageId);
  if (!reply) return;
  const thread = await mailThread(db, reply.conversation_id, reply.created_at);
  const ids = thread.map((m) => m.email_message_id!);
  const lastFromCustomer =
    thread.filter((m) => m.author_kind === 'customer').at(-1)?.email_message_id ?? null;
  const outgoingId = `<${reply.id}@${domainOf(ctx.config.mailFrom)}>`;
  const claimed = await claimReply(db, reply.id, {
    email_message_id: outgoingId,
    email_in_reply_to: lastFromCustomer,
  });
  if (!claimed) return;
  const to = reply.customer_id ? await customerAddress(db, reply.customer_id) : undefined;
  try {
    if (!to) throw new Error('the customer has no email address');
    const contact = reply.customer_id ? await contactPersonOf(db, reply.customer_id) : null;
    await mailer.send({
      from: ctx.config.mailFrom,
      to,
      subject: REPLY_PREFIX.test(reply.subject) ? reply.subject : `Re: ${reply.subject}`,
      text: contact
        ? `${reply.body}\n\n-- \nUw contactpersoon / Your contact person: ${contact.name}`
        : reply.body,
      messageId: outgoingId,
      inReplyTo: lastFromCustomer,
      references: ids.slice(-MAX_REFERENCES),
    });
  } catch (error) {
    await reportFailure(ctx, reply.conversation_id, to, error);
  }
}

async function reportFailure(
  ctx: AppContext,
  conversationId: string,
  to: string | undefined,
  error: unknown,
): Promise<void> {
  const reason = error instanceof Error ? error.message : String(error);
  ctx.logger.error({ err: error, conversationId, to }, 'sending a reply by email failed');
  const at = ctx.clock.now();
  const note = messageRow(conversationId, at, {
    author_kind: 'system',
    author_id: null,
    internal: 1,
    body:
      `Deze reactie is niet per e-mail verstuurd${to ? ` naar ${to}` : ''} / ` +
      `This reply was not sent by email${to ? ` to ${to}` : ''}: ${reason}`,
  });
  await insertMessage(ctx.database.db, note);
  await announced(ctx, 'message.added', conversationId, at.toISOString(), note);
}

/** The domain of the sender address, for Message-IDs that are unique to this installation. */
function domainOf(mailFrom: string): string {
  return /@([^\s>]+)/.exec(mailFrom)?.[1] ?? 'klantstem.invalid';
}
