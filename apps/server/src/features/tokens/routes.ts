import { ApiToken, ApiTokenCreated, ApiTokenInput, IdParams } from '@klantstem/contracts';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { ADMINS } from '../auth/actor.js';
import { createToken, listTokens, revokeToken } from './service.js';

export function tokenRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/tokens',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['staff'],
        summary: 'API tokens (never their secrets)',
        response: { 200: Type.Object({ items: Type.Array(ApiToken) }) },
      },
    },
    async () => ({ items: await listTokens(ctx.database.db) }),
  );
  app.post(
    '/api/v1/tokens',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['staff'],
        summary: 'Create an API token; the secret is in this response only',
        body: ApiTokenInput,
        response: { 201: ApiTokenCreated },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createToken(ctx, request.actor!, request.body as Static<typeof ApiTokenInput>)),
  );
  app.delete(
    '/api/v1/tokens/:id',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['staff'],
        summary: 'Revoke an API token',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await revokeToken(ctx, request.actor!, (request.params as Static<typeof IdParams>).id);
      return reply.status(204).send();
    },
  );
}
