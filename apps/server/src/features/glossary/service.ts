import type { GlossaryStatus, GlossaryTerm } from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Tables } from '../../db/tables.js';
import { AppError, notFound } from '../../http/errors.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';

/** Terms compare without case or surrounding space: "Wisselwoning " and "wisselwoning" are one term. */
export function normaliseTerm(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLowerCase();
}

export async function listGlossary(db: Kysely<Tables>, termIds?: number[]): Promise<GlossaryTerm[]> {
  let q = db.selectFrom('glossary_terms').selectAll().orderBy('official_term');
  if (termIds) q = q.where('id', 'in', termIds.length ? termIds : [-1]);
  const terms = await q.execute();
  if (terms.length === 0) return [];
  const variants = await db
    .selectFrom('glossary_variants')
    .selectAll()
    .where(
      'term_id',
      'in',
      terms.map((t) => t.id),
    )
    .orderBy('customer_term')
    .execute();
  return terms.map((t) => ({
    id: Number(t.id),
    officialTerm: t.official_term,
    lang: t.lang,
    description: t.description,
    createdAt: t.created_at,
    variants: variants
      .filter((v) => v.term_id === t.id)
      .map((v) => ({
        id: Number(v.id),
        customerTerm: v.customer_term,
        kind: v.kind,
        status: v.status as GlossaryStatus,
        decidedBy: v.decided_by,
        decidedAt: v.decided_at,
      })),
  }));
}

async function getTerm(db: Kysely<Tables>, id: number): Promise<GlossaryTerm> {
  const [term] = await listGlossary(db, [id]);
  if (!term) throw notFound('Glossary term');
  return term;
}

async function findTermId(db: Kysely<Tables>, official: string, lang: string): Promise<number | undefined> {
  const row = await db
    .selectFrom('glossary_terms')
    .select('id')
    .where('official_term', '=', official)
    .where('lang', '=', lang)
    .executeTakeFirst();
  return row && Number(row.id);
}

