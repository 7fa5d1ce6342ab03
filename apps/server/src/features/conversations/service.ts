import type {
  Channel,
  ConversationDetail,
  ConversationEvent,
  ConversationSummary,
  InboxQuery,
  LiveEvent,
  MailDelivery,
} from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Dialect } from '../../db/connect.js';
import type { ConversationMessagesTable, Tables } from '../../db/tables.js';
import { invalid, notFound } from '../../http/errors.js';
import { sortableId } from '../../platform/secrets.js';
import type { Actor } from '../auth/actor.js';
import {
  attachmentRows,
  attachmentsOf,
  insertAttachments,
  type NewAttachment,
} from '../attachments/repository.js';
import { contactPersonOf } from '../customers/repository.js';
import { mailOf, type OutboxRow } from '../email/repository.js';
import { prepareSignal } from '../signals/prepare.js';
import { insertSignals } from '../signals/repository.js';
import { handoffOf } from './handoff.js';
import {
  contactPersonInTeam,
  findConversation,
  leastLoadedMember,
  listInbox,
  lockTeamForChoice,
  mentionsOf,
  messagesOf,
  promisesOf,
  toMessage,
  toPromise,
  toSummary,
  toTransfer,
  transfersOf,
  type ConversationRow,
} from './repository.js';

// What every conversation operation shares (reading one, telling live screens, writing a message)
// and the inbox. Starting and triage live in start.ts, messages and status in messages.ts,
// transfers in transfer.ts, promises in promises.ts.

/** Tells live screens; a failure to tell never fails the change, which is stored already. */
export async function tell(ctx: AppContext, event: LiveEvent): Promise<void> {
  try {
    await ctx.events.publish(event);
  } catch (error) {
    ctx.logger.warn({ err: error, type: event.type }, 'publishing a live event failed');
  }
}

/** Tells live screens what happened to a conversation. */
export async function announce(
  ctx: AppContext,
  type: ConversationEvent['type'],
  conversation: ConversationSummary,
  message?: ConversationMessagesTable,
): Promise<void> {
  await tell(ctx, {
    type,
    conversationId: conversation.id,
    status: conversation.status,
    teamId: conversation.teamId,
    ownerId: conversation.ownerId,
    ...(message && { messageId: message.id, internal: message.internal === 1 }),
    at: ctx.clock.now().toISOString(),
  });
}

/** The conversation as it is now, after telling live screens what happened to it. */
export async function announced(
  ctx: AppContext,
  type: ConversationEvent['type'],
  conversationId: string,
  now: string,
  message?: ConversationMessagesTable,
): Promise<ConversationDetail> {
  const detail = await conversationDetail(ctx.database.db, conversationId, now);
  await announce(ctx, type, detail, message);
  return detail;
}

/**
 * Who in a team takes a conversation: the customer's own contact person when they are in the team
 * (one person who knows the case), otherwise the member with the fewest unresolved conversations.
 * Call it inside the transaction that stores the choice: the team stays locked until it commits,
 * so choices made at the same moment see each other's conversations.
 */
export async function ownerFor(
  trx: Kysely<Tables>,
  dialect: Dialect,
  teamId: string,
  customerId: string | null,
): Promise<string | null> {
  const contact = customerId ? await contactPersonInTeam(trx, customerId, teamId) : null;
  if (contact) return contact;
  await lockTeamForChoice(trx, dialect, teamId);
  return leastLoadedMember(trx, teamId);
}

/** A person acting, as stored on what they wrote; integrations (API tokens) have no user id. */
export const userOf = (actor: Actor) => (actor.type === 'user' ? actor.id : null);

export async function conversationDetail(
  db: Kysely<Tables>,
  id: string,
  now: string,
): Promise<ConversationDetail> {
  const row = await findConversation(db, id);
  if (!row) throw notFound('Conversation');
  const summary = toSummary(row);
  const mentions = await mentionsOf(db, id);
  const mail = new Map((await mailOf(db, id)).map((r) => [r.message_id, toDelivery(r)]));
  const files = await attachmentsOf(db, id);
  const messages = (await messagesOf(db, id)).map((m) => {
    const message = toMessage(m, mentions.get(m.id) ?? [], files.get(m.id) ?? []);
    const delivery = mail.get(m.id);
    return delivery ? { ...message, delivery } : message;
  });
  const transfers = (await transfersOf(db, id)).map(toTransfer);
  const promises = (await promisesOf(db, id)).map((p) => toPromise(p, now));
  const latest = transfers[transfers.length - 1];
  return {
    ...summary,
    messages,
    transfers,
    promises,
    contactPerson: row.customer_id ? await contactPersonOf(db, row.customer_id) : null,
    handoff: latest ? handoffOf(summary, latest, messages, promises) : null,
    replyEmail: row.reply_email,
  };
}

