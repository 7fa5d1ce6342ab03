import { MAX_QUERY_CHARS } from './terms.js';
import type { Normalizer, SearchEvent } from './types.js';

/** One distinct query (after normalisation) and what happened to the searches that used it. */
export interface QueryStats {
  key: string;
  tokens: string[];
  /** The first way a visitor typed it, for examples. */
  raw: string;
  searches: number;
  /** Searches after which the visitor opened at least one article. */
  clicked: number;
  /** Searches that showed no results, of the `known` ones that say how many they showed. */
  zero: number;
  known: number;
  /** Article id -> how often it was opened from this query. */
  clicks: Map<string, number>;
}

/**
 * The search log in columns: every distinct query analysed once, and the events grouped by session
 * in time order, so a million events cost a million array slots and no object per event.
 */
export interface SearchLog {
  queries: QueryStats[];
  sessionNames: string[];
  /** Events of session s are order[sessionStarts[s] .. sessionStarts[s + 1] - 1], earliest first. */
  sessionStarts: Int32Array;
  order: Int32Array;
  /** Per event: its query's index, or -1 when the query holds no terms (emoji, punctuation). */
  query: Int32Array;
  time: Float64Array;
  clicked: Uint8Array;
}

export function readSearchLog(events: readonly SearchEvent[], normalize: Normalizer): SearchLog {
  const n = events.length;
  const query = new Int32Array(n);
  const time = new Float64Array(n);
  const clicked = new Uint8Array(n);
  const sessionOf = new Int32Array(n);
  const queries: QueryStats[] = [];
  const byKey = new Map<string, number>();
  const byRaw = new Map<string, number>();
  const sessionIds = new Map<string, number>();
  const sessionNames: string[] = [];

  for (let i = 0; i < n; i += 1) {
    const event = events[i]!;
    const raw = String(event.query ?? '').slice(0, MAX_QUERY_CHARS);
    let id = byRaw.get(raw);
    if (id === undefined) {
      const tokens = normalize(raw);
      const key = tokens.join(' ');
      id = key === '' ? -1 : (byKey.get(key) ?? -1);
      if (key !== '' && id === -1) {
        id = queries.length;
        byKey.set(key, id);
        queries.push({ key, tokens, raw, searches: 0, clicked: 0, zero: 0, known: 0, clicks: new Map() });
      }
      byRaw.set(raw, id);
    }
    query[i] = id;
    time[i] = Date.parse(event.at);
    // Logs come from files: a missing or malformed click list counts as no click.
    const clicks: readonly unknown[] = Array.isArray(event.clicks) ? event.clicks : [];
    clicked[i] = clicks.length > 0 ? 1 : 0;
    let session = sessionIds.get(event.session);
    if (session === undefined) {
      session = sessionNames.length;
      sessionIds.set(event.session, session);
      sessionNames.push(event.session);
    }
    sessionOf[i] = session;

    const stats = queries[id];
    if (!stats) continue;
    stats.searches += 1;
    if (clicks.length > 0) stats.clicked += 1;
    if (typeof event.resultCount === 'number') {
      stats.known += 1;
      if (event.resultCount === 0) stats.zero += 1;
    }
    for (const clicked of clicks) {
      const article = String(clicked);
      stats.clicks.set(article, (stats.clicks.get(article) ?? 0) + 1);
    }
  }

  // Counting sort by session keeps the log's own order inside each session...
  const sessionStarts = new Int32Array(sessionNames.length + 1);
  for (let i = 0; i < n; i += 1) sessionStarts[sessionOf[i]! + 1]! += 1;
  for (let s = 0; s < sessionNames.length; s += 1) sessionStarts[s + 1]! += sessionStarts[s]!;
  const order = new Int32Array(n);
  const fill = sessionStarts.slice(0, sessionNames.length);
  for (let i = 0; i < n; i += 1) order[fill[sessionOf[i]!]!++] = i;
  // ...which is time order already for most logs; sort only the sessions that are not.
  for (let s = 0; s < sessionNames.length; s += 1) {
    const from = sessionStarts[s]!;
    const to = sessionStarts[s + 1]!;
    let sorted = true;
    for (let k = from + 1; k < to && sorted; k += 1) sorted = !(time[order[k]!]! < time[order[k - 1]!]!);
    if (!sorted) order.subarray(from, to).sort((a, b) => time[a]! - time[b]! || a - b);
  }
  return { queries, sessionNames, sessionStarts, order, query, time, clicked };
}

/** Click-through of a set of searches: the share that led to an article being opened. */
export function clickThrough(searches: number, clicked: number): number | null {
  return searches === 0 ? null : clicked / searches;
}
