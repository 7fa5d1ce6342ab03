import type { ConversationSummary, CustomerPromise, Handoff, Message, Transfer } from '@klantstem/contracts';

/** How many of the customer's first messages a receiver sees before the full history. */
const FIRST_WORDS = 3;

/**
 * What the receiver of a transfer needs before anything else: the note, the customer's own first
 * words (so nobody asks them to repeat their story), the route and what was promised.
 */
export function handoffOf(
  conversation: ConversationSummary,
  transfer: Transfer,
  messages: Message[],
  promises: CustomerPromise[],
): Handoff {
  const customerMessages = messages.filter((m) => m.authorKind === 'customer');
  return {
    transfer,
    customerSaid: customerMessages.slice(0, FIRST_WORDS),
    customerMessages: customerMessages.length,
    route: conversation.route,
    openPromises: promises.filter((p) => p.status === 'open'),
  };
}
