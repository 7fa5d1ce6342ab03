import type { TimelineItem } from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';
import { decodeCursor, encodeCursor } from '../../lib/cursor.js';
import { customerAndMergedIds } from '../customers/repository.js';
import { getCustomer } from '../customers/service.js';
import { toSignal } from '../signals/repository.js';
import { conversationsOfCustomers, signalsOutsideConversations, toSummary } from './repository.js';

const keyOf = (item: TimelineItem) => ({
  at: item.at,
  id: item.kind === 'conversation' ? item.conversation.id : item.signal.id,
});

/**
 * One timeline per customer (and everyone merged into them): conversations by their start and
 * the signals outside any conversation (searches, forms, survey answers…), newest first. Both
 * sources are read past the same keyset position and merged, so a page costs two index walks.
 */
export async function customerTimeline(
  db: Kysely<Tables>,
  customerId: string,
  page: { limit?: number; cursor?: string },
): Promise<{ items: TimelineItem[]; nextCursor?: string }> {
  const customer = await getCustomer(db, customerId);
  const ids = await customerAndMergedIds(db, customer.id);
  const limit = page.limit ?? 50;
  const after = page.cursor ? decodeCursor(page.cursor) : undefined;
  const conversations = await conversationsOfCustomers(db, ids, after, limit + 1);
  const signals = await signalsOutsideConversations(db, ids, after, limit + 1);
  const merged: TimelineItem[] = [
    ...conversations.map((c) => ({
      kind: 'conversation' as const,
      at: c.created_at,
      conversation: toSummary(c),
    })),
    ...signals.map((s) => ({ kind: 'signal' as const, at: s.at, signal: toSignal(s) })),
  ];
  merged.sort((a, b) => {
    const ka = keyOf(a);
    const kb = keyOf(b);
    return ka.at === kb.at ? (ka.id < kb.id ? 1 : -1) : ka.at < kb.at ? 1 : -1;
  });
  const items = merged.slice(0, limit);
  const last = merged.length > limit ? items[items.length - 1] : undefined;
  return last ? { items, nextCursor: encodeCursor(keyOf(last)) } : { items };
}
