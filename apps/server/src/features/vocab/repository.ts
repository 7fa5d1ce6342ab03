import type { OrgText, SearchEvent, SuggestionKind, TermPair } from '@klantstem/core';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';
import { chunks } from '../../lib/chunks.js';
import { parseJsonStrings } from '../../lib/json.js';

/** The newest searches, with the articles opened from each, oldest first. */
export async function recentSearches(db: Kysely<Tables>, limit: number): Promise<SearchEvent[]> {
  const rows = await db
    .selectFrom('search_events')
    .select(['id', 'session', 'at', 'query', 'result_count'])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  const clicks = new Map<string, string[]>();
  for (const group of chunks(
    rows.map((r) => r.id),
    5000,
  )) {
    const found = await db
      .selectFrom('search_clicks')
      .select(['search_id', 'article_id'])
      .where('search_id', 'in', group)
      .orderBy('position')
      .execute();
    for (const c of found) {
      const list = clicks.get(c.search_id);
      if (list) list.push(c.article_id);
      else clicks.set(c.search_id, [c.article_id]);
    }
  }
  return rows.reverse().map((r) => ({
    session: r.session,
    at: r.at,
    query: r.query,
    resultCount: r.result_count,
    clicks: clicks.get(r.id) ?? [],
  }));
}

export async function articleTexts(db: Kysely<Tables>): Promise<OrgText[]> {
  const rows = await db.selectFrom('articles').select(['id', 'title', 'body', 'lang', 'tags']).execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    body: r.body,
    lang: r.lang,
    tags: parseJsonStrings(r.tags),
  }));
}

/** The newest texts customers wrote or said (searches excluded: they are read as searches). */
export async function customerTexts(db: Kysely<Tables>, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('signals')
    .select('text')
    .where('channel', '!=', 'search')
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.text);
}

export interface GlossaryPair extends TermPair {
  kind: SuggestionKind;
  status: string;
}

export async function glossaryPairs(db: Kysely<Tables>): Promise<GlossaryPair[]> {
  const rows = await db
    .selectFrom('glossary_variants')
    .innerJoin('glossary_terms', 'glossary_terms.id', 'glossary_variants.term_id')
    .select([
      'glossary_variants.customer_term',
      'glossary_terms.official_term',
      'glossary_variants.kind',
      'glossary_variants.status',
    ])
    .execute();
  return rows.map((r) => ({
    customerTerm: r.customer_term,
    officialTerm: r.official_term,
    kind: r.kind === 'spelling' ? 'spelling' : 'synonym',
    status: r.status,
  }));
}
