import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { ping } from '../../db/connect.js';
import { AppError } from '../../http/errors.js';

export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/healthz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'The process is alive',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { access: 'public' },
      schema: {
        tags: ['health'],
        summary: 'The database answers and the server takes requests',
        response: { 200: Type.Object({ status: Type.Literal('ready'), database: Type.String() }) },
      },
    },
    async () => {
      try {
        await ping(ctx.database);
      } catch {
        throw new AppError('unavailable', 'The database does not answer.');
      }
      return { status: 'ready' as const, database: ctx.database.dialect };
    },
  );
}
