import { spellingSimilarity } from './spelling.js';

export interface SpellingPair {
  customer: string;
  official: string;
  similarity: number;
}

/** Letter counts: one edit changes them by at most 2, so a big difference rules a pair out cheaply. */
function letterHistogram(term: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of term.replaceAll(' ', '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function histogramDistance(a: Map<string, number>, b: Map<string, number>): number {
  let d = 0;
  for (const [ch, n] of a) d += Math.abs(n - (b.get(ch) ?? 0));
  for (const [ch, n] of b) if (!a.has(ch)) d += n;
  return d;
}

/** Most edits a typo may have (see MIN_TYPO_SIMILARITY in spelling.ts): a quarter of the length. */
const EDIT_SHARE = 0.25;

/**
 * Customer terms that are official terms written differently: joined or split ("schade melding"),
 * or a typo ("wisselwonig"). Each customer term is paired with its most similar official term.
 */
export function spellingPairs(
  customerTerms: readonly string[],
  officialTerms: readonly string[],
): SpellingPair[] {
  const byJoined = new Map<string, string>();
  const officials = officialTerms.map((term) => {
    byJoined.set(term.replaceAll(' ', ''), term);
    return { term, histogram: letterHistogram(term) };
  });
  const pairs: SpellingPair[] = [];
  for (const customer of customerTerms) {
    const joined = byJoined.get(customer.replaceAll(' ', ''));
    if (joined !== undefined && joined !== customer) {
      pairs.push({ customer, official: joined, similarity: 1 });
      continue;
    }
    const histogram = letterHistogram(customer);
    let best: SpellingPair | undefined;
    for (const official of officials) {
      const edits = Math.floor(EDIT_SHARE * Math.max(customer.length, official.term.length));
      if (Math.abs(customer.length - official.term.length) > edits) continue;
      if (histogramDistance(histogram, official.histogram) > 2 * edits) continue;
      const similarity = spellingSimilarity(customer, official.term);
      if (similarity > (best?.similarity ?? 0) && official.term !== customer) {
        best = { customer, official: official.term, similarity };
      }
    }
    if (best) pairs.push(best);
  }
  return pairs;
}
