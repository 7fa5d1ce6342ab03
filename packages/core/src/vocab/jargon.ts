import { readSearchLog } from './search-log.js';
import { DEFAULT_SUGGEST } from './suggest.js';
import {
  defaultNormalizer,
  forEachNgram,
  FUNCTION_WORD_SPREAD,
  hasLetter,
  MAX_TEXT_CHARS,
  spread,
  termKey,
  wordSpans,
} from './terms.js';
import type { Normalizer, OrgText, SearchEvent, SuggestionKind, TermPair } from './types.js';

/**
 * The jargon check: words of a draft that the organisation uses often and customers seldom, with
 * the customers' own word where the glossary (approved or suggested pairs) knows it.
 */
export interface JargonInput {
  articles: readonly OrgText[];
  searches: readonly SearchEvent[];
  signals?: readonly string[];
  /**
   * Approved and suggested pairs: official terms found in a draft get their customer words.
   * Misspellings (kind "spelling") count as customers' mentions but are not offered as words.
   */
  pairs?: readonly (TermPair & { kind?: SuggestionKind })[];
}

export interface JargonOptions {
  normalize: Normalizer;
  /** A word is jargon below this customer usage (0..1, see JargonFinding). */
  maxCustomerUsage: number;
  /** A glossary term is jargon when customers use it for less than this share of its mentions. */
  maxCustomerShare: number;
  /** Occurrences in the organisation's texts before a word counts as one of its words. */
  minOrgCount: number;
  maxSignals: number;
}

export const DEFAULT_JARGON: JargonOptions = {
  normalize: defaultNormalizer,
  maxCustomerUsage: 0.2,
  maxCustomerShare: 0.5,
  minOrgCount: 3,
  maxSignals: DEFAULT_SUGGEST.maxSignals,
};

export interface JargonFinding {
  /** The words as written in the draft. */
  term: string;
  /** Offsets in the draft (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /**
   * How much customers use the term, 0..1. For a glossary term: its share of the customers'
   * mentions of the subject (it and their words for it). For another word: its rate in the
   * customers' texts over the sum of that rate and its rate in the organisation's texts.
   */
  customerUsage: number;
  customerTerms: string[];
}

/** Word and phrase counts of both sides, built once and reused for every draft. */
export interface JargonModel {
  options: JargonOptions;
  org: Map<string, number>;
  orgTotal: number;
  /** Texts per word: a word in many of the organisation's texts is grammar ("uw"), not jargon. */
  orgSpread: Map<string, number>;
  orgTexts: number;
  customers: Map<string, number>;
  customerTotal: number;
  /** Official term key -> the customers' words for it as written, and all their variants as keys. */
  customerTerms: Map<string, { terms: string[]; keys: string[] }>;
  longestPhrase: number;
}

/**
 * A visitor's first search in a session is in their own words; the searches after it may use
 * the organisation's word they have just learned.
 */
function firstSearches(searches: readonly SearchEvent[], normalize: Normalizer): string[][] {
  const log = readSearchLog(searches, normalize);
  const first: string[][] = [];
  for (let s = 0; s + 1 < log.sessionStarts.length; s += 1) {
    const q = log.queries[log.query[log.order[log.sessionStarts[s]!]!]!];
    if (q) first.push(q.tokens);
  }
  return first;
}

