import type {
  Channel,
  ConversationDetail,
  ConversationEvent,
  ConversationStart,
  ConversationSummary,
  ConversationStatus,
  Handoff,
  InboxQuery,
  IntentRoute,
  MessageInput,
  TransferInput,
} from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { ConversationMessagesTable, Tables } from '../../db/tables.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { hashToken, randomSecret, sortableId } from '../../platform/secrets.js';
import { toStoredTime } from '../../schema/formats.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';
import { contactPersonOf } from '../customers/repository.js';
import { findRoute, insertRoutes, teamsByIntent } from '../intents/repository.js';
import { decideTriage } from '../intents/service.js';
import { routeRow } from '../intents/router.js';
import { prepareSignal } from '../signals/prepare.js';
import { insertSignals } from '../signals/repository.js';
import { handoffOf } from './handoff.js';
import {
  activeUserIds,
  findConversation,
  firstCustomerSignal,
  findPromise,
  insertConversation,
  insertMessage,
  insertPromise,
  insertTransfer,
  isTeamMember,
  latestOnIntent,
  leastLoadedMember,
  listInbox,
  messagesOf,
  promisesOf,
  settlePromise,
  teamExists,
  toMessage,
  toPromise,
  toSummary,
  toTransfer,
  transfersOf,
  updateConversation,
  type ConversationRow,
} from './repository.js';

/** A new conversation on the same intent within this time counts as a repeat contact. */
export const REPEAT_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** Tells live screens; a failure to tell never fails the change, which is stored already. */
async function announce(
  ctx: AppContext,
  type: ConversationEvent['type'],
  conversation: ConversationSummary,
  message?: ConversationMessagesTable,
): Promise<void> {
  try {
    await ctx.events.publish({
      type,
      conversationId: conversation.id,
      status: conversation.status,
      teamId: conversation.teamId,
      ownerId: conversation.ownerId,
      ...(message && { messageId: message.id, internal: message.internal === 1 }),
      at: ctx.clock.now().toISOString(),
    });
  } catch (error) {
    ctx.logger.warn({ err: error }, 'publishing a conversation event failed');
  }
}

/** The conversation as it is now, after telling live screens what happened to it. */
async function announced(
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

/** A person acting, as stored on what they wrote; integrations (API tokens) have no user id. */
const userOf = (actor: Actor) => (actor.type === 'user' ? actor.id : null);

export async function conversationDetail(
  db: Kysely<Tables>,
  id: string,
  now: string,
): Promise<ConversationDetail> {
  const row = await findConversation(db, id);
  if (!row) throw notFound('Conversation');
  const summary = toSummary(row);
  const messages = (await messagesOf(db, id)).map(toMessage);
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
  };
}

/** Where the first message goes; a routing failure leaves it in triage rather than losing it. */
async function routeFirstMessage(ctx: AppContext, text: string): Promise<IntentRoute | undefined> {
  try {
    return await ctx.intents.route(text);
  } catch (error) {
    ctx.logger.error({ err: error }, 'routing a new conversation failed');
    return undefined;
  }
}

