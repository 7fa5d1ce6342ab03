import {
  GlossaryTerm,
  JargonCheckInput,
  JargonCheckResult,
  PairDecisionInput,
  VocabGaps,
  VocabListQuery,
  VocabSuggestions,
} from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { ANALYSTS, STAFF } from '../auth/actor.js';
import { decidePair } from '../glossary/service.js';
import { jargonCheck, vocabGaps, vocabSuggestions } from './service.js';

type ListQuery = Static<typeof VocabListQuery>;

export function vocabRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/vocab/suggestions',
    {
      config: { access: STAFF },
      schema: {
        tags: ['language'],
        summary: "Customers' words for the organisation's terms, found in searches and texts, best first",
        querystring: VocabListQuery,
        response: { 200: VocabSuggestions },
      },
    },
    async (request) => vocabSuggestions(ctx, (request.query as ListQuery).limit ?? 50),
  );

  app.get(
    '/api/v1/vocab/gaps',
    {
      config: { access: STAFF },
      schema: {
        tags: ['language'],
        summary: 'Customer terms that find nothing or get no click, and official terms customers never use',
        querystring: VocabListQuery,
        response: { 200: VocabGaps },
      },
    },
    async (request) => vocabGaps(ctx, (request.query as ListQuery).limit ?? 50),
  );

  app.post(
    '/api/v1/vocab/check',
    {
      config: { access: STAFF },
      schema: {
        tags: ['language'],
        summary: 'Jargon check: the words of a draft customers rarely use, with their own words for them',
        body: JargonCheckInput,
        response: { 200: JargonCheckResult },
      },
    },
    async (request) => jargonCheck(ctx, (request.body as Static<typeof JargonCheckInput>).text),
  );

  for (const [verb, status] of [
    ['approve', 'approved'],
    ['reject', 'rejected'],
  ] as const) {
    app.post(
      `/api/v1/vocab/${verb}`,
      {
        config: { access: ANALYSTS },
        schema: {
          tags: ['language'],
          summary:
            verb === 'approve'
              ? 'Customers say customerTerm for officialTerm: search finds one by the other from now on'
              : 'The pair is not a synonym: it is not suggested again',
          body: PairDecisionInput,
          response: { 200: GlossaryTerm },
        },
      },
      async (request) => decidePair(ctx, request.actor!, { ...(request.body as PairDecisionInput), status }),
    );
  }
}
