import { SignInInput, User } from '@klantstem/contracts';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { SESSION_COOKIE } from '../../http/auth.js';
import { AppError } from '../../http/errors.js';
import { STAFF } from './actor.js';
import { getUser } from '../users/service.js';
import { signIn, signOut } from './service.js';

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/v1/auth/signin',
    {
      config: {
        access: 'public',
        rateLimit: { max: ctx.config.signInAttemptsPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: SignInInput,
        response: { 200: User },
      },
    },
    async (request, reply) => {
      const body = request.body as Static<typeof SignInInput>;
      const session = await signIn(ctx, body.email, body.password);
      void reply.setCookie(SESSION_COOKIE, session.secret, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.config.cookieSecure,
        expires: session.expiresAt,
      });
      request.log.info({ userId: session.userId }, 'signed in');
      return getUser(ctx, session.userId);
    },
  );

  app.post(
    '/api/v1/auth/signout',
    {
      config: { access: 'public' },
      schema: { tags: ['auth'], summary: 'End the current session', response: { 204: Type.Null() } },
    },
    async (request, reply) => {
      const secret = request.cookies[SESSION_COOKIE];
      if (secret) await signOut(ctx, secret);
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      config: { access: STAFF },
      schema: { tags: ['auth'], summary: 'The signed-in person', response: { 200: User } },
    },
    async (request) => {
      const actor = request.actor!;
      if (actor.type !== 'user' || !actor.id)
        throw new AppError('forbidden', 'This is for signed-in people, not API tokens.');
      return getUser(ctx, actor.id);
    },
  );
}