/** Keeps a customer's message in the one store of their words, as a signal with the message's id. */
async function storeCustomerWords(
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

function messageRow(
  conversationId: string,
  at: Date,
  fields: Pick<ConversationMessagesTable, 'author_kind' | 'author_id' | 'body'> &
    Partial<Pick<ConversationMessagesTable, 'internal' | 'mentions'>>,
): ConversationMessagesTable {
  return {
    id: sortableId('m', at),
    conversation_id: conversationId,
    internal: 0,
    mentions: '[]',
    signal_id: null,
    email_message_id: null,
    email_in_reply_to: null,
    created_at: at.toISOString(),
    ...fields,
  };
}

/**
 * Starts a conversation from the customer's first message: stores the message (also as a signal),
 * routes it by intent to a team (or triage), gives it to the team member with the fewest open
 * conversations, and notes whether the customer came back about the same thing within 7 days.
 */
export async function startConversation(
  ctx: AppContext,
  actor: Actor,
  input: ConversationStart,
): Promise<{ conversation: ConversationDetail; customerToken: string }> {
  const at = ctx.clock.now();
  const now = at.toISOString();
  const id = sortableId('c', at);
  const customerToken = randomSecret();
  const route = await routeFirstMessage(ctx, input.message);
  const message = messageRow(id, at, { author_kind: 'customer', author_id: null, body: input.message });
  const resolved = await ctx.database.db.transaction().execute(async (trx) => {
    const reference = input.customer?.trim();
    const resolved = reference ? await ctx.customers.resolve(trx, [reference], now) : undefined;
    const customerId = reference && resolved ? resolved.get(reference) : null;
    const team = route?.team ?? null;
    const intent = route?.intent ?? null;
    const earlier =
      customerId && intent
        ? await latestOnIntent(
            trx,
            customerId,
            intent,
            new Date(at.getTime() - REPEAT_WINDOW_MS).toISOString(),
          )
        : undefined;
    await insertConversation(trx, {
      id,
      customer_id: customerId,
      channel: input.channel,
      status: 'open',
      subject: input.subject?.trim() || firstLine(input.message),
      team_id: team,
      owner_id: team ? await leastLoadedMember(trx, team) : null,
      intent,
      confidence: route?.confidence ?? null,
      repeat_of: earlier?.id ?? null,
      contact_number: earlier ? Number(earlier.contact_number) + 1 : 1,
      reopen_count: 0,
      customer_token_hash: hashToken(customerToken),
      created_at: now,
      updated_at: now,
      first_response_at: null,
      resolved_at: null,
    });
    await storeCustomerWords(
      trx,
      { id: message.id, customerId, channel: input.channel, text: input.message, at: now },
      id,
    );
    await insertMessage(trx, { ...message, signal_id: message.id });
    if (route) await insertRoutes(trx, [routeRow(message.id, route, now)]);
    await recordAudit(trx, actor, now, {
      action: 'conversation.started',
      entityType: 'conversation',
      entityId: id,
      details: { channel: input.channel, customerId, team, intent },
    });
    return resolved;
  });
  resolved?.commit();
  const conversation = await conversationDetail(ctx.database.db, id, now);
  await announce(ctx, 'conversation.started', conversation, message);
  return { conversation, customerToken };
}

const SUBJECT_LENGTH = 120;

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > SUBJECT_LENGTH ? `${line.slice(0, SUBJECT_LENGTH - 1)}…` : line;
}

async function requireConversation(db: Kysely<Tables>, id: string): Promise<ConversationRow> {
  const row = await findConversation(db, id);
  if (!row) throw notFound('Conversation');
  return row;
}

/** What a customer's message does to the status: it is our turn now, and a resolved case reopens. */
function afterCustomerMessage(row: ConversationRow, now: string) {
  const reopened = row.status === 'resolved';
  return {
    status: 'waiting_on_us',
    updated_at: now,
    ...(reopened && { resolved_at: null, reopen_count: Number(row.reopen_count) + 1 }),
  };
}

/**
 * A message from the customer: stored as a signal too, and it puts the conversation back on our
 * side (reopening it when it was resolved).
 */
export async function addCustomerMessage(
  ctx: AppContext,
  conversationId: string,
  body: string,
  actor: Actor | null,
): Promise<ConversationDetail> {
  const at = ctx.clock.now();
  const now = at.toISOString();
  const message = messageRow(conversationId, at, {
    author_kind: 'customer',
    author_id: actor && userOf(actor),
    body,
  });
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await requireConversation(trx, conversationId);
    await storeCustomerWords(
      trx,
      { id: message.id, customerId: row.customer_id, channel: row.channel as Channel, text: body, at: now },
      row.id,
    );
    await insertMessage(trx, { ...message, signal_id: message.id });
    await updateConversation(trx, row.id, afterCustomerMessage(row, now));
  });
  return announced(ctx, 'message.added', conversationId, now, message);
}

