import { isContiguous, MAX_TERM_LENGTH, unmatched } from './terms.js';

/** A run of terms inside a query: terms[start .. start + n - 1]. */
export interface Run {
  start: number;
  n: number;
}

export interface Alignment {
  /** Words visitors keep while swapping the rest ("aanvragen", "kosten"): not part of a term. */
  isContext: (term: string) => boolean;
  /** The organisation's name for a subject among the runs of terms that touch the given positions. */
  findName: (terms: readonly string[], touching: readonly number[]) => Run | undefined;
}

const text = (terms: readonly string[], positions: readonly number[]) =>
  positions.map((p) => terms[p]!).join(' ');

/** The differing words with context words trimmed from the edges; undefined when not one phrase. */
function trimmed(terms: readonly string[], positions: readonly number[], isContext: (t: string) => boolean) {
  let lo = 0;
  let hi = positions.length - 1;
  while (hi > lo && isContext(terms[positions[lo]!]!)) lo += 1;
  while (hi > lo && isContext(terms[positions[hi]!]!)) hi -= 1;
  const kept = positions.slice(lo, hi + 1);
  return kept.length === 0 || kept.length > MAX_TERM_LENGTH || !isContiguous(kept)
    ? undefined
    : text(terms, kept);
}

/**
 * Aligns a failed query with the successful one that followed: the words they share are dropped
 * and the differing words form the pair. When the successful query holds one of the
 * organisation's names, that name is the official side, and shared words inside the name stay on
 * both sides: "mijn omgeving" / "mijn dossier", "bijkomde kosten" / "vergoeding bijkomende kosten".
 */
export function alignQueries(
  from: readonly string[],
  to: readonly string[],
  alignment: Alignment,
): [string, string] | undefined {
  const onlyFrom = unmatched(from, to);
  const onlyTo = unmatched(to, from);
  if (onlyFrom.length === 0 || onlyTo.length === 0) return undefined;

  const name = alignment.findName(to, onlyTo);
  if (name) {
    const official = to.slice(name.start, name.start + name.n);
    const extended = new Set(onlyFrom);
    official.forEach((term, k) => {
      if (onlyTo.includes(name.start + k)) return;
      const at = from.findIndex((t, i) => t === term && !extended.has(i));
      if (at >= 0) extended.add(at);
    });
    const positions = [...extended].sort((x, y) => x - y);
    const customer =
      positions.length > onlyFrom.length && positions.length <= MAX_TERM_LENGTH && isContiguous(positions)
        ? text(from, positions)
        : trimmed(from, onlyFrom, alignment.isContext);
    return customer === undefined ? undefined : [customer, official.join(' ')];
  }
  const customer = trimmed(from, onlyFrom, alignment.isContext);
  const official = trimmed(to, onlyTo, alignment.isContext);
  return customer && official ? [customer, official] : undefined;
}
