import type { Run } from './align.js';
import { forEachNgram, MAX_TERM_LENGTH, MAX_TEXT_CHARS, surfaceOf } from './terms.js';
import type { Normalizer, OrgText } from './types.js';

/** A title says what the organisation calls the subject; a tag too; the body only mentions it. */
const TITLE_WEIGHT = 3;
const TAG_WEIGHT = 2;
/** Long articles are read in full up to this size; beyond it they add little to the vocabulary. */
const MAX_BODY_CHARS = MAX_TEXT_CHARS * 20;

/** Where a title splits into parts that can each name a subject ("Contra-expertise: een eigen ..."). */
const TITLE_PARTS = /[:;,.?!()]|\s[-–—]\s/u;

/** The organisation's own words: how prominently each term (1-3 words) occurs in its texts. */
export interface OrgVocabulary {
  documents: number;
  /** Weighted occurrences: per title TITLE_WEIGHT, per tag TAG_WEIGHT, per body occurrence 1. */
  weight: Map<string, number>;
  /** Number of texts holding the term anywhere. */
  documentFrequency: Map<string, number>;
  /** Terms of titles and tags, with the ids of the texts that head with them. */
  headlines: Map<string, string[]>;
  /** Tags, titles and title parts ("Schade melden: zo doet u ..."): what the organisation calls things. */
  names: Map<string, string[]>;
  tags: Set<string>;
  /** How a title or tag writes a term ("contra-expertise" for "contra expertise"), in lower case. */
  surface: Map<string, string>;
  /** Terms per text, for corpus statistics elsewhere. */
  texts: string[][];
}

export function readOrgVocabulary(articles: readonly OrgText[], normalize: Normalizer): OrgVocabulary {
  const weight = new Map<string, number>();
  const documentFrequency = new Map<string, number>();
  const headlines = new Map<string, string[]>();
  const surface = new Map<string, string>();
  const names = new Map<string, string[]>();
  const tags = new Set<string>();
  const name = (key: string, id: string) => {
    const ids = names.get(key) ?? [];
    if (key !== '' && !ids.includes(id)) names.set(key, [...ids, id]);
  };
  const texts: string[][] = [];
  const add = (key: string, w: number) => weight.set(key, (weight.get(key) ?? 0) + w);

  for (const article of articles) {
    const inDocument = new Set<string>();
    const headline = (text: string, w: number) => {
      const cut = text.slice(0, MAX_TEXT_CHARS);
      const tokens = normalize(cut);
      forEachNgram(tokens, MAX_TERM_LENGTH, (key, start, n) => {
        add(key, w);
        if (!surface.has(key)) surface.set(key, surfaceOf(cut, tokens, start, n) ?? key);
        inDocument.add(key);
        const ids = headlines.get(key) ?? [];
        if (ids.at(-1) !== article.id) ids.push(article.id);
        headlines.set(key, ids);
      });
      return tokens;
    };
    const title = headline(article.title, TITLE_WEIGHT);
    for (const part of [article.title, ...article.title.split(TITLE_PARTS)]) {
      name(normalize(part.slice(0, MAX_TEXT_CHARS)).join(' '), article.id);
    }
    for (const tag of article.tags ?? []) {
      const key = headline(tag, TAG_WEIGHT).join(' ');
      name(key, article.id);
      tags.add(key);
    }
    const body = normalize(article.body.slice(0, MAX_BODY_CHARS));
    forEachNgram(body, MAX_TERM_LENGTH, (key) => {
      add(key, 1);
      inDocument.add(key);
    });
    for (const key of inDocument) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    texts.push(title, body);
  }
  return { documents: articles.length, weight, documentFrequency, headlines, names, tags, surface, texts };
}

/**
 * The longest name among the runs of terms touching the given positions; on a tie the most
 * specific one (in the fewest texts): "waardedaling" rather than "vergoeding".
 */
export function findName(
  org: OrgVocabulary,
  terms: readonly string[],
  touching: readonly number[],
): Run | undefined {
  const spread = (key: string) => org.documentFrequency.get(key) ?? 0;
  for (let n = Math.min(terms.length, MAX_TERM_LENGTH); n > 0; n -= 1) {
    let best: Run | undefined;
    let bestKey = '';
    for (let start = 0; start + n <= terms.length; start += 1) {
      if (!touching.some((p) => p >= start && p < start + n)) continue;
      const key = terms.slice(start, start + n).join(' ');
      if (org.names.has(key) && (best === undefined || spread(key) < spread(bestKey))) {
        best = { start, n };
        bestKey = key;
      }
    }
    if (best) return best;
  }
  return undefined;
}
