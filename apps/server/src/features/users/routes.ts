import { IdParams, StaffRef, User, UserInput, UserPatch } from '@klantstem/contracts';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { ADMINS, STAFF } from '../auth/actor.js';
import { listUsers } from './repository.js';
import { changeUser, createUser } from './service.js';

export function userRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/v1/users',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['staff'],
        summary: 'Staff users',
        response: { 200: Type.Object({ items: Type.Array(User) }) },
      },
    },
    async () => ({ items: await listUsers(ctx.database.db) }),
  );

  app.get(
    '/api/v1/staff',
    {
      config: { access: STAFF },
      schema: {
        tags: ['staff'],
        summary: 'Who works here, by name: for owners, mentions, transfers and contact persons',
        response: { 200: Type.Object({ items: Type.Array(StaffRef) }) },
      },
    },
    async () => ({
      items: (await listUsers(ctx.database.db))
        .filter((user) => !user.disabled)
        .map((user) => ({ id: user.id, name: user.name })),
    }),
  );

  app.post(
    '/api/v1/users',
    {
      config: { access: ADMINS },
      schema: { tags: ['staff'], summary: 'Create a staff user', body: UserInput, response: { 201: User } },
    },
    async (request, reply) =>
      reply.status(201).send(await createUser(ctx, request.actor!, request.body as Static<typeof UserInput>)),
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { access: ADMINS },
      schema: {
        tags: ['staff'],
        summary: 'Change name, role, password, or disable a user',
        params: IdParams,
        body: UserPatch,
        response: { 200: User },
      },
    },
    async (request) =>
      changeUser(
        ctx,
        request.actor!,
        (request.params as Static<typeof IdParams>).id,
        request.body as Static<typeof UserPatch>,
      ),
  );
}
