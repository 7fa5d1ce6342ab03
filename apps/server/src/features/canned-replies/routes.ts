import { CannedReply, CannedReplyInput, CannedReplyQuery, IdParams } from '@klantstem/contracts';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { AGENTS, STAFF } from '../auth/actor.js';
import { listCannedReplies } from './repository.js';
import { removeCannedReply, saveCannedReply } from './service.js';

type Id = Static<typeof IdParams>;

export function cannedReplyRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/canned-replies',
    {
      config: { access: STAFF },
      schema: {
        tags: ['conversations'],
        summary: 'Canned replies by team and title; filter by team',
        querystring: CannedReplyQuery,
        response: { 200: Type.Object({ items: Type.Array(CannedReply) }) },
      },
    },
    async (request) => ({
      items: await listCannedReplies(
        ctx.database.db,
        (request.query as Static<typeof CannedReplyQuery>).team,
      ),
    }),
  );

  app.post(
    '/api/v1/canned-replies',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['conversations'],
        summary: 'Add a canned reply for a team',
        body: CannedReplyInput,
        response: { 201: CannedReply },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await saveCannedReply(ctx, request.actor!, request.body as CannedReplyInput)),
  );

  app.put(
    '/api/v1/canned-replies/:id',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['conversations'],
        summary: 'Replace a canned reply',
        params: IdParams,
        body: CannedReplyInput,
        response: { 200: CannedReply },
      },
    },
    async (request) =>
      saveCannedReply(ctx, request.actor!, request.body as CannedReplyInput, (request.params as Id).id),
  );

  app.delete(
    '/api/v1/canned-replies/:id',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['conversations'],
        summary: 'Delete a canned reply',
        params: IdParams,
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      await removeCannedReply(ctx, request.actor!, (request.params as Id).id);
      return reply.status(204).send();
    },
  );
}
