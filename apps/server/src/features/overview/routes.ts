import { Overview, OverviewQuery } from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { STAFF } from '../auth/actor.js';
import { overview } from './service.js';

export function overviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/overview',
    {
      config: { access: STAFF },
      schema: {
        tags: ['insight'],
        summary: 'Volumes per channel and week, top intents and the newest signals, up to the newest signal',
        querystring: OverviewQuery,
        response: { 200: Overview },
      },
    },
    async (request) => overview(ctx, (request.query as Static<typeof OverviewQuery>).weeks ?? 12),
  );
}
