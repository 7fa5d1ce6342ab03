import { LLR_SIGNIFICANT, logLikelihoodRatio } from './llr.js';
import type { SearchLog } from './search-log.js';
import { alignQueries, type Alignment } from './align.js';
import type { ReformulationExample } from './types.js';

export interface ReformulationOptions {
  /** How soon the successful search must follow the failed one. */
  windowMinutes: number;
  /** Distinct sessions needed before a pair counts: one visitor's habit is not the customers' word. */
  minSessions: number;
  /** The organisation's names for its subjects, found in successful queries (see align.ts). */
  findName?: Alignment['findName'];
}

/** A customer term that visitors replaced by another term to find what they were looking for. */
export interface ReformulationPair {
  /** Term keys: the customer's words in the first search, the official ones in the second. */
  from: string;
  to: string;
  sessions: number;
  llr: number;
  /** Of the sessions that left `from` for a successful search, the share that went to `to`. */
  share: number;
  examples: ReformulationExample[];
}

/**
 * Words visitors keep while swapping the rest ("noodwoning aanvragen" -> "wisselwoning aanvragen")
 * are context, not part of the term: when a word is kept in this share of the reformulations it
 * occurs in, it is trimmed from the edges of the differing words where it was dropped.
 */
const CONTEXT_SHARE = 0.15;

/**
 * Query pairs (failed query, successful query) per session, each pair once per session; a pair is
 * coded as failed * queries.length + successful.
 */
export function sessionQueryPairs(log: SearchLog, windowMs: number): { session: number[]; code: number[] } {
  const width = log.queries.length;
  const session: number[] = [];
  const code: number[] = [];
  for (let s = 0; s + 1 < log.sessionStarts.length; s += 1) {
    const from = log.sessionStarts[s]!;
    const to = log.sessionStarts[s + 1]!;
    const first = code.length;
    for (let i = from; i < to; i += 1) {
      const failed = log.order[i]!;
      if (log.clicked[failed] || log.query[failed]! < 0) continue;
      for (let j = i + 1; j < to; j += 1) {
        const next = log.order[j]!;
        const elapsed = log.time[next]! - log.time[failed]!;
        if (!(elapsed <= windowMs)) break; // also stops on unreadable times (NaN)
        if (!log.clicked[next]) continue;
        const a = log.query[failed]!;
        const b = log.query[next]!;
        const pair = a * width + b;
        if (b >= 0 && a !== b && code.indexOf(pair, first) === -1) {
          session.push(s);
          code.push(pair);
        }
        break;
      }
    }
  }
  return { session, code };
}

const SEPARATOR = '\u0000';

/**
 * Reformulations: a search with no click followed within the window by one that got a click. The
 * two queries are aligned (align.ts) into a candidate pair of terms, scored by Dunning's
 * log-likelihood ratio over all sessions.
 */
export function mineReformulations(
  log: SearchLog,
  options: ReformulationOptions,
): { pairs: ReformulationPair[]; isContext: (term: string) => boolean } {
  const { session, code } = sessionQueryPairs(log, options.windowMinutes * 60_000);
  const width = log.queries.length;
  const tokensOf = (c: number): [string[], string[]] => [
    log.queries[Math.floor(c / width)]!.tokens,
    log.queries[c % width]!.tokens,
  ];

  const weight = new Map<number, number>();
  for (const c of code) weight.set(c, (weight.get(c) ?? 0) + 1);
  const seen = new Map<string, number>();
  const kept = new Map<string, number>();
  for (const [c, w] of weight) {
    const [a, b] = tokensOf(c);
    const inB = new Set(b);
    for (const t of new Set([...a, ...b])) {
      seen.set(t, (seen.get(t) ?? 0) + w);
      if (inB.has(t) && a.includes(t)) kept.set(t, (kept.get(t) ?? 0) + w);
    }
  }
  const isContext = (t: string) =>
    (seen.get(t) ?? 0) >= options.minSessions && (kept.get(t) ?? 0) / seen.get(t)! >= CONTEXT_SHARE;
  const alignment: Alignment = { isContext, findName: options.findName ?? (() => undefined) };

  const aligned = new Map<number, string | undefined>();
  for (const c of weight.keys()) {
    const pair = alignQueries(...tokensOf(c), alignment);
    aligned.set(c, pair && pair[0] !== pair[1] ? pair.join(SEPARATOR) : undefined);
  }

  const sessions = new Map<string, number>();
  const examples = new Map<string, ReformulationExample[]>();
  const fromTotal = new Map<string, number>();
  const toTotal = new Map<string, number>();
  for (let k = 0; k < code.length;) {
    const s = session[k]!;
    const inSession = new Set<string>();
    for (; k < code.length && session[k] === s; k += 1) {
      const pair = aligned.get(code[k]!);
      if (!pair || inSession.has(pair)) continue;
      inSession.add(pair);
      sessions.set(pair, (sessions.get(pair) ?? 0) + 1);
      const [from, to] = pair.split(SEPARATOR) as [string, string];
      fromTotal.set(from, (fromTotal.get(from) ?? 0) + 1);
      toTotal.set(to, (toTotal.get(to) ?? 0) + 1);
      const list = examples.get(pair) ?? [];
      if (list.length < 3) {
        const [a, b] = [Math.floor(code[k]! / width), code[k]! % width];
        list.push({ session: log.sessionNames[s]!, from: log.queries[a]!.raw, to: log.queries[b]!.raw });
        examples.set(pair, list);
      }
    }
  }

  const pairs: ReformulationPair[] = [];
  for (const [pair, n] of sessions) {
    if (n < options.minSessions) continue;
    const [from, to] = pair.split(SEPARATOR) as [string, string];
    const nFrom = fromTotal.get(from)!;
    const nTo = toTotal.get(to)!;
    // Over all sessions: how much more often than chance do visitors go from one term to the other?
    const neither = Math.max(0, log.sessionNames.length - nFrom - nTo + n);
    const llr = logLikelihoodRatio(n, nFrom - n, nTo - n, neither);
    if (llr < LLR_SIGNIFICANT) continue;
    pairs.push({ from, to, sessions: n, llr, share: n / nFrom, examples: examples.get(pair) ?? [] });
  }
  return { pairs: pairs.sort((x, y) => y.llr - x.llr || (x.from < y.from ? -1 : 1)), isContext };
}
