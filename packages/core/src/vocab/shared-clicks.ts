import type { SearchLog } from './search-log.js';
import { isContiguous, MAX_TERM_LENGTH, unmatched } from './terms.js';

export interface SharedClickOptions {
  /** Searches with a click a query needs before its click distribution says anything. */
  minClicked: number;
  minSimilarity: number;
}

/** Two queries that lead to the same articles, reduced to the words in which they differ. */
export interface SharedClickPair {
  a: string;
  b: string;
  /** Cosine of the two queries' click distributions over articles. */
  similarity: number;
  /** The article both lead to most. */
  article: string;
  /** Clicked searches behind the less searched of the two. */
  support: number;
}

/** Per article, only its most clicked queries are compared: the tail adds pairs, not evidence. */
const QUERIES_PER_ARTICLE = 40;

function differingSpan(tokens: readonly string[], other: readonly string[]): string | undefined {
  const positions = unmatched(tokens, other);
  if (positions.length === 0 || positions.length > MAX_TERM_LENGTH || !isContiguous(positions))
    return undefined;
  return positions.map((p) => tokens[p]!).join(' ');
}

/** Queries whose clicks go to the same articles (cosine over their click distributions). */
export function mineSharedClicks(log: SearchLog, options: SharedClickOptions): SharedClickPair[] {
  const norms = new Map<number, number>();
  const byArticle = new Map<string, [number, number][]>();
  log.queries.forEach((q, id) => {
    if (q.clicked < options.minClicked) return;
    let norm = 0;
    for (const [article, n] of q.clicks) {
      norm += n * n;
      const list = byArticle.get(article) ?? [];
      list.push([id, n]);
      byArticle.set(article, list);
    }
    norms.set(id, Math.sqrt(norm));
  });

  const pairs: SharedClickPair[] = [];
  const compared = new Set<number>();
  const width = log.queries.length;
  for (const list of byArticle.values()) {
    const top = list.sort((x, y) => y[1] - x[1]).slice(0, QUERIES_PER_ARTICLE);
    for (let i = 0; i < top.length; i += 1) {
      for (let j = i + 1; j < top.length; j += 1) {
        const [x, y] = [top[i]![0], top[j]![0]].sort((p, q) => p - q) as [number, number];
        if (compared.has(x * width + y)) continue;
        compared.add(x * width + y);
        const qx = log.queries[x]!;
        const qy = log.queries[y]!;
        let product = 0;
        let article = '';
        let best = 0;
        for (const [id, n] of qx.clicks) {
          const shared = n * (qy.clicks.get(id) ?? 0);
          product += shared;
          if (shared > best) [best, article] = [shared, id];
        }
        const similarity = product / (norms.get(x)! * norms.get(y)!);
        if (similarity < options.minSimilarity) continue;
        const a = differingSpan(qx.tokens, qy.tokens);
        const b = differingSpan(qy.tokens, qx.tokens);
        if (a && b) pairs.push({ a, b, similarity, article, support: Math.min(qx.clicked, qy.clicked) });
      }
    }
  }
  return pairs.sort((p, q) => q.similarity - p.similarity);
}
