import type { SignalBatchInput, SignalInput } from '@klantstem/contracts';
import {
  IdParams,
  Signal,
  SignalPage,
  SignalPostBody,
  SignalPostResult,
  SignalQuery,
  type SignalQuery as SignalQueryType,
} from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/errors.js';
import { AGENTS, STAFF } from '../auth/actor.js';
import { customerAndMergedIds } from '../customers/repository.js';
import { findSignal, listSignals, withRoutes } from './repository.js';
import { routeQuietly } from './service.js';

export function signalRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/v1/signals',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['signals'],
        summary:
          'Store one signal, or a batch as {"signals":[…]} (at most 1000); sending the same again stores nothing twice',
        body: SignalPostBody,
        response: { 201: SignalPostResult, 200: SignalPostResult },
      },
    },
    async (request, reply) => {
      const body = request.body as Static<typeof SignalInput> | Static<typeof SignalBatchInput>;
      const inputs = 'signals' in body ? body.signals : [body];
      const result = await ctx.signals.write(inputs);
      await routeQuietly(ctx, inputs, result.ids);
      return reply.status(result.created > 0 ? 201 : 200).send(result);
    },
  );

  app.get(
    '/api/v1/signals',
    {
      config: { access: STAFF },
      schema: {
        tags: ['signals'],
        summary: 'Signals, newest first; filter by customer, channel, language and period',
        querystring: SignalQuery,
        response: { 200: SignalPage },
      },
    },
    async (request) => {
      const query = request.query as SignalQueryType;
      const customerIds = query.customer
        ? await customerAndMergedIds(ctx.database.db, query.customer)
        : undefined;
      return listSignals(ctx.database.db, { ...query, ...(customerIds && { customerIds }) });
    },
  );

  app.get(
    '/api/v1/signals/:id',
    {
      config: { access: STAFF },
      schema: { tags: ['signals'], summary: 'One signal', params: IdParams, response: { 200: Signal } },
    },
    async (request) => {
      const { id } = request.params as Static<typeof IdParams>;
      const signal = await findSignal(ctx.database.db, id);
      if (!signal) throw notFound('Signal');
      const [routed] = await withRoutes(ctx.database.db, [signal]);
      return routed;
    },
  );
}
