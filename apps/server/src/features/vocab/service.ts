import {
  buildJargonModel,
  checkJargon,
  suggestSynonyms,
  vocabularyGaps,
  type GapReport,
  type JargonFinding,
  type MiningInput,
  type Suggestion,
} from '@klantstem/core';
import type { AppContext } from '../../context.js';
import {
  articleTexts,
  customerTexts,
  glossaryPairs,
  recentSearches,
  type GlossaryPair,
} from './repository.js';

/** How much history the mining reads: the newest searches and customer texts. */
const MAX_SEARCHES = 500_000;
const MAX_CUSTOMER_TEXTS = 20_000;

async function miningInput(ctx: AppContext): Promise<MiningInput & { pairs: GlossaryPair[] }> {
  const { db } = ctx.database;
  const [searches, articles, signals, pairs] = await Promise.all([
    recentSearches(db, MAX_SEARCHES),
    articleTexts(db),
    customerTexts(db, MAX_CUSTOMER_TEXTS),
    glossaryPairs(db),
  ]);
  // Approved or rejected pairs are settled; pairs still only suggested may come up again.
  const decided = pairs.filter((p) => p.status !== 'suggested');
  return { searches, articles, signals, decided, pairs };
}

/** Customer term -> official term pairs found in the data, best first, none already decided. */
export async function vocabSuggestions(
  ctx: AppContext,
  limit: number,
): Promise<{ suggestions: Suggestion[] }> {
  return { suggestions: suggestSynonyms(await miningInput(ctx)).slice(0, limit) };
}

export async function vocabGaps(ctx: AppContext, limit: number): Promise<GapReport> {
  const input = await miningInput(ctx);
  const report = vocabularyGaps(input, { suggestions: suggestSynonyms(input) });
  return {
    gaps: report.gaps.slice(0, limit),
    unusedOfficialTerms: report.unusedOfficialTerms.slice(0, limit),
  };
}

/** Marks the words of a draft that customers rarely use, with the customers' own words for them. */
export async function jargonCheck(ctx: AppContext, draft: string): Promise<{ findings: JargonFinding[] }> {
  const input = await miningInput(ctx);
  const pairs = input.pairs.filter((p) => p.status !== 'rejected');
  return checkJargon(buildJargonModel({ ...input, pairs }), draft);
}
