import type { ConversationDetail } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { AppError, notFound } from '../../http/errors.js';
import { sortableId } from '../../platform/secrets.js';
import { toStoredTime } from '../../schema/formats.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';
import { findPromise, insertPromise, settlePromise } from './repository.js';
import { announced, requireConversation, userOf } from './service.js';

export async function makePromise(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  input: { text: string; dueAt: string },
): Promise<ConversationDetail> {
  const at = ctx.clock.now();
  const now = at.toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await requireConversation(trx, conversationId);
    const id = sortableId('p', at);
    await insertPromise(trx, {
      id,
      conversation_id: row.id,
      text: input.text.trim(),
      due_at: toStoredTime(input.dueAt),
      status: 'open',
      made_by: userOf(actor),
      created_at: now,
      settled_at: null,
      settled_by: null,
    });
    await recordAudit(trx, actor, now, {
      action: 'conversation.promise_made',
      entityType: 'conversation',
      entityId: row.id,
      details: { promise: id, dueAt: toStoredTime(input.dueAt) },
    });
  });
  return announced(ctx, 'conversation.changed', conversationId, now);
}

/** Records a promise as kept or broken; a promise is settled once. */
export async function settle(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  promiseId: string,
  status: 'kept' | 'broken',
): Promise<ConversationDetail> {
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const promise = await findPromise(trx, conversationId, promiseId);
    if (!promise) throw notFound('Promise');
    if (!(await settlePromise(trx, conversationId, promiseId, { status, at: now, by: userOf(actor) })))
      throw new AppError('conflict', `This promise was already recorded as ${promise.status}.`);
    await recordAudit(trx, actor, now, {
      action: 'conversation.promise_settled',
      entityType: 'conversation',
      entityId: conversationId,
      details: { promise: promiseId, status, dueAt: promise.due_at },
    });
  });
  return announced(ctx, 'conversation.changed', conversationId, now);
}
