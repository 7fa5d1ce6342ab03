import { readOrgVocabulary, type OrgVocabulary } from './org-vocabulary.js';
import { readQueryTerms, type TermStats } from './query-terms.js';
import { mineReformulations, sessionQueryPairs } from './reformulations.js';
import { readSearchLog, type SearchLog } from './search-log.js';
import { DEFAULT_SUGGEST, suggestSynonyms } from './suggest.js';
import {
  containsPhrase,
  defaultNormalizer,
  forEachNgram,
  hasLetter,
  MAX_TERM_LENGTH,
  MAX_TEXT_CHARS,
  spread,
  termKey,
} from './terms.js';
import type { MiningInput, Normalizer, Suggestion } from './types.js';

export interface GapOptions {
  normalize: Normalizer;
  /** Searches a term needs before its rates are reported. */
  minVolume: number;
  /** Only terms after which at least this share of searches ended without a click. */
  minNoClickRate: number;
  windowMinutes: number;
  minSessions: number;
  maxSignals: number;
  limit: number;
  /** Mined pairs for `relatedOfficialTerms`; mined here when not given. */
  suggestions?: readonly Suggestion[];
}

export const DEFAULT_GAPS: GapOptions = {
  normalize: defaultNormalizer,
  minVolume: 3,
  minNoClickRate: 0.5,
  windowMinutes: DEFAULT_SUGGEST.windowMinutes,
  minSessions: DEFAULT_SUGGEST.minSessions,
  maxSignals: DEFAULT_SUGGEST.maxSignals,
  limit: 100,
};

export interface VocabularyGap {
  term: string;
  /** Searches holding the term. */
  volume: number;
  /** Of the searches that say how many results they showed; null when none says. */
  zeroResultRate: number | null;
  noClickRate: number;
  /** The search that most often found something after one with this term did not; null if none. */
  reformulation: string | null;
  relatedOfficialTerms: string[];
}

export interface UnusedOfficialTerm {
  term: string;
  /** Ids of the texts that carry the term in their title or tags. */
  articles: string[];
}

export interface GapReport {
  gaps: VocabularyGap[];
  unusedOfficialTerms: UnusedOfficialTerm[];
}

/**
 * A term whose searches are nearly all explained by longer reported terms ("tijdelijke" by
 * "tijdelijke woning" and "tijdelijke huisvesting") says nothing of its own.
 */
const SUBSUMED_SHARE = 0.8;
/** Title parts this short are names ("Schoorsteenafname"); longer ones are sentences. */
const MAX_TITLE_TERM = 2;
const RELATED_TERMS = 3;

const rate = (part: number, whole: number) => Number((part / whole).toFixed(4));

/** Per failed query, how often each successful query followed it (in distinct sessions). */
function followUps(log: SearchLog, windowMinutes: number): Map<number, Map<number, number>> {
  const { code } = sessionQueryPairs(log, windowMinutes * 60_000);
  const width = log.queries.length;
  const next = new Map<number, Map<number, number>>();
  for (const c of code) {
    const found = next.get(Math.floor(c / width)) ?? new Map<number, number>();
    found.set(c % width, (found.get(c % width) ?? 0) + 1);
    next.set(Math.floor(c / width), found);
  }
  return next;
}

function bestFollowUp(
  stats: TermStats,
  next: Map<number, Map<number, number>>,
  log: SearchLog,
): string | null {
  const counts = new Map<number, number>();
  for (const q of stats.queries)
    for (const [to, n] of next.get(q) ?? []) counts.set(to, (counts.get(to) ?? 0) + n);
  let best = -1;
  for (const [to, n] of counts) if (best < 0 || n > counts.get(best)!) best = to;
  return best < 0 ? null : log.queries[best]!.raw;
}

function customerGaps(
  log: SearchLog,
  terms: Map<string, TermStats>,
  isContext: (term: string) => boolean,
  options: GapOptions,
) {
  const failing = [...terms].filter(
    ([term, s]) =>
      s.searches >= options.minVolume &&
      1 - s.clicked / s.searches >= options.minNoClickRate &&
      hasLetter(term) &&
      !term.split(' ').every(isContext),
  );
  const words = (term: string) => term.split(' ').length;
  const kept = failing.filter(([term, s]) => {
    let explained = 0;
    for (const [other, o] of failing) {
      if (words(other) === words(term) + 1 && containsPhrase(other, term)) explained += o.searches;
    }
    return explained < SUBSUMED_SHARE * s.searches;
  });
  return kept.sort(
    ([a, x], [b, y]) =>
      y.searches - y.clicked - (x.searches - x.clicked) || y.searches - x.searches || (a < b ? -1 : 1),
  );
}

/** The organisation's tags and short titles that customers never use in searches or messages. */
function unusedOfficialTerms(
  org: OrgVocabulary,
  terms: Map<string, TermStats>,
  signals: string[][],
): UnusedOfficialTerm[] {
  const candidates = new Set(
    [...org.names.keys()].filter(
      (name) =>
        (org.tags.has(name) || name.split(' ').length <= MAX_TITLE_TERM) &&
        hasLetter(name) &&
        !terms.has(name),
    ),
  );
  for (const tokens of signals) forEachNgram(tokens, MAX_TERM_LENGTH, (key) => candidates.delete(key));
  return [...candidates]
    .map((name) => ({ term: org.surface.get(name) ?? name, articles: org.names.get(name)! }))
    .sort((a, b) => b.articles.length - a.articles.length || (a.term < b.term ? -1 : 1));
}

/**
 * The vocabulary-gap report: per customer term, how often searches with it fail and where
 * visitors went next; and the organisation's terms that customers never use.
 */
export function vocabularyGaps(input: MiningInput, options: Partial<GapOptions> = {}): GapReport {
  const settings: GapOptions = { ...DEFAULT_GAPS, ...options };
  const normalize = settings.normalize;
  const log = readSearchLog(input.searches, normalize);
  const org = readOrgVocabulary(input.articles, normalize);
  const terms = readQueryTerms(log);
  const { isContext } = mineReformulations(log, settings);
  const next = followUps(log, settings.windowMinutes);
  const suggestions = (settings.suggestions ?? suggestSynonyms(input, { ...settings, limit: 1000 })).map(
    (s) => ({
      customer: termKey(s.customerTerm, normalize),
      official: s.officialTerm,
    }),
  );

  const gaps = customerGaps(log, terms, isContext, settings)
    .slice(0, settings.limit)
    .map(([term, s]): VocabularyGap => {
      const related = suggestions.filter(
        (p) => p.customer === term || containsPhrase(term, p.customer) || containsPhrase(p.customer, term),
      );
      return {
        term: s.surface,
        volume: s.searches,
        zeroResultRate: s.known === 0 ? null : rate(s.zero, s.known),
        noClickRate: rate(s.searches - s.clicked, s.searches),
        reformulation: bestFollowUp(s, next, log),
        relatedOfficialTerms: [...new Set(related.map((p) => p.official))].slice(0, RELATED_TERMS),
      };
    });
  const signals = spread(input.signals ?? [], settings.maxSignals).map((text) =>
    normalize(String(text).slice(0, MAX_TEXT_CHARS)),
  );
  return { gaps, unusedOfficialTerms: unusedOfficialTerms(org, terms, signals) };
}
