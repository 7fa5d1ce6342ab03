import {
  ContactPerson,
  ContactPersonInput,
  Customer,
  CustomerInput,
  CustomerPage,
  CustomerPatch,
  CustomerQuery,
  IdParams,
  IdentityInput,
  MergeInput,
} from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { recordAudit } from '../audit/repository.js';
import { AGENTS, STAFF } from '../auth/actor.js';
import { contactPersonOf, loadCustomers, searchCustomers } from './repository.js';
import { addIdentity, changeCustomer, getCustomer, mergeCustomers, upsertCustomer } from './service.js';

type Id = Static<typeof IdParams>;

export function customerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.database.db;
  app.get(
    '/api/v1/customers',
    {
      config: { access: STAFF },
      schema: {
        tags: ['customers'],
        summary: 'Find customers by name, id, email or phone',
        querystring: CustomerQuery,
        response: { 200: CustomerPage },
      },
    },
    async (request) => {
      const { q, limit = 50, cursor } = request.query as Static<typeof CustomerQuery>;
      const rows = await searchCustomers(db, q, limit + 1, cursor);
      const items = await loadCustomers(db, rows.slice(0, limit));
      return rows.length > limit ? { items, nextCursor: items[items.length - 1]!.id } : { items };
    },
  );

  app.post(
    '/api/v1/customers',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['customers'],
        summary: 'Create or update a customer by their own id',
        body: CustomerInput,
        response: { 200: Customer },
      },
    },
    async (request) => {
      const input = request.body as Static<typeof CustomerInput>;
      const now = ctx.clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        const outcome = await upsertCustomer(trx, input, now);
        if (outcome !== 'unchanged') {
          await recordAudit(trx, request.actor!, now, {
            action: `customer.${outcome}`,
            entityType: 'customer',
            entityId: input.id,
          });
        }
      });
      ctx.customers.forget();
      return getCustomer(db, input.id);
    },
  );

  app.get(
    '/api/v1/customers/:id',
    {
      config: { access: STAFF },
      schema: {
        tags: ['customers'],
        summary: 'One customer with identities (a merged-away id leads to the survivor)',
        params: IdParams,
        response: { 200: Customer },
      },
    },
    async (request) => getCustomer(db, (request.params as Id).id),
  );

  app.patch(
    '/api/v1/customers/:id',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['customers'],
        summary: 'Change name, language or contact person',
        params: IdParams,
        body: CustomerPatch,
        response: { 200: Customer },
      },
    },
    async (request) =>
      changeCustomer(
        ctx,
        request.actor!,
        (request.params as Id).id,
        request.body as Static<typeof CustomerPatch>,
      ),
  );

  app.post(
    '/api/v1/customers/:id/identities',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['customers'],
        summary: 'Add an email address, phone number or external id',
        params: IdParams,
        body: IdentityInput,
        response: { 200: Customer },
      },
    },
    async (request) =>
      addIdentity(
        ctx,
        request.actor!,
        (request.params as Id).id,
        request.body as Static<typeof IdentityInput>,
      ),
  );

  app.post(
    '/api/v1/customers/:id/merge',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['customers'],
        summary: 'Merge another customer into this one; nothing is lost and the other id keeps working',
        params: IdParams,
        body: MergeInput,
        response: { 200: Customer },
      },
    },
    async (request) =>
      mergeCustomers(
        ctx,
        request.actor!,
        (request.params as Id).id,
        (request.body as Static<typeof MergeInput>).from,
      ),
  );

  app.get(
    '/api/v1/customers/:id/contact-person',
    {
      config: { access: STAFF },
      schema: {
        tags: ['customers'],
        summary: "The customer's named contact person (null when none is set)",
        params: IdParams,
        response: { 200: ContactPerson },
      },
    },
    async (request) => {
      const customer = await getCustomer(db, (request.params as Id).id);
      return { contactPerson: await contactPersonOf(db, customer.id) };
    },
  );

  app.put(
    '/api/v1/customers/:id/contact-person',
    {
      config: { access: AGENTS },
      schema: {
        tags: ['customers'],
        summary: "Name the staff member who is this customer's contact person (null: nobody)",
        params: IdParams,
        body: ContactPersonInput,
        response: { 200: ContactPerson },
      },
    },
    async (request) => {
      const customer = await changeCustomer(
        ctx,
        request.actor!,
        (request.params as Id).id,
        request.body as Static<typeof ContactPersonInput>,
      );
      return { contactPerson: await contactPersonOf(db, customer.id) };
    },
  );
}
