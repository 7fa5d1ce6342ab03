/**
 * Text -> sparse TF-IDF vector over word uni-/bigrams and character n-grams. Features are hashed
 * (FNV-1a) so no strings are kept; the vocabulary is the set of hashes seen in training often
 * enough, mapped to dense column indexes.
 */
export interface SparseVector {
  indexes: Uint32Array;
  values: Float32Array;
}

export interface FeatureOptions {
  charMin: number;
  charMax: number;
  /** Weight of the character part relative to the word part (each part is L2-normalised). */
  charWeight: number;
  minDf: number;
}

export const DEFAULT_FEATURES: FeatureOptions = { charMin: 2, charMax: 5, charWeight: 1, minDf: 1 };

const WORD = /[\p{L}\p{N}]+/gu;

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, diacritics folded (café -> cafe), split into letter/digit runs. */
export function words(text: string): string[] {
  // Plain ASCII has nothing to fold: skipping normalisation halves the cost of the common case.
  const folded = ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded.toLowerCase().match(WORD) ?? [];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(str: string, seed: number): number {
  let h = FNV_OFFSET ^ seed;
  for (let i = 0; i < str.length; i += 1) h = Math.imul(h ^ str.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Separates n-grams of different lengths (and words from characters) in the one hash space. */
function finish(h: number, tag: number): number {
  return Math.imul(h ^ Math.imul(tag, 0x9e3779b1), FNV_PRIME) >>> 0;
}

const WORD_TAG = 1;
const BIGRAM_TAG = 2;

function add(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Calls back with every hashed feature of one text: words and word pairs, then character n-grams. */
export function visitTerms(
  text: string,
  options: FeatureOptions,
  onWord: (hash: number) => void,
  onChar: (hash: number) => void,
): void {
  const tokens = words(text);
  let previous = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const hash = fnv(token, 0);
    onWord(finish(hash, WORD_TAG));
    if (i > 0) onWord(finish(Math.imul(previous, 31) ^ hash, BIGRAM_TAG));
    previous = hash;
    // Character n-grams of " token ", hashed incrementally from each start: no substrings made.
    const padded = ` ${token} `;
    for (let start = 0; start < padded.length; start += 1) {
      let h = FNV_OFFSET;
      const end = Math.min(padded.length, start + options.charMax);
      for (let k = start; k < end; k += 1) {
        h = Math.imul(h ^ padded.charCodeAt(k), FNV_PRIME);
        const n = k - start + 1;
        if (n >= options.charMin) onChar(finish(h, 16 + n));
      }
    }
  }
}

/** Raw hashed term counts of one text, separately for the word part and the character part. */
export function termCounts(
  text: string,
  options: FeatureOptions,
): [Map<number, number>, Map<number, number>] {
  const wordPart = new Map<number, number>();
  const charPart = new Map<number, number>();
  visitTerms(
    text,
    options,
    (h) => add(wordPart, h),
    (h) => add(charPart, h),
  );
  return [wordPart, charPart];
}