/**
 * How a reply's mail is getting on. A mail being sent right now still counts as queued, with the
 * attempts that have ended (its claim counted the one under way).
 */
function toDelivery(row: OutboxRow): MailDelivery {
  const state = row.state === 'sent' || row.state === 'failed' ? row.state : 'queued';
  return {
    state,
    to: row.to_address,
    attempts: Number(row.attempts) - (row.state === 'sending' ? 1 : 0),
    ...(row.last_error !== null && state !== 'sent' && { lastError: row.last_error }),
    ...(row.state === 'queued' && { nextAttemptAt: row.next_attempt_at }),
    ...(row.sent_at !== null && { sentAt: row.sent_at }),
  };
}

/** Keeps a customer's message in the one store of their words, as a signal with the message's id. */
export async function storeCustomerWords(
  trx: Kysely<Tables>,
  words: { id: string; customerId: string | null; channel: Channel; text: string; at: string },
  conversationId: string,
): Promise<void> {
  // The conversation already knows its customer: the signal takes that id, not a reference to resolve.
  const { customer_ref, ...row } = prepareSignal(
    { id: words.id, channel: words.channel, text: words.text, at: words.at, meta: { conversationId } },
    words.at,
  );
  await insertSignals(trx, [{ ...row, customer_id: words.customerId }]);
}

/** The mail headers a message that came (or went) by email keeps, so replies thread to it. */
export type EmailHeaders = Partial<Pick<ConversationMessagesTable, 'email_message_id' | 'email_in_reply_to'>>;

/** What may come with a customer's message besides its text. */
export interface CustomerMessageExtras {
  /** The mail's headers, when the message came by mail. */
  email?: EmailHeaders;
  /** Files that came with it: stored in the transaction that stores the message. */
  attachments?: readonly NewAttachment[];
  /**
   * The message holds no words of the customer's own, only files (its text is a placeholder): it is
   * not stored as a signal, so vocabulary mining and routing never learn "(2 bijlagen)".
   */
  wordless?: boolean;
}

/** Stores a message's files; call it in the transaction that inserts the message. */
export async function storeAttachments(
  trx: Kysely<Tables>,
  message: ConversationMessagesTable,
  files: readonly NewAttachment[] | undefined,
): Promise<void> {
  if (files && files.length > 0) await insertAttachments(trx, attachmentRows(message, files));
}

export function messageRow(
  conversationId: string,
  at: Date,
  fields: Pick<ConversationMessagesTable, 'author_kind' | 'author_id' | 'body'> &
    Partial<Pick<ConversationMessagesTable, 'internal'>> &
    EmailHeaders,
): ConversationMessagesTable {
  return {
    id: sortableId('m', at),
    conversation_id: conversationId,
    internal: 0,
    signal_id: null,
    email_message_id: null,
    email_in_reply_to: null,
    created_at: at.toISOString(),
    ...fields,
  };
}

export async function requireConversation(db: Kysely<Tables>, id: string): Promise<ConversationRow> {
  const row = await findConversation(db, id);
  if (!row) throw notFound('Conversation');
  return row;
}

/** The inbox; `mine` is the signed-in person's own conversations. */
export async function inbox(ctx: AppContext, actor: Actor, query: InboxQuery) {
  if (query.mine && actor.type !== 'user')
    throw invalid('mine', 'only a signed-in person has conversations of their own; filter by owner instead');
  const owner = query.mine ? actor.id! : query.owner;
  return listInbox(ctx.database.db, {
    ...(query.status && { status: query.status }),
    ...(query.team && { team: query.team }),
    ...(owner && { owner }),
    ...(query.triage && { triage: true }),
    ...(query.mentioned && { mentioned: query.mentioned }),
    ...(query.cursor && { cursor: query.cursor }),
    limit: query.limit ?? 50,
  });
}
