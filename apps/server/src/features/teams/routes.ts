import { Team, TeamInput } from '@klantstem/contracts';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { ADMINS, STAFF } from '../auth/actor.js';
import { listTeams, saveTeam } from './service.js';

export function teamRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/teams',
    {
      config: { access: STAFF },
      schema: {
        tags: ['staff'],
        summary: 'Teams with members and the intents they resolve',
        response: { 200: Type.Object({ items: Type.Array(Team) }) },
      },
    },
    async () => ({ items: await listTeams(ctx.database.db) }),
  );
  app.post(
    '/api/v1/teams',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['staff'],
        summary: 'Create or replace a team',
        body: TeamInput,
        response: { 200: Team },
      },
    },
    async (request) => saveTeam(ctx, request.actor!, request.body as Static<typeof TeamInput>),
  );
}
