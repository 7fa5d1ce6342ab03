import type { SearchLog } from './search-log.js';
import { forEachNgram, MAX_TERM_LENGTH, surfaceOf } from './terms.js';

/** Terms past this position in a query are not counted: nobody searches with a paragraph. */
const MAX_QUERY_TERMS = 12;

/** What happened to the searches whose query holds a term (1-3 words). */
export interface TermStats {
  searches: number;
  clicked: number;
  zero: number;
  known: number;
  /** The distinct queries holding the term (indexes into SearchLog.queries). */
  queries: number[];
  /** How a visitor typed it, in lower case. */
  surface: string;
}

/** Every term of every distinct query, with the searches behind it. */
export function readQueryTerms(log: SearchLog): Map<string, TermStats> {
  const terms = new Map<string, TermStats>();
  log.queries.forEach((q, id) => {
    const tokens = q.tokens.length > MAX_QUERY_TERMS ? q.tokens.slice(0, MAX_QUERY_TERMS) : q.tokens;
    forEachNgram(tokens, MAX_TERM_LENGTH, (key, start, n) => {
      let stats = terms.get(key);
      if (!stats) {
        stats = { searches: 0, clicked: 0, zero: 0, known: 0, queries: [], surface: '' };
        terms.set(key, stats);
      }
      if (stats.queries.at(-1) === id) return; // the same term twice in one query counts once
      stats.searches += q.searches;
      stats.clicked += q.clicked;
      stats.zero += q.zero;
      stats.known += q.known;
      stats.queries.push(id);
      if (!stats.surface) stats.surface = surfaceOf(q.raw, q.tokens, start, n) ?? key;
    });
  });
  return terms;
}
