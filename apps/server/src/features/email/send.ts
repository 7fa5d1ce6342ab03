import type { AppContext } from '../../context.js';
import { contactPersonOf } from '../customers/repository.js';
import type { Mailer, OutgoingMail } from './mailer.js';
import { mailThread, replyForMail, type OutboxRow } from './repository.js';

/** A subject that already says it is a reply (English "Re:", Dutch Outlook "Antw:"). */
const REPLY_PREFIX = /^(re|antw):/i;

/** Mail clients thread on the last few ids; a long References header only grows the mail. */
const MAX_REFERENCES = 10;

/**
 * The subject of mail to an address a chat visitor typed. Not the conversation's subject: that is
 * the visitor's own first words, and whoever types someone else's address must not be able to make
 * us mail their text (we would be a spam relay). Only what staff wrote goes out.
 */
export const CHAT_REPLY_SUBJECT = 'Re: Uw vraag in de chat / Your question in the chat';

/** Why an unproven address gets our mail, so someone who never asked for it knows what it is. */
const CHAT_REPLY_FOOTER =
  'U krijgt deze e-mail omdat in onze chat is gevraagd om het antwoord ook per e-mail te sturen. ' +
  'U kunt op deze e-mail antwoorden.\n' +
  'You get this email because someone asked in our chat for the reply by email too. ' +
  'You can answer by replying to this email.';

/** A failure that trying again cannot mend. */
export class PermanentFailure extends Error {}

// Our own setup (sign-in to the relay, TLS): an administrator can mend it while we retry.
const OUR_SETUP = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'ETLS', 'EREQUIRETLS', 'ECONFIG']);

/**
 * A permanent failure: the relay answered 5xx (RFC 5321; 503 is a session mix-up, not a refusal),
 * or there is nothing to send. Everything else — 4xx, connection refused, timeouts, a relay
 * that refuses our sign-in — is worth another try.
 */
export function isPermanent(error: unknown): boolean {
  if (error instanceof PermanentFailure) return true;
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  if (typeof code === 'string' && OUR_SETUP.has(code)) return false;
  return (
    typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600 && responseCode !== 503
  );
}

/**
 * Sends the mail of a queued staff reply: threaded to the conversation's mail, signed with the
 * customer's contact person. To the customer's own address it is "Re: <subject>"; to an address a
 * chat visitor left, a fixed subject and a line that says why it came. Throws when it did not go.
 */
export async function sendReplyMail(ctx: AppContext, mailer: Mailer, mail: OutboxRow): Promise<void> {
  const { db } = ctx.database;
  const reply = await replyForMail(db, mail.message_id);
  if (!reply?.email_message_id) throw new PermanentFailure('the reply no longer exists');
  if (!mail.to_address) throw new PermanentFailure('the customer has no email address');
  // Only mail on an email conversation, to its customer, answers a subject of the recipient's own.
  const toVisitor = reply.channel !== 'email' || reply.reply_email !== null;
  const contact = reply.customer_id ? await contactPersonOf(db, reply.customer_id) : null;
  const signature = contact ? `\n\n-- \nUw contactpersoon / Your contact person: ${contact.name}` : '';
  const outgoing: OutgoingMail = {
    from: ctx.config.mailFrom,
    to: mail.to_address,
    subject: toVisitor
      ? CHAT_REPLY_SUBJECT
      : REPLY_PREFIX.test(reply.subject)
        ? reply.subject
        : `Re: ${reply.subject}`,
    text: `${reply.body}${signature}${toVisitor ? `\n\n${CHAT_REPLY_FOOTER}` : ''}`,
    messageId: reply.email_message_id,
    inReplyTo: reply.email_in_reply_to,
    references: (await mailThread(db, reply.conversation_id, reply.created_at)).slice(-MAX_REFERENCES),
  };
  await mailer.send(outgoing);
}
