import {
  GlossaryTerm,
  GlossaryTermInput,
  GlossaryVariantInput,
  GlossaryVariantPatch,
} from '@klantstem/contracts';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { ANALYSTS, STAFF } from '../auth/actor.js';
import { addVariant, createTerm, decideVariant, listGlossary } from './service.js';

const NumericId = Type.Object({ id: Type.Integer({ minimum: 1 }) });
type NumericId = Static<typeof NumericId>;

export function glossaryRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/glossary',
    {
      config: { access: STAFF },
      schema: {
        tags: ['language'],
        summary: "Official terms with the customers' words for them and each word's status",
        response: { 200: Type.Object({ items: Type.Array(GlossaryTerm) }) },
      },
    },
    async () => ({ items: await listGlossary(ctx.database.db) }),
  );
  app.post(
    '/api/v1/glossary',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['language'],
        summary: 'Add an official term',
        body: GlossaryTermInput,
        response: { 201: GlossaryTerm },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createTerm(ctx, request.actor!, request.body as Static<typeof GlossaryTermInput>)),
  );
  app.post(
    '/api/v1/glossary/:id/variants',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['language'],
        summary: 'Add a customer term for an official term',
        params: NumericId,
        body: GlossaryVariantInput,
        response: { 200: GlossaryTerm },
      },
    },
    async (request) =>
      addVariant(
        ctx,
        request.actor!,
        (request.params as NumericId).id,
        request.body as Static<typeof GlossaryVariantInput>,
      ),
  );
  app.patch(
    '/api/v1/glossary/variants/:id',
    {
      config: { access: ANALYSTS },
      schema: {
        tags: ['language'],
        summary: 'Approve or reject a customer term',
        params: NumericId,
        body: GlossaryVariantPatch,
        response: { 200: GlossaryTerm },
      },
    },
    async (request) =>
      decideVariant(
        ctx,
        request.actor!,
        (request.params as NumericId).id,
        (request.body as Static<typeof GlossaryVariantPatch>).status,
      ),
  );
}
