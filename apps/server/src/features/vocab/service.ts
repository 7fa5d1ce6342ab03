import {
  buildJargonModel,
  checkJargon,
  suggestSynonyms,
  vocabularyGaps,
  type GapReport,
  type JargonFinding,
  type JargonModel,
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

/** How long a built jargon model serves drafts before the searches and texts are read again. */
const JARGON_MODEL_TTL_MS = 10 * 60_000;

interface CachedJargonModel {
  model: JargonModel;
  builtAt: number;
  /** The glossary pairs it was built with: a decision since then rebuilds it at once. */
  pairsKey: string;
}

const jargonModels = new WeakMap<AppContext, CachedJargonModel>();

/**
 * Marks the words of a draft that customers rarely use, with the customers' own words for them.
 * Reading every search for each draft would make typing slow: the model is kept per process and
 * rebuilt when it is old or the glossary changed.
 */
export async function jargonCheck(ctx: AppContext, draft: string): Promise<{ findings: JargonFinding[] }> {
  const pairs = (await glossaryPairs(ctx.database.db)).filter((p) => p.status !== 'rejected');
  const pairsKey = JSON.stringify(pairs);
  const now = ctx.clock.now().getTime();
  let cached = jargonModels.get(ctx);
  if (!cached || cached.pairsKey !== pairsKey || now - cached.builtAt > JARGON_MODEL_TTL_MS) {
    const input = await miningInput(ctx);
    cached = { model: buildJargonModel({ ...input, pairs }), builtAt: now, pairsKey };
    jargonModels.set(ctx, cached);
  }
  return checkJargon(cached.model, draft);
}
