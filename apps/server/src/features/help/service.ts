import {
  ALSO_KNOWN_AS_LABEL,
  type HelpArticlePage,
  type HelpClickInput,
  type HelpClickResult,
  type HelpSearchInput,
  type HelpSearchResult,
} from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { invalid, notFound } from '../../http/errors.js';
import { randomId } from '../../platform/secrets.js';
import { findArticle } from '../articles/repository.js';
import { addClick, findSearchEvent, insertSearchEvent, latestSearchEvent } from './repository.js';

/** Where a search was made; imported search logs have source "import". */
export type SearchSource = 'help' | 'cli';

async function logSearch(
  ctx: AppContext,
  search: { session: string; query: string; resultCount: number; source: SearchSource },
): Promise<string> {
  const id = randomId('q');
  await insertSearchEvent(ctx.database.db, {
    id,
    session: search.session,
    at: ctx.clock.now().toISOString(),
    query: search.query,
    result_count: search.resultCount,
    source: search.source,
  });
  return id;
}

/**
 * Searches the help centre and logs the search (session, time, query, how many articles matched),
 * so the organisation learns from what visitors type. A visitor without a session gets one.
 */
export async function searchHelp(
  ctx: AppContext,
  input: HelpSearchInput,
  source: SearchSource,
): Promise<HelpSearchResult> {
  const index = await ctx.helpIndex.current();
  const query = input.query.trim();
  const found = index.search(query, { limit: input.limit ?? 10, ...(input.lang && { lang: input.lang }) });
  const session = input.session ?? randomId('s');
  const searchId = await logSearch(ctx, { session, query, resultCount: found.total, source });
  return {
    results: found.hits.map((h) => ({ id: h.id, title: h.title, score: h.score, lang: h.lang })),
    total: found.total,
    searchId,
    session,
  };
}

/**
 * Records that a visitor opened an article from a search: the search named by its id, or else the
 * session's latest search with that query (logged now if there is none, e.g. a search link).
 */
export async function recordClick(ctx: AppContext, input: HelpClickInput): Promise<HelpClickResult> {
  const db = ctx.database.db;
  if (input.searchId === undefined && input.query === undefined) {
    throw invalid('searchId', 'send "searchId" (from the search response) or the "query" that was searched');
  }
  if (!(await findArticle(db, input.articleId))) throw notFound('Article');
  let searchId = input.searchId;
  if (searchId !== undefined) {
    if (!(await findSearchEvent(db, searchId))) throw notFound('Search');
  } else {
    const query = input.query!.trim();
    const session = input.session ?? randomId('s');
    searchId = (await latestSearchEvent(db, session, query))?.id;
    if (searchId === undefined) {
      const index = await ctx.helpIndex.current();
      const resultCount = index.search(query, { limit: 1 }).total;
      searchId = await logSearch(ctx, { session, query, resultCount, source: 'help' });
    }
  }
  const position = await addClick(db, searchId, input.articleId);
  return { searchId, articleId: input.articleId, position };
}

/** An article as the help centre shows it, with the customers' own words for what it is about. */
export async function helpArticle(ctx: AppContext, id: string): Promise<HelpArticlePage> {
  const article = await findArticle(ctx.database.db, id);
  if (!article) throw notFound('Article');
  const index = await ctx.helpIndex.current();
  return {
    ...article,
    alsoKnownAs: index.alsoKnownAs(article),
    alsoKnownAsLabel: { ...ALSO_KNOWN_AS_LABEL },
  };
}
