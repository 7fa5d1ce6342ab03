import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';
import { sha256 } from '../../platform/secrets.js';
import { chunks } from '../../lib/chunks.js';
import { classifyReference } from './identities.js';

const CACHE_LIMIT = 50_000;

/**
 * Finds the one customer behind a reference (their id, an email address or a phone number),
 * creating the customer when nobody has it yet, and following merges to the surviving customer.
 * Work is done per batch with set-based queries; a small cache serves repeated references.
 */
export class CustomerResolver {
  private readonly cache = new Map<string, string>();

  /** Resolves all references within the caller's transaction; call `commit` after it commits. */
  async resolve(trx: Kysely<Tables>, references: Iterable<string>, now: string): Promise<ResolvedBatch> {
    const result = new Map<string, string>();
    const missing = new Map<string, { kind: string; value: string }>();
    for (const ref of references) {
      const cached = this.cache.get(ref);
      if (cached) result.set(ref, cached);
      else if (!missing.has(ref)) missing.set(ref, classifyReference(ref));
    }
    if (missing.size === 0) return new ResolvedBatch(result, new Map(), this);

    const externalIds = [...missing.values()].filter((r) => r.kind === 'external').map((r) => r.value);
    const byId = new Map<string, string>();
    for (const ids of chunks(externalIds, 500)) {
      const rows = await trx
        .selectFrom('customers')
        .select(['id', 'merged_into'])
        .where('id', 'in', ids)
        .execute();
      for (const row of rows) byId.set(row.id, row.merged_into ?? row.id);
    }
    // One IN-list per kind keeps each lookup on the (kind, value) primary key.
    const byIdentity = new Map<string, string>();
    for (const kind of ['email', 'phone', 'external']) {
      const values = [...missing.values()].filter((r) => r.kind === kind).map((r) => r.value);
      for (const group of chunks(values, 500)) {
        const rows = await trx
          .selectFrom('customer_identities')
          .select(['kind', 'value', 'customer_id'])
          .where('kind', '=', kind)
          .where('value', 'in', group)
          .execute();
        for (const row of rows) byIdentity.set(`${row.kind}\u0000${row.value}`, row.customer_id);
      }
    }

    const learned = new Map<string, string>();
    const toCreate: { id: string; kind: string; value: string }[] = [];
    for (const [ref, identity] of missing) {
      const found =
        (identity.kind === 'external' ? byId.get(identity.value) : undefined) ??
        byIdentity.get(`${identity.kind}\u0000${identity.value}`);
      if (found) {
        result.set(ref, await this.survivor(trx, found));
        learned.set(ref, result.get(ref)!);
        continue;
      }
      const id =
        identity.kind === 'external'
          ? identity.value
          : `c_${sha256(`${identity.kind}:${identity.value}`).slice(0, 20)}`;
      toCreate.push({ id, ...identity });
      result.set(ref, id);
      learned.set(ref, id);
    }
    await createCustomers(trx, toCreate, now);
    return new ResolvedBatch(result, learned, this);
  }

  /** Follows merged_into links (a merge may have happened after an identity was recorded). */
  private async survivor(trx: Kysely<Tables>, id: string): Promise<string> {
    let current = id;
    for (let hops = 0; hops < 20; hops += 1) {
      const row = await trx
        .selectFrom('customers')
        .select('merged_into')
        .where('id', '=', current)
        .executeTakeFirst();
      if (!row?.merged_into) return current;
      current = row.merged_into;
    }
    return current;
  }

  remember(entries: Map<string, string>): void {
    if (this.cache.size + entries.size > CACHE_LIMIT) this.cache.clear();
    for (const [ref, id] of entries) this.cache.set(ref, id);
  }

  /** Merges change who a reference points to; drop what we knew. */
  forget(): void {
    this.cache.clear();
  }
}

/** The answer for one batch; its new knowledge enters the cache only once the transaction commits. */
export class ResolvedBatch {
  constructor(
    private readonly ids: Map<string, string>,
    private readonly learned: Map<string, string>,
    private readonly resolver: CustomerResolver,
  ) {}

  get(reference: string): string {
    const id = this.ids.get(reference);
    if (id === undefined) throw new Error(`reference ${reference} was not resolved`);
    return id;
  }

  commit(): void {
    this.resolver.remember(this.learned);
  }
}

async function createCustomers(
  trx: Kysely<Tables>,
  rows: { id: string; kind: string; value: string }[],
  now: string,
): Promise<void> {
  for (const group of chunks(rows, 200)) {
    await trx
      .insertInto('customers')
      .values(
        group.map((r) => ({
          id: r.id,
          name: null,
          lang: null,
          contact_person_id: null,
          merged_into: null,
          meta: '{}',
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    const identities = group.filter((r) => r.kind !== 'external');
    if (identities.length > 0) {
      await trx
        .insertInto('customer_identities')
        .values(identities.map((r) => ({ kind: r.kind, value: r.value, customer_id: r.id, created_at: now })))
        .onConflict((oc) => oc.columns(['kind', 'value']).doNothing())
        .execute();
    }
  }
}
