/**
 * Text -> hashed terms: word uni-/bigrams and the character n-grams of each word. Features are
 * hashed (FNV-1a) straight from the text, so no strings are kept and none are made per term.
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

/** Lower case with diacritics folded (café -> cafe); plain ASCII has nothing to fold. */
function fold(text: string, ascii: boolean): string {
  return (ascii ? text : text.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();
}

/** Lower case, diacritics folded (café -> cafe), split into letter/digit runs. */
export function words(text: string): string[] {
  return fold(text, ASCII.test(text)).match(WORD) ?? [];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/** Separates n-grams of different lengths (and words from characters) in the one hash space. */
function finish(h: number, tag: number): number {
  return Math.imul(h ^ Math.imul(tag, 0x9e3779b1), FNV_PRIME) >>> 0;
}

const WORD_TAG = 1;
const BIGRAM_TAG = 2;
const CHAR_TAG = 16;

/** An ASCII letter or digit, once lower-cased: the letter/digit runs `words` finds in ASCII text. */
const isAsciiWordCode = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

function grown(buffer: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(buffer.length * 2);
  bigger.set(buffer);
  return bigger;
}

/**
 * The hashed terms of one text, in buffers reused from text to text: per word (token of `words`)
 * its hash and where its character n-grams (of " word ") end, and the hashes of word pairs.
 */
export class TermHashes {
  tokenCount = 0;
  /** Hash of each word, as a feature. */
  unigrams: Uint32Array = new Uint32Array(32);
  /** Word i's character n-grams are chars[charEnds[i - 1] ?? 0 .. charEnds[i] - 1]. */
  charEnds: Uint32Array = new Uint32Array(32);
  /** Hash of each pair of neighbouring words (one fewer than words). */
  bigrams: Uint32Array = new Uint32Array(32);
  chars: Uint32Array = new Uint32Array(512);
  charCount = 0;
  private previous = 0;

  constructor(readonly options: FeatureOptions) {}

  /** Replaces the buffers' contents with the terms of `text`. */
  read(text: string): this {
    this.tokenCount = 0;
    this.charCount = 0;
    const ascii = ASCII.test(text);
    const folded = fold(text, ascii);
    if (ascii) {
      // The common case scanned by hand: the same runs as WORD, without a match array of strings.
      let start = -1;
      for (let i = 0; i < folded.length; i += 1) {
        if (isAsciiWordCode(folded.charCodeAt(i))) {
          if (start < 0) start = i;
        } else if (start >= 0) {
          this.token(folded, start, i);
          start = -1;
        }
      }
      if (start >= 0) this.token(folded, start, folded.length);
    } else {
      for (const match of folded.matchAll(WORD))
        this.token(folded, match.index, match.index + match[0].length);
    }
    return this;
  }

  /** Word i's character n-grams start at chars[charStart(i)]. */
  charStart(i: number): number {
    return i === 0 ? 0 : this.charEnds[i - 1]!;
  }

  private token(text: string, start: number, end: number): void {
    let hash = FNV_OFFSET;
    for (let i = start; i < end; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
    hash >>>= 0;
    if (this.tokenCount === this.unigrams.length) {
      this.unigrams = grown(this.unigrams);
      this.charEnds = grown(this.charEnds);
      this.bigrams = grown(this.bigrams);
    }
    const i = this.tokenCount++;
    this.unigrams[i] = finish(hash, WORD_TAG);
    if (i > 0) this.bigrams[i - 1] = finish(Math.imul(this.previous, 31) ^ hash, BIGRAM_TAG);
    this.previous = hash;
    // Character n-grams of " token ", hashed incrementally from each start.
    const { charMin, charMax } = this.options;
    const length = end - start + 2;
    for (let from = 0; from < length; from += 1) {
      let h = FNV_OFFSET;
      const to = Math.min(length, from + charMax);
      for (let k = from; k < to; k += 1) {
        const code = k === 0 || k === length - 1 ? SPACE : text.charCodeAt(start + k - 1);
        h = Math.imul(h ^ code, FNV_PRIME);
        const n = k - from + 1;
        if (n >= charMin) this.pushChar(finish(h, CHAR_TAG + n));
      }
    }
    this.charEnds[i] = this.charCount;
  }

  private pushChar(hash: number): void {
    if (this.charCount === this.chars.length) this.chars = grown(this.chars);
    this.chars[this.charCount++] = hash;
  }
}
