import type { CustomerConversationView } from '@klantstem/contracts';

export type ChatMessage = CustomerConversationView['messages'][number];

/**
 * The messages shown plus those just loaded, each id once (the newer copy wins), oldest first.
 * Answers can arrive out of order (a reload after a reconnect, the reply to a send), so the widget
 * merges rather than replaces: nothing shown disappears and nothing shows twice.
 */
export function mergeMessages(shown: readonly ChatMessage[], loaded: readonly ChatMessage[]): ChatMessage[] {
  const byId = new Map(shown.map((m) => [m.id, m]));
  for (const m of loaded) byId.set(m.id, m);
  // Stable sort: messages with the same time keep the order the server gave them.
  return [...byId.values()].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
}
