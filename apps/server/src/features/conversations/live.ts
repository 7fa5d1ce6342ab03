import type { ConversationEvent } from '@klantstem/contracts';
import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import type { AppContext } from '../../context.js';
import { STAFF } from '../auth/actor.js';

/** A comment line now and then keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 25_000;
/** How soon a browser's EventSource tries again after the stream broke. */
const RETRY_MS = 3000;

function send(stream: ServerResponse, event: ConversationEvent): void {
  stream.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
}

/**
 * The staff inbox's live feed as server-sent events: every conversation started or changed and
 * every message, from any process on the same PostgreSQL. A screen that reconnects reloads its list.
 */
export function conversationEventRoutes(app: FastifyInstance, ctx: AppContext): void {
  const streams = new Set<ServerResponse>();
  // Open streams never end by themselves: end them first, or closing would wait for them forever.
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
    await ctx.events.close();
  });

  app.get(
    '/api/v1/conversations/events',
    {
      config: { access: STAFF },
      schema: {
        tags: ['conversations'],
        summary:
          'Live conversation events (text/event-stream): conversation.started, conversation.changed, message.added',
      },
    },
    async (_request, reply) => {
      const stream = reply.raw;
      const unsubscribe = await ctx.events.subscribe((event) => send(stream, event));
      reply.hijack();
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      stream.write(`retry: ${RETRY_MS}\n: listening\n\n`);
      streams.add(stream);
      const heartbeat = setInterval(() => stream.write(': still here\n\n'), HEARTBEAT_MS);
      stream.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(stream);
      });
    },
  );
}
