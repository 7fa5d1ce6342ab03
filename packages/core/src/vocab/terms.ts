import { words } from '../intents/features.js';
import type { Normalizer } from './types.js';

export const defaultNormalizer: Normalizer = words;

/** Longest phrase mined or reported, in terms: official names run long ("hinder tijdens de uitvoering"). */
export const MAX_TERM_LENGTH = 4;

/** Queries and texts are cut before analysis: a 10,000-character "query" is not a search. */
export const MAX_QUERY_CHARS = 300;
export const MAX_TEXT_CHARS = 5_000;

/** The term key of a text: its normalised terms joined by one space ("" when it has none). */
export function termKey(text: string, normalize: Normalizer): string {
  return normalize(text).join(' ');
}

/** Calls visit for every n-gram of 1..maxN terms, with its key. */
export function forEachNgram(
  tokens: readonly string[],
  maxN: number,
  visit: (key: string, start: number, n: number) => void,
): void {
  for (let start = 0; start < tokens.length; start += 1) {
    let key = '';
    for (let n = 1; n <= maxN && start + n <= tokens.length; n += 1) {
      key = n === 1 ? tokens[start]! : `${key} ${tokens[start + n - 1]!}`;
      visit(key, start, n);
    }
  }
}

/** True when the key's terms occur as a contiguous run inside the other key's terms. */
export function containsPhrase(outer: string, inner: string): boolean {
  return ` ${outer} `.includes(` ${inner} `);
}

/** Positions of one side's terms that the other side lacks, counting repeated terms. */
export function unmatched(side: readonly string[], other: readonly string[]): number[] {
  const available = new Map<string, number>();
  for (const t of other) available.set(t, (available.get(t) ?? 0) + 1);
  const positions: number[] = [];
  side.forEach((t, i) => {
    const left = available.get(t) ?? 0;
    if (left > 0) available.set(t, left - 1);
    else positions.push(i);
  });
  return positions;
}

export const isContiguous = (positions: readonly number[]) =>
  positions.every((p, i) => i === 0 || p === positions[i - 1]! + 1);

export interface Span {
  start: number;
  end: number;
}

const SURFACE_WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Offsets of the letter/digit runs in the original text (marks kept, so "café" is one run). */
export function wordSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(SURFACE_WORD)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/**
 * The words of the original text behind terms start..start+n-1, in lower case ("Contra-expertise"
 * for the key "contra expertise"), or undefined when the normaliser changed the number of words
 * (a compound split, a dropped stop word) and the positions no longer line up.
 */
export function surfaceOf(
  text: string,
  tokens: readonly string[],
  start: number,
  n: number,
): string | undefined {
  const spans = wordSpans(text);
  if (spans.length !== tokens.length) return undefined;
  const first = spans[start];
  const last = spans[start + n - 1];
  return first && last ? text.slice(first.start, last.end).toLowerCase() : undefined;
}

/** An even spread of at most max items (every k-th), so a huge input costs a bounded amount. */
export function spread<T>(items: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const step = items.length / max;
  return Array.from({ length: max }, (_, i) => items[Math.floor(i * step)]!);
}

/** A word in this share of a side's texts or more is one of its function words ("uw", "ik"). */
export const FUNCTION_WORD_SPREAD = 0.3;

export const hasLetter = (term: string) => /\p{L}/u.test(term);
