import {
  DEFAULT_DISTRIBUTIONAL,
  embedTerms,
  nearestOfficial,
  type DistributionalOptions,
  type Embedding,
} from './distributional.js';
import { findName, readOrgVocabulary, type OrgVocabulary } from './org-vocabulary.js';
import { readQueryTerms, type TermStats } from './query-terms.js';
import { mineReformulations, type ReformulationPair } from './reformulations.js';
import { clickThrough, readSearchLog, type SearchLog } from './search-log.js';
import { mineSharedClicks } from './shared-clicks.js';
import { spellingSimilarity } from './spelling.js';
import { spellingPairs } from './spelling-candidates.js';
import {
  containsPhrase,
  defaultNormalizer,
  FUNCTION_WORD_SPREAD,
  hasLetter,
  MAX_TEXT_CHARS,
  spread,
  termKey,
} from './terms.js';
import type { MiningInput, MiningMethod, Normalizer, Suggestion } from './types.js';

export interface SuggestOptions {
  normalize: Normalizer;
  /** A reformulation is a successful search within this many minutes of a failed one. */
  windowMinutes: number;
  /** Distinct sessions a reformulation pair (or failed searches a misspelling) needs. */
  minSessions: number;
  /** Searches with a click a term needs before its clicks are compared. */
  minClicked: number;
  minClickSimilarity: number;
  minDistributionalSimilarity: number;
  /** Customers' texts read for distributional similarity (an even sample of the signals). */
  maxSignals: number;
  distributional: DistributionalOptions;
  limit: number;
}

export const DEFAULT_SUGGEST: SuggestOptions = {
  normalize: defaultNormalizer,
  windowMinutes: 10,
  minSessions: 3,
  minClicked: 3,
  minClickSimilarity: 0.8,
  minDistributionalSimilarity: 0.7,
  maxSignals: 50_000,
  distributional: DEFAULT_DISTRIBUTIONAL,
  limit: 200,
};

/** A log-likelihood ratio of this size makes a reformulation pair about 63% sure on its own. */
const LLR_SCALE = 20;
/** What each method contributes at most: reformulations are direct evidence, text similarity weak. */
const CLICK_WEIGHT = 0.6;
const SPELLING_WEIGHT = 0.5;
const DISTRIBUTIONAL_WEIGHT = 0.35;

interface Candidate {
  customer: string;
  official: string;
  reformulation?: ReformulationPair;
  /** Click similarity, and the clicked searches behind the rarer query. */
  clicks?: number;
  clickSupport?: number;
  spelling?: number;
  distributional?: number;
}

/** Everything read from the input once, shared by the methods. */
interface Evidence {
  log: SearchLog;
  org: OrgVocabulary;
  terms: Map<string, TermStats>;
  presence: (term: string) => number;
}

function readEvidence(input: MiningInput, normalize: Normalizer): Evidence {
  const org = readOrgVocabulary(input.articles, normalize);
  const log = readSearchLog(input.searches, normalize);
  return { log, org, terms: readQueryTerms(log), presence: (term) => org.weight.get(term) ?? 0 };
}

function customerTexts(input: MiningInput, log: SearchLog, options: SuggestOptions): string[][] {
  const signals = spread(input.signals ?? [], options.maxSignals).map((text) =>
    options.normalize(String(text).slice(0, MAX_TEXT_CHARS)),
  );
  return [...signals, ...log.queries.map((q) => q.tokens)];
}

function distributionalCandidates(embedding: Embedding, evidence: Evidence, options: SuggestOptions) {
  const customers: number[] = [];
  const officials: number[] = [];
  let orgTotal = 0;
  let customerTotal = 0;
  for (let i = 0; i < embedding.units.length; i += 1) {
    orgTotal += embedding.orgCount[i]!;
    customerTotal += embedding.customerCount[i]!;
  }
  embedding.units.forEach((unit, i) => {
    if (!hasLetter(unit)) return;
    if (evidence.org.names.has(unit)) officials.push(i);
    // A customer word: customers use it at least nine times as often as the organisation does.
    const orgRate = embedding.orgCount[i]! / Math.max(1, orgTotal);
    const customerRate = embedding.customerCount[i]! / Math.max(1, customerTotal);
    if (
      embedding.customerCount[i]! >= options.distributional.minCount &&
      customerRate >= 9 * orgRate &&
      embedding.customerSpread[i]! < FUNCTION_WORD_SPREAD
    ) {
      customers.push(i);
    }
  });
  return nearestOfficial(embedding, customers, officials, options.minDistributionalSimilarity);
}

