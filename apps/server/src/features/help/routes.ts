import {
  HelpArticlePage,
  HelpClickInput,
  HelpClickResult,
  HelpSearchInput,
  HelpSearchResult,
  IdParams,
} from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { helpArticle, recordClick, searchHelp } from './service.js';

/** Per visitor address: enough to search as you type, too little to scrape or flood the search log. */
export const HELP_REQUESTS_PER_MINUTE = 120;

const publicAccess = {
  access: 'public',
  rateLimit: { max: HELP_REQUESTS_PER_MINUTE, timeWindow: '1 minute' },
} as const;

export function helpRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/v1/help/search',
    {
      config: publicAccess,
      schema: {
        tags: ['help centre'],
        summary: 'Search the help centre in your own words; every search is logged with its session',
        security: [],
        body: HelpSearchInput,
        response: { 200: HelpSearchResult },
      },
    },
    async (request) => searchHelp(ctx, request.body as HelpSearchInput, 'help'),
  );

  app.post(
    '/api/v1/help/click',
    {
      config: publicAccess,
      schema: {
        tags: ['help centre'],
        summary: 'Record that an article was opened from a search (by searchId, or by query and session)',
        security: [],
        body: HelpClickInput,
        response: { 201: HelpClickResult },
      },
    },
    async (request, reply) => reply.status(201).send(await recordClick(ctx, request.body as HelpClickInput)),
  );

  app.get(
    '/api/v1/help/articles/:id',
    {
      config: publicAccess,
      schema: {
        tags: ['help centre'],
        summary: 'A public article, with the customers\' words for it ("Ook bekend als / Also known as")',
        security: [],
        params: IdParams,
        response: { 200: HelpArticlePage },
      },
    },
    async (request) => helpArticle(ctx, (request.params as Static<typeof IdParams>).id),
  );
}
