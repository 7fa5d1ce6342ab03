import {
  IdParams,
  isMentionEvent,
  type CustomerConversationEvent,
  type LiveEvent,
} from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { AppContext } from '../../context.js';
import { STAFF, type Actor } from '../auth/actor.js';
import { customerAccess, customerOnlyHook } from './customer-access.js';

/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;
/** How soon a browser's EventSource tries again after the stream broke. */
const RETRY_MS = 3000;

/**
 * What a staff member's stream carries: every conversation started or changed and every message,
 * and only their own mentions (an API token has none).
 */
export function forStaff(actor: Actor): (event: LiveEvent) => LiveEvent | undefined {
  return (event) =>
    !isMentionEvent(event) || (actor.type === 'user' && event.userId === actor.id) ? event : undefined;
}

/** What a customer's stream carries: what happens in their own conversation and is meant for them. */
export function forCustomer(conversationId: string) {
  return (event: LiveEvent): CustomerConversationEvent | undefined =>
    !isMentionEvent(event) && event.conversationId === conversationId && !event.internal
      ? {
          type: event.type,
          conversationId: event.conversationId,
          status: event.status,
          ...(event.messageId && { messageId: event.messageId }),
          at: event.at,
        }
      : undefined;
}

/**
 * Live conversation events as server-sent events: to staff every conversation started or changed,
 * every message, and their own mentions; to a customer (with their conversation's token) only what happens in their
 * own conversation and is meant for them. Events come from any process on the same PostgreSQL.
 * A screen that reconnects reloads what it shows.
 */
export function conversationEventRoutes(app: FastifyInstance, ctx: AppContext): void {
  const streams = new Set<ServerResponse>();
  // Open streams never end by themselves: end them first, or closing would wait for them forever.
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
    await ctx.events.close();
  });

  /** Streams the events `pick` lets through, in the form it gives them. */
  async function stream(
    reply: FastifyReply,
    pick: (event: LiveEvent) => LiveEvent | CustomerConversationEvent | undefined,
  ): Promise<void> {
    const raw = reply.raw;
    const unsubscribe = await ctx.events.subscribe((event) => {
      const shown = pick(event);
      if (shown) raw.write(`event: ${shown.type}\ndata: ${JSON.stringify(shown)}\n\n`);
    });
    reply.hijack();
    // A hijacked reply does not send the headers set on it so far (CORS for the widget): copy them.
    for (const [name, value] of Object.entries(reply.getHeaders())) {
      if (value !== undefined) raw.setHeader(name, value);
    }
    raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write(`retry: ${RETRY_MS}\n: listening\n\n`);
    streams.add(raw);
    const heartbeat = setInterval(() => raw.write(': still here\n\n'), HEARTBEAT_MS);
    raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(raw);
    });
  }

  app.get(
    '/api/v1/conversations/events',
    {
      config: { access: STAFF },
      schema: {
        tags: ['conversations'],
        summary:
          'Live events (text/event-stream): conversation.started, conversation.changed, message.added, and the signed-in person’s own mention.added and mention.seen',
      },
    },
    (request, reply) => stream(reply, forStaff(request.actor!)),
  );

  app.get(
    '/api/v1/customer/conversations/:id/events',
    {
      config: customerAccess(ctx.config),
      preValidation: customerOnlyHook(ctx.database.db),
      schema: {
        tags: ['customer'],
        summary:
          'Live events of the customer’s own conversation (text/event-stream; token in X-Conversation-Token)',
        security: [],
        params: IdParams,
      },
    },
    (request, reply) => {
      const { id } = request.params as Static<typeof IdParams>;
      return stream(reply, forCustomer(id));
    },
  );
}
