import type { Customer, Identity, IdentityKind } from '@klantstem/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { CustomersTable, Tables } from '../../db/tables.js';
import { parseJsonObject } from '../../lib/json.js';

export async function findCustomerRow(db: Kysely<Tables>, id: string) {
  return db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A customer and every customer merged into it (directly or through earlier merges). */
export async function customerAndMergedIds(db: Kysely<Tables>, id: string): Promise<string[]> {
  const ids = [id];
  for (let i = 0; i < ids.length && ids.length < 10_000; i += 1) {
    const rows = await db.selectFrom('customers').select('id').where('merged_into', '=', ids[i]!).execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

export async function loadCustomers(
  db: Kysely<Tables>,
  rows: Selectable<CustomersTable>[],
): Promise<Customer[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const identities = await db
    .selectFrom('customer_identities')
    .select(['customer_id', 'kind', 'value'])
    .where('customer_id', 'in', ids)
    .orderBy('kind')
    .orderBy('value')
    .execute();
  const merged = await db
    .selectFrom('customers')
    .select(['id', 'merged_into'])
    .where('merged_into', 'in', ids)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    lang: row.lang,
    contactPersonId: row.contact_person_id,
    identities: identities
      .filter((i) => i.customer_id === row.id)
      .map((i): Identity => ({ kind: i.kind as IdentityKind, value: i.value })),
    mergedIds: merged.filter((m) => m.merged_into === row.id).map((m) => m.id),
    meta: parseJsonObject(row.meta),
    createdAt: row.created_at,
  }));
}

/** Customers whose name, id or identity matches; merged-away customers are not listed. */
export async function searchCustomers(
  db: Kysely<Tables>,
  q: string | undefined,
  limit: number,
  after: string | undefined,
): Promise<Selectable<CustomersTable>[]> {
  let query = db.selectFrom('customers').selectAll().where('merged_into', 'is', null);
  if (q?.trim()) {
    const term = q.trim().toLowerCase();
    const like = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('id', '=', q.trim()),
        eb(eb.fn('lower', ['name']), 'like', like),
        eb(
          'id',
          'in',
          eb.selectFrom('customer_identities').select('customer_id').where('value', 'like', like),
        ),
      ]),
    );
  }
  if (after) query = query.where('id', '>', after);
  return query.orderBy('id').limit(limit).execute();
}

/** The customer's named contact person: the one member of staff who knows their case. */
export async function contactPersonOf(
  db: Kysely<Tables>,
  customerId: string,
): Promise<{ id: string; name: string } | null> {
  const row = await db
    .selectFrom('customers')
    .innerJoin('users', 'users.id', 'customers.contact_person_id')
    .select(['users.id', 'users.name'])
    .where('customers.id', '=', customerId)
    .executeTakeFirst();
  return row ?? null;
}