function gatherCandidates(input: MiningInput, evidence: Evidence, options: SuggestOptions): Candidate[] {
  const { log, org, presence } = evidence;
  const candidates = new Map<string, Candidate>();
  /** The official side must be the one the organisation's texts use more. */
  const add = (customer: string, official: string): Candidate | undefined => {
    if (presence(official) <= presence(customer) || customer === official) return undefined;
    const key = `${customer}\u0000${official}`;
    const candidate = candidates.get(key) ?? { customer, official };
    candidates.set(key, candidate);
    return candidate;
  };

  const reformulations = mineReformulations(log, {
    ...options,
    findName: (words, touching) => findName(org, words, touching),
  });
  for (const pair of reformulations.pairs) {
    const candidate = add(pair.from, pair.to);
    if (candidate) candidate.reformulation = pair;
  }
  for (const pair of mineSharedClicks(log, {
    minClicked: options.minClicked,
    minSimilarity: options.minClickSimilarity,
  })) {
    // The official side is a name of the article both lead to. Words visitors add to any subject
    // ("werkt niet") share clicks without meaning the same, and so does the official term with
    // such words ("mijn dossier werkt niet").
    const names = (term: string) => org.names.get(term)?.includes(pair.article) ?? false;
    if (names(pair.a) === names(pair.b)) continue;
    const [customer, official] = names(pair.a) ? [pair.b, pair.a] : [pair.a, pair.b];
    const holdsName = [...org.names].some(
      ([name, ids]) =>
        ids.includes(pair.article) && containsPhrase(customer, name) && presence(name) >= presence(official),
    );
    if (holdsName || customer.split(' ').every(reformulations.isContext)) continue;
    const candidate = add(customer, official);
    if (
      candidate &&
      pair.similarity * pair.support > (candidate.clicks ?? 0) * (candidate.clickSupport ?? 0)
    ) {
      candidate.clicks = pair.similarity;
      candidate.clickSupport = pair.support;
    }
  }
  // Whole queries only: "verduurzamings" is a piece of "verduurzamings budget", not a search.
  const failing = log.queries
    .filter((q) => q.searches - q.clicked >= options.minSessions && presence(q.key) === 0 && hasLetter(q.key))
    .map((q) => q.key);
  for (const pair of spellingPairs(failing, [...org.names.keys()])) {
    const candidate = add(pair.customer, pair.official);
    if (candidate) candidate.spelling = pair.similarity;
  }
  const embedding = embedTerms(org.texts, customerTexts(input, log, options), options.distributional);
  for (const pair of distributionalCandidates(embedding, evidence, options)) {
    const candidate = add(pair.customer, pair.official);
    if (candidate) candidate.distributional = pair.similarity;
  }
  return [...candidates.values()];
}

function confidence(
  candidate: Candidate,
  presence: (term: string) => number,
  failedSearches: number,
): number {
  const support: number[] = [];
  const ref = candidate.reformulation;
  // Dunning's ratio says how sure the association is; the share how consistently visitors make it.
  if (ref) support.push(ref.share * (1 - Math.exp(-ref.llr / LLR_SCALE)));
  if (candidate.clicks) {
    support.push(CLICK_WEIGHT * candidate.clicks * (1 - Math.exp(-(candidate.clickSupport ?? 0) / 5)));
  }
  if (candidate.spelling)
    support.push(SPELLING_WEIGHT * candidate.spelling * Math.min(1, failedSearches / 6));
  if (candidate.distributional) support.push(DISTRIBUTIONAL_WEIGHT * candidate.distributional);
  const combined = 1 - support.reduce((doubt, p) => doubt * (1 - p), 1);
  // The organisation using the customer's word too makes the gap smaller.
  const rarity = 1 - presence(candidate.customer) / presence(candidate.official);
  return combined * (0.5 + 0.5 * rarity);
}

function methodsOf(candidate: Candidate): MiningMethod[] {
  const methods: MiningMethod[] = [];
  if (candidate.reformulation) methods.push('reformulation');
  if (candidate.clicks) methods.push('shared-clicks');
  if (candidate.spelling) methods.push('spelling');
  if (candidate.distributional) methods.push('distributional');
  return methods;
}

/**
 * A customer term gets one official term, its best ("storting" is a payment, not a typo of
 * "storing"); and a longer phrase for the same official term adds nothing to a shorter one.
 */
function isRedundant(kept: readonly Candidate[], candidate: Candidate): boolean {
  return kept.some(
    (k) =>
      k.customer === candidate.customer ||
      (k.official === candidate.official && containsPhrase(candidate.customer, k.customer)),
  );
}

/**
 * Synonym discovery: pairs of a customer term and the organisation's term for the same thing,
 * best first. Reformulations in the search log, shared clicks, spelling similarity and
 * distributional similarity over the organisation's and the customers' texts each propose and
 * support pairs; every pair comes from the data.
 */
export function suggestSynonyms(input: MiningInput, options: Partial<SuggestOptions> = {}): Suggestion[] {
  const settings: SuggestOptions = { ...DEFAULT_SUGGEST, ...options };
  const normalize = settings.normalize;
  const evidence = readEvidence(input, normalize);
  const { terms, org, presence } = evidence;
  const decided = new Set(
    (input.decided ?? []).map(
      (p) => `${termKey(p.customerTerm, normalize)}\u0000${termKey(p.officialTerm, normalize)}`,
    ),
  );
  const scored = gatherCandidates(input, evidence, settings)
    .filter((c) => !decided.has(`${c.customer}\u0000${c.official}`))
    .map((c) => {
      const stats = terms.get(c.customer);
      return { c, score: confidence(c, presence, stats ? stats.searches - stats.clicked : 0) };
    })
    .sort((x, y) => y.score - x.score || (x.c.customer < y.c.customer ? -1 : 1));

  const kept: Candidate[] = [];
  const suggestions: Suggestion[] = [];
  for (const { c, score } of scored) {
    if (suggestions.length >= settings.limit) break;
    if (isRedundant(kept, c)) continue;
    kept.push(c);
    const customerStats = terms.get(c.customer);
    const officialStats = terms.get(c.official);
    suggestions.push({
      customerTerm: customerStats?.surface ?? c.customer,
      officialTerm: org.surface.get(c.official) ?? officialStats?.surface ?? c.official,
      kind: spellingSimilarity(c.customer, c.official) > 0 ? 'spelling' : 'synonym',
      confidence: Number(score.toFixed(4)),
      evidence: {
        sessions: c.reformulation?.sessions ?? 0,
        examples: c.reformulation?.examples ?? [],
        clickThrough: {
          customer: customerStats ? clickThrough(customerStats.searches, customerStats.clicked) : null,
          official: officialStats ? clickThrough(officialStats.searches, officialStats.clicked) : null,
        },
        methods: methodsOf(c),
      },
    });
  }
  return suggestions;
}
