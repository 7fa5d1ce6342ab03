import { SetupInput, SetupStatus, User } from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { completeSetup, setupNeeded } from './service.js';

export function setupRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/setup',
    {
      config: { access: 'public' },
      schema: {
        tags: ['setup'],
        summary: 'Whether the first administrator still has to be created',
        response: { 200: SetupStatus },
      },
    },
    async () => ({ needed: await setupNeeded(ctx) }),
  );

  app.post(
    '/api/v1/setup',
    {
      config: {
        access: 'public',
        rateLimit: { max: ctx.config.signInAttemptsPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['setup'],
        summary: 'Create the first administrator with the one-time token from the server log',
        body: SetupInput,
        response: { 201: User },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await completeSetup(ctx, request.body as Static<typeof SetupInput>)),
  );
}