/** A staff reply (the customer sees it) or an internal note (they never do), with @mentions. */
export async function addStaffMessage(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  input: MessageInput,
): Promise<ConversationDetail> {
  if (input.kind === 'customer') return addCustomerMessage(ctx, conversationId, input.body, actor);
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
    mentions: JSON.stringify(mentions),
  });
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await requireConversation(trx, conversationId);
    const known = await activeUserIds(trx, mentions);
    const unknown = mentions.filter((m) => !known.has(m));
    if (unknown.length > 0)
      throw invalid('mentions', `no active staff user has id(s): ${unknown.join(', ')}`);
    await insertMessage(trx, message);
    await updateConversation(trx, row.id, {
      updated_at: now,
      ...(!note && row.first_response_at === null && { first_response_at: now }),
      ...(!note && row.status !== 'resolved' && { status: 'waiting_on_customer' }),
    });
  });
  return announced(ctx, 'message.added', conversationId, now, message);
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
    const reopened = row.status === 'resolved';
    await updateConversation(trx, row.id, {
      status,
      updated_at: now,
      ...(status === 'resolved' && { resolved_at: now }),
      ...(reopened && { resolved_at: null, reopen_count: Number(row.reopen_count) + 1 }),
    });
    await recordAudit(trx, actor, now, {
      action: 'conversation.status_changed',
      entityType: 'conversation',
      entityId: row.id,
      details: { from: row.status, to: status },
    });
  });
  return announced(ctx, 'conversation.changed', conversationId, now);
}

/**
 * Hands a conversation to another team and/or person, with a note for the receiver. To a team
 * alone: the member with the fewest open conversations takes it. To a person alone: the team stays.
 */
export async function transferConversation(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  input: TransferInput,
): Promise<Handoff> {
  if (!input.toTeam && !input.toUser) throw invalid('toTeam', 'say where it goes: toTeam, toUser or both');
  const at = ctx.clock.now();
  const now = at.toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await requireConversation(trx, conversationId);
    if (input.toTeam && !(await teamExists(trx, input.toTeam)))
      throw invalid('toTeam', 'no team has this id');
    if (input.toUser && !(await activeUserIds(trx, [input.toUser])).has(input.toUser))
      throw invalid('toUser', 'no active staff user has this id');
    if (input.toTeam && input.toUser && !(await isTeamMember(trx, input.toTeam, input.toUser)))
      throw invalid('toUser', `this person is not a member of team ${input.toTeam}`);
    const team = input.toTeam ?? row.team_id;
    const owner = input.toUser ?? (team ? await leastLoadedMember(trx, team) : null);
    await insertTransfer(trx, {
      id: sortableId('t', at),
      conversation_id: row.id,
      from_team_id: row.team_id,
      to_team_id: team,
      from_user_id: row.owner_id,
      to_user_id: owner,
      note: input.note.trim(),
      by_user_id: userOf(actor),
      at: now,
    });
    await updateConversation(trx, row.id, { team_id: team, owner_id: owner, updated_at: now });
    await recordAudit(trx, actor, now, {
      action: 'conversation.transferred',
      entityType: 'conversation',
      entityId: row.id,
      details: { fromTeam: row.team_id, toTeam: team, fromUser: row.owner_id, toUser: owner },
    });
  });
  return (await announced(ctx, 'conversation.changed', conversationId, now)).handoff!;
}

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
    ...(query.cursor && { cursor: query.cursor }),
    limit: query.limit ?? 50,
  });
}

/**
 * A person decides where a conversation in triage goes: to the team for the intent they pick (and
 * its least-loaded member). The pick also becomes a training label, as in the intents triage queue.
 */
export async function triageConversation(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  intent: string,
): Promise<ConversationDetail> {
  const { db } = ctx.database;
  const row = await requireConversation(db, conversationId);
  if (row.team_id !== null)
    throw new AppError('conflict', `Team ${row.team_id} has this conversation already; transfer it instead.`);
  const team = (await teamsByIntent(db)).get(intent)?.[0];
  if (!team) throw invalid('intent', `no team handles "${intent}"; add the intent to a team first`);
  const signalId = await firstCustomerSignal(db, conversationId);
  if (signalId && (await findRoute(db, signalId))) await decideTriage(ctx, actor, signalId, intent);
  const now = ctx.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await updateConversation(trx, conversationId, {
      intent,
      team_id: team,
      owner_id: await leastLoadedMember(trx, team),
      updated_at: now,
    });
    await recordAudit(trx, actor, now, {
      action: 'conversation.triaged',
      entityType: 'conversation',
      entityId: conversationId,
      details: { intent, team },
    });
  });
  return announced(ctx, 'conversation.changed', conversationId, now);
}
