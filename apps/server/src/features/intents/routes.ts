import {
  IdParams,
  IntentModelInfo,
  IntentPredictInput,
  IntentRoute,
  IntentTrainInput,
  IntentTrainingJob,
  TriageDecision,
  TriagePage,
} from '@klantstem/contracts';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/errors.js';
import { AGENTS, ANALYSTS, STAFF } from '../auth/actor.js';
import { listModels } from './repository.js';
import { activeModelInfo, decideTriage, listTriage, predictIntent, rollbackModel } from './service.js';

const TriageQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })) },
  { additionalProperties: false },
);

export function intentRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/v1/intents/predict',
    {
      config: { access: STAFF },
      schema: {
        tags: ['intents'],
        summary: "Where a question in the customer's own words should go: intent, team, confidence, top 3",
        body: IntentPredictInput,
        response: { 200: IntentRoute },
      },
    },
    async (request) => predictIntent(ctx, (request.body as Static<typeof IntentPredictInput>).text),
  );

  app.get(
    '/api/v1/intents/model',
    {
      config: { access: STAFF },
      schema: {
        tags: ['intents'],
        summary: 'The active model and its report on validation data (accuracy, per intent, confusions)',
        response: { 200: IntentModelInfo },
      },
    },
    async () => activeModelInfo(ctx),
  );

  app.get(
    '/api/v1/intents/models',
    {
      config: { access: STAFF },
      schema: {
        tags: ['intents'],
        summary: 'Every model trained, newest first, with its status (active, previous, retired)',
        response: { 200: Type.Object({ items: Type.Array(IntentModelInfo) }) },
      },
    },
    async () => ({ items: await listModels(ctx.database.db) }),
  );

  app.post(
    '/api/v1/intents/train',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['intents'],
        summary:
          'Retrain from the labelled and triaged questions; routing goes on with the current model meanwhile',
        body: IntentTrainInput,
        response: { 202: IntentTrainingJob },
      },
    },
    async (request, reply) => {
      const body = request.body as Static<typeof IntentTrainInput>;
      return reply.status(202).send(
        ctx.trainingJobs.start(ctx, request.actor!, {
          ...(body.targetPrecision !== undefined && { targetPrecision: body.targetPrecision }),
        }),
      );
    },
  );

  app.get(
    '/api/v1/intents/train/:id',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['intents'],
        summary: 'A training job',
        params: IdParams,
        response: { 200: IntentTrainingJob },
      },
    },
    (request) => {
      const job = ctx.trainingJobs.get((request.params as Static<typeof IdParams>).id);
      if (!job) throw notFound('Training job');
      return job;
    },
  );

  app.post(
    '/api/v1/intents/rollback',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['intents'],
        summary: 'Route with the model before the active one again',
        response: { 200: IntentModelInfo },
      },
    },
    async (request) => rollbackModel(ctx, request.actor!),
  );

  app.get(
    '/api/v1/intents/triage',
    {
      config: { access: STAFF },
      schema: {
        tags: ['intents'],
        summary: 'Questions the model was not sure about, oldest first, with its top candidates',
        querystring: TriageQuery,
        response: { 200: TriagePage },
      },
    },
    async (request) => listTriage(ctx, (request.query as Static<typeof TriageQuery>).limit ?? 50),
  );

  app.post(
    '/api/v1/intents/triage/:id',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['intents'],
        summary: 'Pick the intent of a question in triage; it goes to that team and teaches the next model',
        params: IdParams,
        body: TriageDecision,
        response: { 200: IntentRoute },
      },
    },
    async (request) =>
      decideTriage(
        ctx,
        request.actor!,
        (request.params as Static<typeof IdParams>).id,
        (request.body as Static<typeof TriageDecision>).intent,
      ),
  );
}
