import type { Customer, CustomerInput, IdentityKind } from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Tables } from '../../db/tables.js';
import { AppError, notFound } from '../../http/errors.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';
import { normaliseIdentity } from './identities.js';
import { findCustomerRow, loadCustomers } from './repository.js';

export async function getCustomer(db: Kysely<Tables>, id: string): Promise<Customer> {
  let row = await findCustomerRow(db, id);
  // An id of a merged-away customer leads to the customer it was merged into.
  for (let hops = 0; row?.merged_into && hops < 20; hops += 1)
    row = await findCustomerRow(db, row.merged_into);
  if (!row) throw notFound('Customer');
  const [customer] = await loadCustomers(db, [row]);
  return customer!;
}

function identitiesOf(input: CustomerInput): { kind: IdentityKind; value: string }[] {
  const out: { kind: IdentityKind; value: string }[] = [];
  if (input.email) out.push({ kind: 'email', value: normaliseIdentity('email', input.email) });
  if (input.phone) out.push({ kind: 'phone', value: normaliseIdentity('phone', input.phone) });
  return out;
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Creates or updates a customer by their own id. An email or phone number that already belongs to
 * another customer is refused: attaching it silently would mix two people's histories.
 */
export async function upsertCustomer(
  trx: Kysely<Tables>,
  input: CustomerInput,
  now: string,
): Promise<UpsertOutcome> {
  const identities = identitiesOf(input);
  for (const identity of identities) {
    const owner = await trx
      .selectFrom('customer_identities')
      .select('customer_id')
      .where('kind', '=', identity.kind)
      .where('value', '=', identity.value)
      .executeTakeFirst();
    if (owner && owner.customer_id !== input.id) {
      throw new AppError(
        'conflict',
        `${identity.kind} ${identity.value} already belongs to customer ${owner.customer_id}`,
      );
    }
  }
  const existing = await findCustomerRow(trx, input.id);
  const meta = JSON.stringify(input.meta ?? {});
  let outcome: UpsertOutcome;
  if (!existing) {
    await trx
      .insertInto('customers')
      .values({
        id: input.id,
        name: input.name ?? null,
        lang: input.lang ?? null,
        contact_person_id: null,
        merged_into: null,
        meta,
        created_at: now,
        updated_at: now,
      })
      .execute();
    outcome = 'created';
  } else {
    const next = {
      name: input.name ?? existing.name,
      lang: input.lang ?? existing.lang,
      meta: input.meta ? meta : existing.meta,
    };
    const changed = next.name !== existing.name || next.lang !== existing.lang || next.meta !== existing.meta;
    if (changed)
      await trx
        .updateTable('customers')
        .set({ ...next, updated_at: now })
        .where('id', '=', input.id)
        .execute();
    outcome = changed ? 'updated' : 'unchanged';
  }
  for (const identity of identities) {
    const added = await trx
      .insertInto('customer_identities')
      .values({ ...identity, customer_id: input.id, created_at: now })
      .onConflict((oc) => oc.columns(['kind', 'value']).doNothing())
      .executeTakeFirst();
    if (Number(added.numInsertedOrUpdatedRows ?? 0) > 0 && outcome === 'unchanged') outcome = 'updated';
  }
  return outcome;
}

export async function addIdentity(
  ctx: AppContext,
  actor: Actor,
  customerId: string,
  identity: { kind: IdentityKind; value: string },
): Promise<Customer> {
  const value = normaliseIdentity(identity.kind, identity.value);
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const customer = await getCustomer(trx, customerId);
    const owner = await trx
      .selectFrom('customer_identities')
      .select('customer_id')
      .where('kind', '=', identity.kind)
      .where('value', '=', value)
      .executeTakeFirst();
    if (owner && owner.customer_id !== customer.id) {
      throw new AppError(
        'conflict',
        `This ${identity.kind} belongs to customer ${owner.customer_id}. Merge the two customers if they are one person.`,
      );
    }
    if (owner) return;
    await trx
      .insertInto('customer_identities')
      .values({ kind: identity.kind, value, customer_id: customer.id, created_at: now })
      .execute();
    await recordAudit(trx, actor, now, {
      action: 'customer.identity_added',
      entityType: 'customer',
      entityId: customer.id,
      details: { kind: identity.kind, value },
    });
  });
  ctx.customers.forget();
  return getCustomer(ctx.database.db, customerId);
}

export async function changeCustomer(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: { name?: string; lang?: string; contactPersonId?: string | null },
): Promise<Customer> {
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const customer = await getCustomer(trx, id);
    if (patch.contactPersonId) {
      const user = await trx
        .selectFrom('users')
        .select('id')
        .where('id', '=', patch.contactPersonId)
        .executeTakeFirst();
      if (!user)
        throw new AppError('validation_failed', undefined, [
          { field: 'contactPersonId', message: 'no staff user has this id' },
        ]);
    }
    await trx
      .updateTable('customers')
      .set({
        ...(patch.name !== undefined && { name: patch.name }),
        ...(patch.lang !== undefined && { lang: patch.lang }),
        ...(patch.contactPersonId !== undefined && { contact_person_id: patch.contactPersonId }),
        updated_at: now,
      })
      .where('id', '=', customer.id)
      .execute();
    await recordAudit(trx, actor, now, {
      action: 'customer.changed',
      entityType: 'customer',
      entityId: customer.id,
      details: patch,
    });
  });
  return getCustomer(ctx.database.db, id);
}

/**
 * Merges customer `fromId` into `intoId`: identities and signals move, the merged customer stays
 * as a record pointing at the survivor (its id keeps working), and the audit log keeps what it was.
 */
export async function mergeCustomers(
  ctx: AppContext,
  actor: Actor,
  intoId: string,
  fromId: string,
): Promise<Customer> {
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const into = await getCustomer(trx, intoId);
    const from = await getCustomer(trx, fromId);
    if (into.id === from.id) throw new AppError('conflict', 'These are already the same customer.');
    const moved = await trx
      .updateTable('signals')
      .set({ customer_id: into.id })
      .where('customer_id', '=', from.id)
      .executeTakeFirst();
    await trx
      .updateTable('conversations')
      .set({ customer_id: into.id })
      .where('customer_id', '=', from.id)
      .execute();
    await trx
      .updateTable('customer_identities')
      .set({ customer_id: into.id })
      .where('customer_id', '=', from.id)
      .execute();
    await trx
      .updateTable('customers')
      .set({ merged_into: into.id, updated_at: now })
      .where('id', '=', from.id)
      .execute();
    const fill = {
      ...(into.name === null && from.name !== null && { name: from.name }),
      ...(into.lang === null && from.lang !== null && { lang: from.lang }),
      ...(into.contactPersonId === null &&
        from.contactPersonId !== null && { contact_person_id: from.contactPersonId }),
    };
    await trx
      .updateTable('customers')
      .set({ ...fill, updated_at: now })
      .where('id', '=', into.id)
      .execute();
    await recordAudit(trx, actor, now, {
      action: 'customer.merged',
      entityType: 'customer',
      entityId: into.id,
      details: { from: from, signalsMoved: Number(moved.numUpdatedRows) },
    });
  });
  ctx.customers.forget();
  return getCustomer(ctx.database.db, intoId);
}
