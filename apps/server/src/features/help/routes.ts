import {
  HelpArticlePage,
  HelpClickInput,
  HelpClickResult,
  HelpFeedbackInput,
  HelpFeedbackResult,
  HelpSearchInput,
  HelpSearchResult,
  IdParams,
} from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { recordFeedback } from './feedback.js';
import { helpArticle, recordClick, searchHelp } from './service.js';

export function helpRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Per visitor address: enough to search as you type, too little to scrape or flood the search log.
  const publicAccess = {
    access: 'public',
    rateLimit: { max: ctx.config.helpRequestsPerMinute, timeWindow: '1 minute' },
  } as const;

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

  app.post(
    '/api/v1/help/feedback',
    {
      config: publicAccess,
      schema: {
        tags: ['help centre'],
        summary:
          '"Did this help?" under an article; stored as a survey signal with the article and the search',
        security: [],
        body: HelpFeedbackInput,
        response: { 201: HelpFeedbackResult },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordFeedback(ctx, request.body as HelpFeedbackInput)),
  );
}
