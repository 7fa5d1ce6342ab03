import type { HelpArticle, SynonymPair } from '@klantstem/core';
import type { Kysely, Selectable } from 'kysely';
import type { ArticlesTable, SearchEventsTable, Tables } from '../../db/tables.js';
import { chunks } from '../../lib/chunks.js';
import { parseJsonStrings } from '../../lib/json.js';

/** What changed since the index was built shows in these: counts catch deletions, times catch edits. */
export interface IndexStamp {
  articles: number;
  articlesUpdatedAt: string | null;
  approvedPairs: number;
  pairsDecidedAt: string | null;
}

const PAGE = 1000;

export async function indexStamp(db: Kysely<Tables>): Promise<IndexStamp> {
  const articles = await db
    .selectFrom('articles')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('updated_at').as('latest')])
    .executeTakeFirstOrThrow();
  const pairs = await db
    .selectFrom('glossary_variants')
    .select((eb) => [
      eb.fn
        .sum<number | string | null>(eb.case().when('status', '=', 'approved').then(1).else(0).end())
        .as('n'),
      eb.fn.max('decided_at').as('latest'),
    ])
    .executeTakeFirstOrThrow();
  return {
    articles: Number(articles.n),
    articlesUpdatedAt: articles.latest,
    approvedPairs: Number(pairs.n ?? 0),
    pairsDecidedAt: pairs.latest,
  };
}

function toHelpArticle(
  row: Pick<Selectable<ArticlesTable>, 'id' | 'title' | 'body' | 'lang' | 'tags'>,
): HelpArticle {
  return { id: row.id, title: row.title, body: row.body, lang: row.lang, tags: parseJsonStrings(row.tags) };
}

/** Every article, or those changed since a time, read a page at a time. */
export async function articlesForIndex(db: Kysely<Tables>, updatedSince?: string): Promise<HelpArticle[]> {
  const out: HelpArticle[] = [];
  let after = '';
  for (;;) {
    let q = db
      .selectFrom('articles')
      .select(['id', 'title', 'body', 'lang', 'tags'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE);
    if (updatedSince !== undefined) q = q.where('updated_at', '>=', updatedSince);
    const rows = await q.execute();
    out.push(...rows.map(toHelpArticle));
    if (rows.length < PAGE) return out;
    after = rows[rows.length - 1]!.id;
  }
}

/** The articles with these ids that (still) exist. */
export async function articlesByIds(db: Kysely<Tables>, ids: readonly string[]): Promise<HelpArticle[]> {
  const out: HelpArticle[] = [];
  for (const group of chunks(ids, 500)) {
    const rows = await db
      .selectFrom('articles')
      .select(['id', 'title', 'body', 'lang', 'tags'])
      .where('id', 'in', group)
      .execute();
    out.push(...rows.map(toHelpArticle));
  }
  return out;
}

export async function articleIds(db: Kysely<Tables>): Promise<string[]> {
  const rows = await db.selectFrom('articles').select('id').execute();
  return rows.map((r) => r.id);
}

export async function approvedPairs(db: Kysely<Tables>): Promise<SynonymPair[]> {
  const rows = await db
    .selectFrom('glossary_variants as v')
    .innerJoin('glossary_terms as t', 't.id', 'v.term_id')
    .select(['v.customer_term', 't.official_term', 'v.kind'])
    .where('v.status', '=', 'approved')
    .execute();
  return rows.map((r) => ({
    customerTerm: r.customer_term,
    officialTerm: r.official_term,
    kind: r.kind === 'spelling' ? 'spelling' : 'synonym',
  }));
}

export async function insertSearchEvent(db: Kysely<Tables>, event: SearchEventsTable): Promise<void> {
  await db.insertInto('search_events').values(event).execute();
}

export async function findSearchEvent(
  db: Kysely<Tables>,
  id: string,
): Promise<Selectable<SearchEventsTable> | undefined> {
  return db.selectFrom('search_events').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The visitor's most recent search with this query, the one a click without a search id belongs to. */
export async function latestSearchEvent(
  db: Kysely<Tables>,
  session: string,
  query: string,
): Promise<Selectable<SearchEventsTable> | undefined> {
  return db
    .selectFrom('search_events')
    .selectAll()
    .where('session', '=', session)
    .where('query', '=', query)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Records that an article was opened from a search, as the next click of that search; opening the
 * same article again from the same search is one click. Returns the click's position.
 */
export async function addClick(db: Kysely<Tables>, searchId: string, articleId: string): Promise<number> {
  // Two clicks at once may pick the same next position: the loser tries the one after.
  for (;;) {
    const clicks = await db
      .selectFrom('search_clicks')
      .select(['article_id', 'position'])
      .where('search_id', '=', searchId)
      .execute();
    const same = clicks.find((c) => c.article_id === articleId);
    if (same) return same.position;
    const position = clicks.reduce((max, c) => Math.max(max, c.position + 1), 0);
    const inserted = await db
      .insertInto('search_clicks')
      .values({ search_id: searchId, article_id: articleId, position })
      .onConflict((oc) => oc.columns(['search_id', 'position']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return position;
  }
}
