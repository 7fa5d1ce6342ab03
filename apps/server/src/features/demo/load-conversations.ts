import type { ConversationDetail } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { SYSTEM_ACTOR, type Actor } from '../auth/actor.js';
import { contactPersonOf } from '../customers/repository.js';
import { changeCustomer } from '../customers/service.js';
import { addCustomerMessage, addStaffMessage, changeStatus } from '../conversations/messages.js';
import { makePromise, settle } from '../conversations/promises.js';
import { startConversation, triageConversation } from '../conversations/start.js';
import { transferConversation } from '../conversations/transfer.js';
import { conversationDetail } from '../conversations/service.js';
import type { DemoConversation, DemoTurn } from './conversations.js';

/**
 * The context as it was at a moment of the demo year: every turn happens at its own time. Without
 * a mailer: the demo's customers are made up, and replaying their stories never mails anyone.
 */
const at = (ctx: AppContext, time: string): AppContext => ({
  ...ctx,
  clock: { now: () => new Date(time) },
  mailer: null,
});

/**
 * Plays the demo conversations through the conversation services, as customers and staff would
 * have: the intent model routes each question (a person triages what it will not route), the owner
 * answers, promises, transfers. A customer's first owner becomes their contact person. Played once:
 * when the first demo conversation is there already, nothing is added.
 */
export async function loadDemoConversations(
  ctx: AppContext,
  conversations: readonly DemoConversation[],
  admin: Actor,
): Promise<number> {
  const first = conversations[0];
  if (!first || (await alreadyPlayed(ctx, first))) return 0;
  for (const demo of conversations) await play(ctx, demo, admin);
  return conversations.length;
}

async function alreadyPlayed(ctx: AppContext, demo: DemoConversation): Promise<boolean> {
  const row = await ctx.database.db
    .selectFrom('conversations')
    .select('id')
    .where('customer_id', '=', demo.customer)
    .where('created_at', '=', new Date(demo.at).toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

async function play(ctx: AppContext, demo: DemoConversation, admin: Actor): Promise<void> {
  let { conversation } = await startConversation(at(ctx, demo.at), SYSTEM_ACTOR, {
    channel: demo.channel,
    customer: demo.customer,
    message: demo.message,
    ...(demo.subject && { subject: demo.subject }),
  });
  if (conversation.route.triage)
    conversation = await triageConversation(at(ctx, demo.at), admin, conversation.id, demo.intent);
  const customerId = conversation.customerId;
  if (customerId && conversation.ownerId && !(await contactPersonOf(ctx.database.db, customerId)))
    await changeCustomer(at(ctx, demo.at), admin, customerId, { contactPersonId: conversation.ownerId });
  for (const turn of demo.turns) conversation = await playTurn(at(ctx, turn.at), conversation, turn, admin);
}

async function playTurn(
  ctx: AppContext,
  conversation: ConversationDetail,
  turn: DemoTurn,
  admin: Actor,
): Promise<ConversationDetail> {
  const { id } = conversation;
  // Staff turns are taken by whoever has the conversation at that moment.
  const owner: Actor = conversation.ownerId
    ? { type: 'user', id: conversation.ownerId, role: 'agent' }
    : admin;
  switch (turn.kind) {
    case 'customer':
      await addCustomerMessage(ctx, id, turn.body, null);
      return conversationDetail(ctx.database.db, id, turn.at);
    case 'reply':
      return addStaffMessage(ctx, owner, id, { kind: 'reply', body: turn.body });
    case 'promise':
      return makePromise(ctx, owner, id, { text: turn.text, dueAt: turn.dueAt });
    case 'settle': {
      const promise = conversation.promises.findLast((p) => p.settledAt === null);
      return promise ? settle(ctx, owner, id, promise.id, turn.status) : conversation;
    }
    case 'transfer':
      await transferConversation(ctx, owner, id, { toTeam: turn.toTeam, note: turn.note });
      return conversationDetail(ctx.database.db, id, turn.at);
    case 'resolve':
      return changeStatus(ctx, owner, id, 'resolved');
  }
}
