import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import type { Access, Actor } from '../features/auth/actor.js';
import { findSessionActor, findTokenActor, touchToken } from '../features/auth/repository.js';
import { hashToken } from '../platform/secrets.js';
import { AppError } from './errors.js';

export const SESSION_COOKIE = 'ks_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

// Recording every use of a token would add a write to each request; once a minute is enough.
const TOKEN_TOUCH_INTERVAL_MS = 60_000;

/**
 * Identifies the caller (session cookie or bearer token) and enforces each route's declared access.
 * A route under /api/ that declares no access fails at start-up, so none can be left open by mistake.
 */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  const lastTouched = new Map<string, number>();
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && route.url !== '/api/docs' && route.config?.access === undefined) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no access rule`);
    }
  });

  // onRequest runs before body parsing and validation: strangers learn nothing about a route's input.
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') {
      request.actor = await identify(request).catch(() => null);
      return;
    }
    request.actor = await identify(request);
    if (!request.actor) throw new AppError('unauthenticated');
    if (!access.includes(request.actor.role)) throw new AppError('forbidden');
  });

  async function identify(request: FastifyRequest): Promise<Actor | null> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match?.[1])
        throw new AppError('unauthenticated', 'Send the API token as "Authorization: Bearer <token>".');
      const now = ctx.clock.now();
      const hash = hashToken(match[1]);
      const actor = ctx.tokens.get(hash, now.getTime()) ?? (await findTokenActor(ctx.database.db, hash));
      if (!actor) throw new AppError('unauthenticated', 'This API token is unknown or revoked.');
      ctx.tokens.set(hash, actor, now.getTime());
      if (now.getTime() - (lastTouched.get(actor.id!) ?? 0) > TOKEN_TOUCH_INTERVAL_MS) {
        lastTouched.set(actor.id!, now.getTime());
        await touchToken(ctx.database.db, actor.id!, now.toISOString());
      }
      return actor;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return null;
    return (
      (await findSessionActor(ctx.database.db, hashToken(cookie), ctx.clock.now().toISOString())) ?? null
    );
  }
}
