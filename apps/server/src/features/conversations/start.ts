import type { ConversationDetail, ConversationStart, IntentRoute } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { AppError, invalid } from '../../http/errors.js';
import { hashToken, randomSecret, sortableId } from '../../platform/secrets.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';
import { findRoute, insertRoutes, teamsByIntent } from '../intents/repository.js';
import { routeRow } from '../intents/router.js';
import { decideTriage } from '../intents/service.js';
import {
  contactPersonTeam,
  firstCustomerSignal,
  insertConversation,
  insertMessage,
  latestOnIntent,
  routeFromTriage,
} from './repository.js';
import {
  announce,
  announced,
  conversationDetail,
  messageRow,
  ownerFor,
  requireConversation,
  storeAttachments,
  storeCustomerWords,
  userOf,
  type CustomerMessageExtras,
} from './service.js';

/** A new conversation on the same intent within this time counts as a repeat contact. */
const REPEAT_WINDOW_MS = 7 * 24 * 3600 * 1000;

/** Where the first message goes; a routing failure leaves it in triage rather than losing it. */
async function routeFirstMessage(ctx: AppContext, text: string): Promise<IntentRoute | undefined> {
  try {
    return await ctx.intents.route(text);
  } catch (error) {
    ctx.logger.error({ err: error }, 'routing a new conversation failed');
    return undefined;
  }
}

/**
 * Starts a conversation from the customer's first message: stores the message (also as a signal),
 * routes it by intent to a team (what the model cannot place goes to the customer's contact person,
 * else to triage), gives it to the customer's contact person when they are in that team (else the
 * member with the fewest open conversations), and notes whether the customer came back about the
 * same thing within 7 days. Files that came with the message are stored in the same transaction. A
 * message without words of the customer's own (`wordless`: a mail of only attachments) is not
 * routed by the model, so a person's pick in triage does not teach it a placeholder text.
 */
export async function startConversation(
  ctx: AppContext,
  actor: Actor,
  input: ConversationStart,
  { email, attachments, wordless = false }: CustomerMessageExtras = {},
): Promise<{ conversation: ConversationDetail; customerToken: string }> {
  const recorder = recordedContact(actor, input);
  const at = ctx.clock.now();
  const now = at.toISOString();
  const id = sortableId('c', at);
  const customerToken = randomSecret();
  const route = wordless ? undefined : await routeFirstMessage(ctx, input.message);
  const message = messageRow(id, at, {
    author_kind: 'customer',
    author_id: userOf(actor),
    body: input.message,
    ...email,
  });
  // What staff answered during the call or visit comes right after the customer's words.
  const answer =
    input.answer === undefined
      ? undefined
      : messageRow(id, new Date(at.getTime() + 1), {
          author_kind: 'staff',
          author_id: recorder,
          body: input.answer,
        });
  const resolved = await ctx.database.db.transaction().execute(async (trx) => {
    const reference = input.customer?.trim();
    const resolved = reference ? await ctx.customers.resolve(trx, [reference], now) : undefined;
    const customerId = reference && resolved ? resolved.get(reference) : null;
    // What the model will not route goes straight to the customer's own contact person's team (and so
    // to them), not to triage: they know the customer.
    const team = route?.team ?? (customerId ? await contactPersonTeam(trx, customerId) : null);
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
      status: input.resolved ? 'resolved' : 'open',
      subject: input.subject?.trim() || firstLine(input.message),
      team_id: team,
      owner_id: input.resolved
        ? recorder
        : team
          ? await ownerFor(trx, ctx.database.dialect, team, customerId)
          : null,
      intent,
      confidence: route?.confidence ?? null,
      repeat_of: earlier?.id ?? null,
      contact_number: earlier ? Number(earlier.contact_number) + 1 : 1,
      reopen_count: 0,
      customer_token_hash: hashToken(customerToken),
      created_at: now,
      updated_at: now,
      first_response_at: answer ? answer.created_at : null,
      resolved_at: input.resolved ? now : null,
    });
    if (!wordless)
      await storeCustomerWords(
        trx,
        { id: message.id, customerId, channel: input.channel, text: input.message, at: now },
        id,
      );
    await insertMessage(trx, { ...message, signal_id: wordless ? null : message.id });
    await storeAttachments(trx, message, attachments);
    if (answer) await insertMessage(trx, answer);
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

/**
 * A staff member who records a phone call or counter visit may add what they answered and whether
 * that solved it; nobody else can (a visitor or an integration has no call to record). Returns the
 * recorder's id when the input records such a contact.
 */
function recordedContact(actor: Actor, input: ConversationStart): string | null {
  if (input.answer === undefined && !input.resolved) return null;
  const recorder = userOf(actor);
  if (!recorder || (input.channel !== 'phone' && input.channel !== 'counter'))
    throw invalid(
      input.answer === undefined ? 'resolved' : 'answer',
      'only a staff member recording a phone call or counter visit can add an answer or resolve it at once',
    );
  return recorder;
}

const SUBJECT_LENGTH = 120;

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > SUBJECT_LENGTH ? `${line.slice(0, SUBJECT_LENGTH - 1)}…` : line;
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
  const alreadyRouted = (teamId: string | null) =>
    new AppError('conflict', `Team ${teamId} has this conversation already; transfer it instead.`);
  if (row.team_id !== null) throw alreadyRouted(row.team_id);
  const team = (await teamsByIntent(db)).get(intent)?.[0];
  if (!team) throw invalid('intent', `no team handles "${intent}"; add the intent to a team first`);
  const now = ctx.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    // Two people deciding at once: the first decision stands, the second hears it was taken.
    const routed = await routeFromTriage(trx, conversationId, {
      intent,
      team_id: team,
      owner_id: await ownerFor(trx, ctx.database.dialect, team, row.customer_id),
      updated_at: now,
    });
    if (!routed) throw alreadyRouted((await requireConversation(trx, conversationId)).team_id);
    await recordAudit(trx, actor, now, {
      action: 'conversation.triaged',
      entityType: 'conversation',
      entityId: conversationId,
      details: { intent, team },
    });
  });
  // The decision also teaches the router, once, by the person whose decision stood.
  const signalId = await firstCustomerSignal(db, conversationId);
  if (signalId && (await findRoute(db, signalId))) await decideTriage(ctx, actor, signalId, intent);
  return announced(ctx, 'conversation.changed', conversationId, now);
}
