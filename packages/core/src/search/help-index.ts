import { detectLanguage, type DetectedLang, type Lang } from '../language/detect.js';
import { defaultSearchAnalyzer, type SearchAnalyzer } from './analyzer.js';
import { Bm25fIndex, type TermSpec } from './bm25f.js';
import { grow } from './grow.js';
import { SynonymSet, type SynonymPair } from './synonyms.js';

export interface HelpArticle {
  id: string;
  title: string;
  body: string;
  lang: string;
  tags?: readonly string[];
}

export interface HelpHit {
  id: string;
  title: string;
  lang: string;
  score: number;
}

export interface HelpSearchOptions {
  /** How many hits to return (default 10). */
  limit?: number;
  /** The visitor's language when known (the page they search from); otherwise read from the query. */
  lang?: Lang;
}

export interface HelpSearchResult {
  hits: HelpHit[];
  /** Every article that matched well enough, of which `hits` are the best `limit`. */
  total: number;
  /** The language the ranking preferred. */
  lang: DetectedLang;
}

export interface HelpIndexOptions {
  analyzer?: SearchAnalyzer;
  synonyms?: readonly SynonymPair[];
  /** false: only exact terms match (no prefixes, no typos): plain BM25, for comparison. */
  tolerant?: boolean;
}

/** A title word says more about what an article is for than a body word; tags are the author's words. */
const FIELD_WEIGHTS = { title: 3, tags: 2, body: 1 };
/** A synonym stands in for the customer's word, a little below the word itself. */
const SYNONYM_WEIGHT = 0.8;
const SAME_LANGUAGE_BOOST = 1.5;
/** Results scoring below this share of the best one matched only on weak words ("hoe", "een"). */
const MIN_RELATIVE_SCORE = 0.1;
/** Bounds the work of one query (one bit per position): a pasted paragraph searches on its first words. */
const MAX_QUERY_TERMS = 32;
const MAX_ALTERNATIVES = 16;
/** Shorter words would prefix-match too much of the vocabulary to mean anything. */
const MIN_PREFIX_LENGTH = 3;
const DEFAULT_LIMIT = 10;
/** The languages a visitor can prefer, numbered for a per-document array (0: another language). */
const LANG_CODES: ReadonlyMap<string, number> = new Map<Lang, number>([
  ['nl', 1],
  ['en', 2],
]);

/** Typos forgiven: none in words of up to 3 letters, one up to 7, two in longer words. */
export function editBudget(term: string): number {
  if (term.length <= 3) return 0;
  return term.length <= 7 ? 1 : 2;
}

interface Indexed {
  id: string;
  title: string;
  lang: string;
}

/**
 * The help centre's search index: BM25F over title, tags and body, with prefix and typo tolerance,
 * approved synonyms expanded at query time, and a preference for articles in the visitor's
 * language. Articles and synonyms can be changed at any time; the next search sees the change.
 */
export class HelpIndex {
  private readonly analyzer: SearchAnalyzer;
  private readonly tolerant: boolean;
  private readonly docOf = new Map<string, number>();
  private articles: (Indexed | undefined)[] = [];
  /** Each document's language as a number (LANG_CODES): the language boost reads it for every match. */
  private langCodes = new Uint8Array(64);
  private engine = new Bm25fIndex(FIELD_WEIGHTS);
  private synonyms: SynonymSet;

  constructor(options: HelpIndexOptions = {}) {
    this.analyzer = options.analyzer ?? defaultSearchAnalyzer;
    this.tolerant = options.tolerant ?? true;
    this.synonyms = new SynonymSet(options.synonyms ?? [], this.analyzer);
  }

  get size(): number {
    return this.docOf.size;
  }

  has(id: string): boolean {
    return this.docOf.has(id);
  }

  articleIds(): IterableIterator<string> {
    return this.docOf.keys();
  }

  /** Adds an article, or replaces the one with the same id. */
  upsert(article: HelpArticle): void {
    this.remove(article.id);
    const doc = this.engine.add(
      this.analyzer(article.title),
      (article.tags ?? []).flatMap((tag) => this.analyzer(tag)),
      this.analyzer(article.body),
    );
    this.docOf.set(article.id, doc);
    this.articles[doc] = { id: article.id, title: article.title, lang: article.lang };
    this.langCodes = grow(this.langCodes, doc + 1);
    this.langCodes[doc] = LANG_CODES.get(article.lang) ?? 0;
  }

  remove(id: string): boolean {
    const doc = this.docOf.get(id);
    if (doc === undefined) return false;
    this.engine.remove(doc);
    this.docOf.delete(id);
    this.articles[doc] = undefined;
    return true;
  }

  /** Rebuilds from scratch, e.g. on start: cheaper than replacing articles one by one. */
  replaceAll(articles: Iterable<HelpArticle>): void {
    this.engine = new Bm25fIndex(FIELD_WEIGHTS);
    this.docOf.clear();
    this.articles = [];
    this.langCodes = new Uint8Array(64);
    for (const article of articles) this.upsert(article);
    this.engine.trim();
  }

  /** Swaps the approved synonyms at once: the next search uses the new set. */
  setSynonyms(pairs: readonly SynonymPair[]): void {
    this.synonyms = new SynonymSet(pairs, this.analyzer);
  }

  /** The approved customer words for the official terms an article uses ("also known as"). */
  alsoKnownAs(article: Pick<HelpArticle, 'title' | 'body'>): string[] {
    return this.synonyms.customerTermsFor(this.analyzer(`${article.title}\n${article.body}`));
  }

  search(query: string, options: HelpSearchOptions = {}): HelpSearchResult {
    const lang = options.lang ?? detectLanguage(query);
    const terms = [...new Set(this.analyzer(query))].slice(0, MAX_QUERY_TERMS);
    const slot = (position: number) => (1 << position) >>> 0;
    const specs: TermSpec[] = terms.map((term, position) => ({
      term,
      slots: slot(position),
      weight: 1,
      // Only the last word may still be being typed; completing every word costs postings, not answers.
      prefix: this.tolerant && position === terms.length - 1 && term.length >= MIN_PREFIX_LENGTH,
      maxEdits: this.tolerant ? editBudget(term) : 0,
    }));
    for (const alternative of this.synonyms.alternatives(terms, MAX_ALTERNATIVES)) {
      const slots = alternative.positions.reduce((mask, position) => (mask | slot(position)) >>> 0, 0);
      for (const term of alternative.terms) {
        specs.push({ term, slots, weight: SYNONYM_WEIGHT, prefix: false, maxEdits: 0 });
      }
    }
    const top = this.engine.search(specs, {
      limit: options.limit ?? DEFAULT_LIMIT,
      minRelativeScore: MIN_RELATIVE_SCORE,
      ...(lang !== 'unknown' && { boost: this.languageBoost(lang) }),
    });
    const hits = top.docs.map((doc, i) => {
      const article = this.articles[doc]!;
      return { ...article, score: Math.round(top.scores[i]! * 1000) / 1000 };
    });
    return { hits, total: top.total, lang };
  }

  private languageBoost(lang: Lang): { of: (doc: number) => number; max: number } {
    const code = LANG_CODES.get(lang);
    const codes = this.langCodes;
    return { of: (doc) => (codes[doc] === code ? SAME_LANGUAGE_BOOST : 1), max: SAME_LANGUAGE_BOOST };
  }
}
