import type { Lang } from '../language/detect.js';

/** Where one word-like segment starts and ends in the text (UTF-16 offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Word segmentation as Intl.Segmenter (Unicode UAX #29) does it. Intl.Segmenter costs about
 * 1 ms per 300 words in Node 20, more than the whole analyser budget, so Latin-script text takes
 * a fast path that applies the same UAX #29 rules that occur in Latin script: letters, digits,
 * marks and connectors form a word; an apostrophe, full stop or colon joins two letters
 * ("don't", "o.a", "gemeente.nl"); a full stop, comma or semicolon joins two digits ("1.250,00").
 * A test checks both paths give the same segments. Any other script goes to Intl.Segmenter,
 * which knows about scripts written without spaces.
 */
export function wordSpans(text: string, locale?: Lang): Span[] {
  if (ASCII_LETTERS.test(text)) return [{ start: 0, end: text.length }];
  const latin = !BEYOND_LATIN_BLOCKS.test(text) || !NON_LATIN_LETTER.test(text);
  return latin ? latinSpans(text) : segmenterSpans(text, locale);
}

// The common case, one plain word, needs no segmenting at all.
const ASCII_LETTERS = /^[A-Za-z]+$/;
// A cheap scan first (Basic Latin to Latin Extended-B); the exact script test only when it finds more.
const BEYOND_LATIN_BLOCKS = /[\u0250-\uffff]/;
const NON_LATIN_LETTER = /(?=\p{L})\P{Script=Latin}/u;
// Marks and the invisible format characters (soft hyphen, zero-width joiners, direction marks,
// word joiner, BOM) continue a word but never start one (UAX #29 rule WB4). The zero-width space
// is a format character too, but UAX #29 treats it as a break.
const EXTEND = '\\p{M}\\u00ad\\u200c-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\ufeff';
const RUN = new RegExp(`[\\p{L}\\p{Nd}\\p{Pc}][\\p{L}\\p{Nd}\\p{Pc}${EXTEND}]*`, 'gu');
const IS_EXTEND = new RegExp(`[${EXTEND}]`, 'u');
const EXTENDS_ONLY = new RegExp(`^[${EXTEND}]*$`, 'u');
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
// UAX #29 MidNumLet joins letters and digits alike; MidLetter only letters, MidNum only digits.
const MID_NUM_LET = ".'\u2018\u2019\u2024\ufe52\uff07\uff0e";
const BETWEEN_LETTERS = new Set(`:\u00b7\u2027${MID_NUM_LET}`);
const BETWEEN_DIGITS = new Set(`,;\ufe50\ufe54\uff0c\uff1b${MID_NUM_LET}`);

function latinSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    const previous = spans[spans.length - 1];
    if (previous !== undefined && joins(text, previous.end, start)) {
      previous.end = end;
    } else {
      spans.push({ start, end });
    }
  }
  return spans;
}

/** Whether the gap from `at` to `next` (one joiner, perhaps with marks) joins the runs around it. */
function joins(text: string, at: number, next: number): boolean {
  if (next <= at || !EXTENDS_ONLY.test(text.slice(at + 1, next))) return false;
  const joiner = text[at] ?? '';
  const before = lastBase(text, at);
  const after = text[next] ?? '';
  if (LETTER.test(before) && LETTER.test(after)) return BETWEEN_LETTERS.has(joiner);
  if (DIGIT.test(before) && DIGIT.test(after)) return BETWEEN_DIGITS.has(joiner);
  return false;
}

/** The last character before `at` that is not a mark or format character (UAX #29 rule WB4). */
function lastBase(text: string, at: number): string {
  for (let i = at - 1; i >= 0; i--) {
    const char = text[i] ?? '';
    if (!IS_EXTEND.test(char)) return char;
  }
  return '';
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterSpans(text: string, locale: Lang | undefined): Span[] {
  const key = locale ?? 'und';
  let segmenter = segmenters.get(key);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(key, segmenter);
  }
  const spans: Span[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (isWordLike === true) spans.push({ start: index, end: index + segment.length });
  }
  return spans;
}