export function buildJargonModel(input: JargonInput, options: Partial<JargonOptions> = {}): JargonModel {
  const settings: JargonOptions = { ...DEFAULT_JARGON, ...options };
  const normalize = settings.normalize;
  const customerTerms = new Map<string, { terms: string[]; keys: string[] }>();
  const phrases = new Set<string>();
  let longestPhrase = 1;
  for (const pair of input.pairs ?? []) {
    const official = termKey(pair.officialTerm, normalize);
    const customer = termKey(pair.customerTerm, normalize);
    if (!official || !customer) continue;
    const entry = customerTerms.get(official) ?? { terms: [], keys: [] };
    if (!entry.keys.includes(customer)) {
      entry.keys.push(customer);
      if (pair.kind !== 'spelling') entry.terms.push(pair.customerTerm);
    }
    customerTerms.set(official, entry);
    for (const key of [official, customer]) {
      phrases.add(key);
      longestPhrase = Math.max(longestPhrase, key.split(' ').length);
    }
  }
  // Words always; phrases only where the glossary names them.
  const count = (counts: Map<string, number>, tokens: readonly string[]) => {
    forEachNgram(tokens, longestPhrase, (key, _start, n) => {
      if (n === 1 || phrases.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    });
    return tokens.length;
  };
  const org = new Map<string, number>();
  const orgSpread = new Map<string, number>();
  let orgTotal = 0;
  for (const a of input.articles) {
    const tokens = normalize(`${a.title}\n${a.body.slice(0, MAX_TEXT_CHARS * 20)}`);
    orgTotal += count(org, tokens);
    for (const t of new Set(tokens)) orgSpread.set(t, (orgSpread.get(t) ?? 0) + 1);
  }
  const customers = new Map<string, number>();
  let customerTotal = 0;
  for (const tokens of firstSearches(input.searches, normalize)) customerTotal += count(customers, tokens);
  for (const text of spread(input.signals ?? [], settings.maxSignals)) {
    customerTotal += count(customers, normalize(String(text).slice(0, MAX_TEXT_CHARS)));
  }
  return {
    options: settings,
    org,
    orgTotal,
    orgSpread,
    orgTexts: input.articles.length,
    customers,
    customerTotal,
    customerTerms,
    longestPhrase,
  };
}

const round = (x: number) => Number(x.toFixed(4));

/** The term's rate in the customers' texts over the sum of both rates; undefined if the organisation never says it. */
function rateUsage(model: JargonModel, key: string): number | undefined {
  const inOrg = model.org.get(key) ?? 0;
  if (inOrg === 0) return undefined;
  const orgRate = inOrg / model.orgTotal;
  const customerRate = (model.customers.get(key) ?? 0) / Math.max(1, model.customerTotal);
  return round(customerRate / (customerRate + orgRate));
}

/** Customer usage of a glossary term (its share among the customers' words for it), if it is one. */
function glossaryUsage(model: JargonModel, key: string): number | undefined {
  const entry = model.customerTerms.get(key);
  if (!entry) return undefined;
  const own = model.customers.get(key) ?? 0;
  const theirs = entry.keys.reduce((sum, k) => sum + (model.customers.get(k) ?? 0), 0);
  return own + theirs === 0 ? rateUsage(model, key) : round(own / (own + theirs));
}

/** Customer usage of an ordinary word of the organisation's, if it is one (and not grammar). */
function wordUsage(model: JargonModel, key: string): number | undefined {
  const grammar = (model.orgSpread.get(key) ?? 0) > FUNCTION_WORD_SPREAD * model.orgTexts;
  if ((model.org.get(key) ?? 0) < model.options.minOrgCount || grammar || !hasLetter(key)) return undefined;
  return rateUsage(model, key);
}

/** Marks the draft's jargon: glossary terms first (longest first), then single words. */
export function checkJargon(model: JargonModel, draft: string): { findings: JargonFinding[] } {
  const { normalize, maxCustomerUsage, maxCustomerShare } = model.options;
  const words = wordSpans(draft).map((span) => ({
    ...span,
    key: termKey(draft.slice(span.start, span.end), normalize),
  }));
  const findings: JargonFinding[] = [];
  const finding = (from: number, to: number, key: string, usage: number) => {
    const start = words[from]!.start;
    const end = words[to]!.end;
    const customerTerms = model.customerTerms.get(key)?.terms ?? [];
    findings.push({ term: draft.slice(start, end), start, end, customerUsage: usage, customerTerms });
  };
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(model.longestPhrase, words.length - i); n >= 1 && matched === 0; n -= 1) {
      const parts = words.slice(i, i + n).map((w) => w.key);
      if (parts.some((p) => p === '')) continue;
      const key = parts.join(' ');
      const glossary = glossaryUsage(model, key);
      const word = n === 1 && glossary === undefined ? wordUsage(model, key) : undefined;
      if (
        (glossary !== undefined && glossary < maxCustomerShare) ||
        (word !== undefined && word < maxCustomerUsage)
      ) {
        finding(i, i + n - 1, key, (glossary ?? word)!);
        matched = n;
      }
    }
    i += Math.max(1, matched);
  }
  return { findings };
}
