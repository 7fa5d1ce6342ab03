import type {
  ConversationStatus,
  MentionPage,
  MentionQuery,
  MentionsSeen,
  MentionsSeenInput,
} from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { forbidden, invalid } from '../../http/errors.js';
import type { Actor } from '../auth/actor.js';
import { EXCERPT_SOURCE, listMentions, markMentionsSeen, unreadMentionCount } from './repository.js';
import { tell } from './service.js';

// A note that mentions a colleague waits for them until they have seen it: their list of mentions
// (GET /api/v1/me/mentions), a live event on their own streams only, and marking seen.

const EXCERPT = 200;

/** The start of a note on one line: whitespace folded, cut at a word and marked when cut. */
export function excerpt(text: string, cut = false): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(folded);
  if (chars.length <= EXCERPT) return cut ? `${folded}…` : folded;
  const head = chars.slice(0, EXCERPT - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > EXCERPT / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** Only a signed-in person is mentioned; an API token has nobody's mentions. */
function personOf(actor: Actor): string {
  if (actor.type !== 'user' || !actor.id)
    throw forbidden('Mentions belong to signed-in people, not to API tokens.');
  return actor.id;
}

/** The signed-in person's mentions, newest first (only the unseen ones with `unread`). */
export async function myMentions(ctx: AppContext, actor: Actor, query: MentionQuery): Promise<MentionPage> {
  const userId = personOf(actor);
  const { db } = ctx.database;
  const page = await listMentions(db, {
    userId,
    unread: query.unread === true,
    limit: query.limit ?? 50,
    ...(query.cursor && { cursor: query.cursor }),
  });
  return {
    items: page.items.map((row) => ({
      messageId: row.message_id,
      conversation: {
        id: row.conversation_id,
        subject: row.subject,
        status: row.status as ConversationStatus,
      },
      by: row.author_id ? { id: row.author_id, name: row.author_name ?? row.author_id } : null,
      excerpt: excerpt(row.body_start, Array.from(row.body_start).length >= EXCERPT_SOURCE),
      at: row.created_at,
      seenAt: row.seen_at,
    })),
    ...(page.nextCursor && { nextCursor: page.nextCursor }),
    unread: await unreadMentionCount(db, userId),
  };
}

/** Marks the signed-in person's mentions in one conversation, or all of them, as seen. */
export async function seeMentions(
  ctx: AppContext,
  actor: Actor,
  input: MentionsSeenInput,
): Promise<MentionsSeen> {
  const userId = personOf(actor);
  if ((input.conversationId === undefined) === (input.all === undefined))
    throw invalid('conversationId', 'say which mentions you saw: a conversationId, or all: true');
  const { db } = ctx.database;
  const at = ctx.clock.now().toISOString();
  const marked = await markMentionsSeen(db, userId, input.conversationId, at);
  // The person's other screens drop the count too.
  if (marked > 0)
    await tell(ctx, {
      type: 'mention.seen',
      userId,
      ...(input.conversationId !== undefined && { conversationId: input.conversationId }),
      at,
    });
  return { marked, unread: await unreadMentionCount(db, userId) };
}