export async function createTerm(
  ctx: AppContext,
  actor: Actor,
  input: { officialTerm: string; lang?: string; description?: string },
): Promise<GlossaryTerm> {
  const now = ctx.clock.now().toISOString();
  const official = normaliseTerm(input.officialTerm);
  const lang = input.lang ?? 'nl';
  const id = await ctx.database.db.transaction().execute(async (trx) => {
    const existing = await findTermId(trx, official, lang);
    if (existing !== undefined)
      throw new AppError('conflict', `The glossary already has "${official}" (${lang}).`);
    const row = await trx
      .insertInto('glossary_terms')
      .values({ official_term: official, lang, description: input.description ?? null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, now, {
      action: 'glossary.term_created',
      entityType: 'glossary_term',
      entityId: String(row.id),
      details: { officialTerm: official, lang },
    });
    return Number(row.id);
  });
  return getTerm(ctx.database.db, id);
}

export async function addVariant(
  ctx: AppContext,
  actor: Actor,
  termId: number,
  input: { customerTerm: string; kind?: string; status?: GlossaryStatus },
): Promise<GlossaryTerm> {
  const now = ctx.clock.now().toISOString();
  const customerTerm = normaliseTerm(input.customerTerm);
  const status = input.status ?? 'suggested';
  await ctx.database.db.transaction().execute(async (trx) => {
    const term = await getTerm(trx, termId);
    if (term.officialTerm === customerTerm)
      throw new AppError('conflict', 'A customer term must differ from the official term.');
    if (term.variants.some((v) => v.customerTerm === customerTerm)) {
      throw new AppError('conflict', `"${customerTerm}" is already listed for "${term.officialTerm}".`);
    }
    const decided = status === 'suggested' ? null : now;
    const row = await trx
      .insertInto('glossary_variants')
      .values({
        term_id: termId,
        customer_term: customerTerm,
        kind: input.kind ?? 'synonym',
        status,
        source: actor.type,
        created_at: now,
        decided_by: decided && actor.id,
        decided_at: decided,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actor, now, {
      action: 'glossary.variant_added',
      entityType: 'glossary_variant',
      entityId: String(row.id),
      details: { termId, customerTerm, status },
    });
  });
  // Approvals take effect in help-centre search at the next query.
  ctx.helpIndex.synonymsChanged();
  return getTerm(ctx.database.db, termId);
}

export async function decideVariant(
  ctx: AppContext,
  actor: Actor,
  variantId: number,
  status: GlossaryStatus,
): Promise<GlossaryTerm> {
  const now = ctx.clock.now().toISOString();
  const termId = await ctx.database.db.transaction().execute(async (trx) => {
    const variant = await trx
      .selectFrom('glossary_variants')
      .selectAll()
      .where('id', '=', variantId)
      .executeTakeFirst();
    if (!variant) throw notFound('Glossary variant');
    await trx
      .updateTable('glossary_variants')
      .set({ status, decided_by: actor.id, decided_at: now })
      .where('id', '=', variantId)
      .execute();
    await recordAudit(trx, actor, now, {
      action: 'glossary.variant_decided',
      entityType: 'glossary_variant',
      entityId: String(variantId),
      details: { from: variant.status, to: status, customerTerm: variant.customer_term },
    });
    return Number(variant.term_id);
  });
  // Approvals take effect in help-centre search at the next query.
  ctx.helpIndex.synonymsChanged();
  return getTerm(ctx.database.db, termId);
}

/**
 * Records a person's verdict on "customers say X for our Y" (from `vocab approve` or a suggestion):
 * the official term and the customer term are created where missing, in one audited transaction.
 */
export async function decidePair(
  ctx: AppContext,
  actor: Actor,
  input: {
    customerTerm: string;
    officialTerm: string;
    status: Exclude<GlossaryStatus, 'suggested'>;
    kind?: string;
    lang?: string;
  },
): Promise<GlossaryTerm> {
  const now = ctx.clock.now().toISOString();
  const official = normaliseTerm(input.officialTerm);
  const customerTerm = normaliseTerm(input.customerTerm);
  const lang = input.lang ?? 'nl';
  if (!official || !customerTerm) throw new AppError('validation_failed', 'Both terms must hold a word.');
  if (official === customerTerm) {
    throw new AppError('conflict', 'A customer term must differ from the official term.');
  }
  const termId = await ctx.database.db.transaction().execute(async (trx) => {
    const existing = await findTermId(trx, official, lang);
    const id =
      existing ??
      (
        await trx
          .insertInto('glossary_terms')
          .values({ official_term: official, lang, description: null, created_at: now })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const variant = await trx
      .selectFrom('glossary_variants')
      .select(['id', 'status'])
      .where('term_id', '=', id)
      .where('customer_term', '=', customerTerm)
      .executeTakeFirst();
    if (variant) {
      await trx
        .updateTable('glossary_variants')
        .set({ status: input.status, decided_by: actor.id, decided_at: now })
        .where('id', '=', variant.id)
        .execute();
    } else {
      await trx
        .insertInto('glossary_variants')
        .values({
          term_id: id,
          customer_term: customerTerm,
          kind: input.kind ?? 'synonym',
          status: input.status,
          source: actor.type,
          created_at: now,
          decided_by: actor.id,
          decided_at: now,
        })
        .execute();
    }
    await recordAudit(trx, actor, now, {
      action: 'glossary.pair_decided',
      entityType: 'glossary_term',
      entityId: String(id),
      details: {
        customerTerm,
        officialTerm: official,
        lang,
        from: variant?.status ?? null,
        to: input.status,
      },
    });
    return Number(id);
  });
  // Approvals take effect in help-centre search at the next query.
  ctx.helpIndex.synonymsChanged();
  return getTerm(ctx.database.db, termId);
}
