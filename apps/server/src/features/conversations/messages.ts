import type { Channel, ConversationDetail, ConversationStatus, MessageInput } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { invalid } from '../../http/errors.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';
import { queueReplyMail } from '../email/queue.js';
import {
  activeUserIds,
  findConversation,
  insertMentions,
  insertMessage,
  setStatus,
  toSummary,
  updateConversation,
} from './repository.js';
import {
  announce,
  announced,
  conversationDetail,
  messageRow,
  requireConversation,
  storeAttachments,
  storeCustomerWords,
  tell,
  userOf,
  type CustomerMessageExtras,
} from './service.js';

/**
 * A message from the customer: stored as a signal too, and it puts the conversation back on our
 * side (reopening it when it was resolved). Files that came with it are stored in the same
 * transaction: the message and its files are kept, or lost, together.
 */
export async function addCustomerMessage(
  ctx: AppContext,
  conversationId: string,
  body: string,
  actor: Actor | null,
  { email, attachments, wordless = false }: CustomerMessageExtras = {},
): Promise<void> {
  const at = ctx.clock.now();
  const now = at.toISOString();
  const message = messageRow(conversationId, at, {
    author_kind: 'customer',
    author_id: actor && userOf(actor),
    body,
    ...email,
  });
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await requireConversation(trx, conversationId);
    // Words that came by mail are the customer's email, also in a chat they continued by mail.
    const channel = (email ? 'email' : row.channel) as Channel;
    if (!wordless)
      await storeCustomerWords(
        trx,
        { id: message.id, customerId: row.customer_id, channel, text: body, at: now },
        row.id,
      );
    await insertMessage(trx, { ...message, signal_id: wordless ? null : message.id });
    await storeAttachments(trx, message, attachments);
    // It is our turn now; a resolved conversation reopens.
    await setStatus(trx, row.id, 'waiting_on_us', now);
  });
  // The customer's own view is built by the caller: no staff view is loaded for a customer.
  const row = await findConversation(ctx.database.db, conversationId);
  if (row) await announce(ctx, 'message.added', toSummary(row), message);
}

/**
 * A staff reply (the customer sees it) or an internal note (they never do), with @mentions. A reply
 * that goes by mail is queued with it, in one transaction (email/queue.ts).
 */
export async function addStaffMessage(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  input: MessageInput,
): Promise<ConversationDetail> {
  if (input.kind === 'customer') {
    await addCustomerMessage(ctx, conversationId, input.body, actor);
    return conversationDetail(ctx.database.db, conversationId, ctx.clock.now().toISOString());
  }
  const mentions = [...new Set(input.mentions ?? [])];
  if (mentions.length > 0 && input.kind !== 'note')
    throw invalid('mentions', 'mentions belong in an internal note, not in a reply the customer reads');
  const at = ctx.clock.now();
  const now = at.toISOString();
  const note = input.kind === 'note';
  const message = messageRow(conversationId, at, {
    author_kind: 'staff',
    author_id: userOf(actor),
    body: input.body,
    internal: note ? 1 : 0,
  });
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await requireConversation(trx, conversationId);
    const known = await activeUserIds(trx, mentions);
    const unknown = mentions.filter((m) => !known.has(m));
    if (unknown.length > 0)
      throw invalid('mentions', `no active staff user has id(s): ${unknown.join(', ')}`);
    await insertMessage(trx, message);
    await queueReplyMail(trx, ctx, row, message);
    await insertMentions(
      trx,
      mentions.map((user_id) => ({
        message_id: message.id,
        conversation_id: row.id,
        user_id,
        created_at: now,
        // Whoever mentions themselves has seen it.
        seen_at: user_id === message.author_id ? now : null,
      })),
    );
    await updateConversation(trx, row.id, {
      updated_at: now,
      ...(!note && row.first_response_at === null && { first_response_at: now }),
      ...(!note && row.status !== 'resolved' && { status: 'waiting_on_customer' }),
    });
  });
  const detail = await announced(ctx, 'message.added', conversationId, now, message);
  // Each person mentioned hears of it on their own streams only.
  for (const userId of mentions) {
    if (userId !== message.author_id)
      await tell(ctx, { type: 'mention.added', userId, conversationId, messageId: message.id, at: now });
  }
  return detail;
}

export async function changeStatus(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  status: ConversationStatus,
): Promise<ConversationDetail> {
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await requireConversation(trx, conversationId);
    if (row.status === status) return;
    await setStatus(trx, row.id, status, now);
    await recordAudit(trx, actor, now, {
      action: 'conversation.status_changed',
      entityType: 'conversation',
      entityId: row.id,
      details: { from: row.status, to: status },
    });
  });
  return announced(ctx, 'conversation.changed', conversationId, now);
}
