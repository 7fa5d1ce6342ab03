import { ColumnTable } from './columns.js';
import { DEFAULT_FEATURES, TermHashes, type FeatureOptions, type SparseVector } from './features.js';

/** The learned vocabulary: feature hash -> column, with each column's inverse document frequency. */
export interface VectorizerState {
  options: FeatureOptions;
  wordHashes: number[];
  charHashes: number[];
  idf: number[];
}

/** One text as the classifier scores it. The buffers are reused by the next call. */
export interface TextFeatures {
  /** The TF-IDF vector: its word part (entries 0 .. wordEntries - 1), then its character part. */
  vector: SparseVector;
  wordEntries: number;
  /** The column of each word of the text that is in the vocabulary, once per occurrence. */
  knownWords: Uint32Array;
  /** Turns a character n-gram's count x IDF into its value in `vector`. */
  charScale: number;
  /** The character n-grams of the words that are not in the vocabulary, one entry per occurrence. */
  strays: SparseVector;
}

/** Document frequencies of hashes, each text counted once however often a term occurs in it. */
class DocumentFrequencies {
  private readonly df = new Map<number, number>();
  private readonly lastText = new Map<number, number>();

  add(hashes: Uint32Array, count: number, text: number): void {
    for (let k = 0; k < count; k += 1) {
      const hash = hashes[k]!;
      if (this.lastText.get(hash) === text) continue;
      this.lastText.set(hash, text);
      this.df.set(hash, (this.df.get(hash) ?? 0) + 1);
    }
  }

  /** Hashes seen in at least `minDf` texts, in hash order (so the vocabulary is deterministic). */
  kept(minDf: number): [number, number][] {
    return [...this.df.entries()].filter(([, n]) => n >= minDf).sort((a, b) => a[0] - b[0]);
  }
}

/** A typed buffer at least `size` long: `buffer` itself when it is. */
function atLeast<T extends Uint32Array | Float32Array | Int32Array>(buffer: T, size: number): T {
  return buffer.length >= size ? buffer : new (buffer.constructor as new (n: number) => T)(size * 2);
}

/**
 * Text -> TF-IDF over words, word pairs and character n-grams. Words count sublinearly
 * (1 + log tf), character n-grams linearly, so a text's character part is the sum of its words'
 * parts: the scorer can add one precomputed row per known word instead of a row per n-gram.
 */
export class Vectorizer {
  private readonly wordColumns: ColumnTable;
  private readonly charColumns: ColumnTable;
  readonly idf: Float32Array;
  private readonly terms: TermHashes;
  /** Per-column term counts of the text being transformed; all zero between calls. */
  private readonly counts: Uint32Array;
  private indexes = new Uint32Array(256);
  private values = new Float32Array(256);
  private tokenColumns = new Int32Array(32);
  private knownWords = new Uint32Array(32);
  private strayIndexes = new Uint32Array(256);
  private strayValues = new Float32Array(256);

  constructor(readonly state: VectorizerState) {
    this.wordColumns = new ColumnTable(state.wordHashes, 0);
    this.charColumns = new ColumnTable(state.charHashes, state.wordHashes.length);
    this.idf = Float32Array.from(state.idf);
    this.terms = new TermHashes(state.options);
    this.counts = new Uint32Array(state.idf.length);
  }

  get dimensions(): number {
    return this.idf.length;
  }

  get wordDimensions(): number {
    return this.state.wordHashes.length;
  }

  static fit(texts: readonly string[], options: FeatureOptions = DEFAULT_FEATURES): Vectorizer {
    const terms = new TermHashes(options);
    const wordDf = new DocumentFrequencies();
    const charDf = new DocumentFrequencies();
    texts.forEach((text, i) => {
      terms.read(text);
      wordDf.add(terms.unigrams, terms.tokenCount, i);
      wordDf.add(terms.bigrams, terms.tokenCount - 1, i);
      charDf.add(terms.chars, terms.charCount, i);
    });
    const words = wordDf.kept(options.minDf);
    const chars = charDf.kept(options.minDf);
    const n = texts.length;
    const idf = [...words, ...chars].map(([, df]) => Math.log((n + 1) / (df + 1)) + 1);
    return new Vectorizer({
      options,
      wordHashes: words.map(([h]) => h),
      charHashes: chars.map(([h]) => h),
      idf,
    });
  }

  /** Whether a transformed text holds at least one word (not only character n-grams) seen in training. */
  hasKnownWord(x: SparseVector): boolean {
    return x.indexes.length > 0 && x.indexes[0]! < this.wordDimensions;
  }

