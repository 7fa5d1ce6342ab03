import { AuditEntry } from '@klantstem/contracts';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { ADMINS } from '../auth/actor.js';
import { listAudit } from './repository.js';

export function auditRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/audit',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['audit'],
        summary: 'The append-only log of who changed what, newest first',
        querystring: Type.Object(
          {
            entityType: Type.Optional(Type.String({ maxLength: 50 })),
            entityId: Type.Optional(Type.String({ maxLength: 200 })),
            before: Type.Optional(Type.Integer({ minimum: 1 })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ items: Type.Array(AuditEntry) }) },
      },
    },
    async (request) => {
      const q = request.query as { entityType?: string; entityId?: string; before?: number; limit: number };
      return { items: await listAudit(ctx.database.db, q) };
    },
  );
}