  /** The TF-IDF vector of a text, in arrays of its own. */
  transform(text: string): SparseVector {
    const { vector } = this.features(text);
    return { indexes: vector.indexes.slice(), values: vector.values.slice() };
  }

  /**
   * Each word column's character columns (one per n-gram occurrence in the word, unknown n-grams
   * left out), from the word's first occurrence in `texts`; undefined for word pairs and unseen words.
   */
  wordCharColumns(texts: readonly string[]): (Uint32Array | undefined)[] {
    const out: (Uint32Array | undefined)[] = new Array<Uint32Array | undefined>(this.wordDimensions);
    for (const text of texts) {
      const terms = this.terms.read(text);
      for (let i = 0; i < terms.tokenCount; i += 1) {
        const word = this.wordColumns.get(terms.unigrams[i]!);
        if (word < 0 || out[word]) continue;
        const columns: number[] = [];
        for (let k = terms.charStart(i); k < terms.charEnds[i]!; k += 1) {
          const column = this.charColumns.get(terms.chars[k]!);
          if (column >= 0) columns.push(column);
        }
        out[word] = Uint32Array.from(columns);
      }
    }
    return out;
  }

  /**
   * Sublinear TF times IDF for words and word pairs, linear TF times IDF for character n-grams;
   * each part L2-normalised, the character part then weighted. Unknown features are dropped as
   * they are hashed.
   */
  features(text: string): TextFeatures {
    const terms = this.terms.read(text);
    const tokens = terms.tokenCount;
    const capacity = 2 * tokens + terms.charCount;
    this.indexes = atLeast(this.indexes, capacity);
    this.values = atLeast(this.values, capacity);
    this.tokenColumns = atLeast(this.tokenColumns, tokens);
    this.knownWords = atLeast(this.knownWords, tokens);
    this.strayIndexes = atLeast(this.strayIndexes, terms.charCount);
    this.strayValues = atLeast(this.strayValues, terms.charCount);
    let size = 0;
    let known = 0;
    for (let i = 0; i < tokens; i += 1) {
      const column = this.wordColumns.get(terms.unigrams[i]!);
      this.tokenColumns[i] = column;
      if (column < 0) continue;
      size = this.count(column, size);
      this.knownWords[known++] = column;
    }
    for (let i = 0; i + 1 < tokens; i += 1) {
      const column = this.wordColumns.get(terms.bigrams[i]!);
      if (column >= 0) size = this.count(column, size);
    }
    const wordEntries = size;
    let strays = 0;
    for (let i = 0; i < tokens; i += 1) {
      const stray = this.tokenColumns[i]! < 0;
      for (let k = terms.charStart(i); k < terms.charEnds[i]!; k += 1) {
        const column = this.charColumns.get(terms.chars[k]!);
        if (column < 0) continue;
        size = this.count(column, size);
        if (stray) this.strayIndexes[strays++] = column;
      }
    }
    this.weigh(0, wordEntries, 1, true);
    const charScale = this.weigh(wordEntries, size, this.state.options.charWeight, false);
    for (let k = 0; k < strays; k += 1) this.strayValues[k] = this.idf[this.strayIndexes[k]!]! * charScale;
    return {
      vector: { indexes: this.indexes.subarray(0, size), values: this.values.subarray(0, size) },
      wordEntries,
      knownWords: this.knownWords.subarray(0, known),
      charScale,
      strays: {
        indexes: this.strayIndexes.subarray(0, strays),
        values: this.strayValues.subarray(0, strays),
      },
    };
  }

  /** Counts one occurrence of a column, listing the column at `size` the first time; returns the new size. */
  private count(column: number, size: number): number {
    if (this.counts[column] === 0) this.indexes[size++] = column;
    this.counts[column]! += 1;
    return size;
  }

  /**
   * Writes the TF-IDF values of entries from..to (clearing their counts), L2-normalised to
   * `weight`; returns the factor applied to count x IDF (or 1 + log count x IDF when sublinear).
   */
  private weigh(from: number, to: number, weight: number, sublinear: boolean): number {
    const { counts, idf, indexes, values } = this;
    let norm = 0;
    for (let k = from; k < to; k += 1) {
      const column = indexes[k]!;
      const count = counts[column]!;
      const tf = count === 1 ? 1 : sublinear ? 1 + Math.log(count) : count;
      const value = tf * idf[column]!;
      counts[column] = 0;
      values[k] = value;
      norm += value * value;
    }
    if (norm === 0) return 0;
    const scale = weight / Math.sqrt(norm);
    for (let k = from; k < to; k += 1) values[k]! *= scale;
    return scale;
  }
}
