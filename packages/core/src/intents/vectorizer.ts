import {
  DEFAULT_FEATURES,
  termCounts,
  visitTerms,
  type FeatureOptions,
  type SparseVector,
} from './features.js';

/** The learned vocabulary: feature hash -> column, with each column's inverse document frequency. */
export interface VectorizerState {
  options: FeatureOptions;
  wordHashes: number[];
  charHashes: number[];
  idf: number[];
}

export class Vectorizer {
  private readonly wordColumns: Map<number, number>;
  private readonly charColumns: Map<number, number>;
  private readonly idf: Float32Array;
  /** Per-column term counts of the text being transformed; all zero between calls. */
  private readonly counts: Uint32Array;

  constructor(readonly state: VectorizerState) {
    this.wordColumns = new Map(state.wordHashes.map((h, i) => [h, i]));
    this.charColumns = new Map(state.charHashes.map((h, i) => [h, state.wordHashes.length + i]));
    this.idf = Float32Array.from(state.idf);
    this.counts = new Uint32Array(state.idf.length);
  }

  get dimensions(): number {
    return this.idf.length;
  }

  static fit(texts: readonly string[], options: FeatureOptions = DEFAULT_FEATURES): Vectorizer {
    const wordDf = new Map<number, number>();
    const charDf = new Map<number, number>();
    for (const text of texts) {
      const [w, c] = termCounts(text, options);
      for (const h of w.keys()) wordDf.set(h, (wordDf.get(h) ?? 0) + 1);
      for (const h of c.keys()) charDf.set(h, (charDf.get(h) ?? 0) + 1);
    }
    const keep = (df: Map<number, number>) =>
      [...df.entries()].filter(([, n]) => n >= options.minDf).sort((a, b) => a[0] - b[0]);
    const words = keep(wordDf);
    const chars = keep(charDf);
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
    return x.indexes.length > 0 && x.indexes[0]! < this.state.wordHashes.length;
  }

  /**
   * Sublinear TF times IDF; the word and character parts are each L2-normalised, then weighted.
   * Features unknown to the vocabulary are dropped as they are hashed, so nothing is counted twice.
   */
  transform(text: string): SparseVector {
    const counts = this.counts;
    const wordSeen: number[] = [];
    const charSeen: number[] = [];
    const count = (columns: Map<number, number>, seen: number[]) => (hash: number) => {
      const column = columns.get(hash);
      if (column === undefined) return;
      if (counts[column] === 0) seen.push(column);
      counts[column]! += 1;
    };
    visitTerms(
      text,
      this.state.options,
      count(this.wordColumns, wordSeen),
      count(this.charColumns, charSeen),
    );
    const size = wordSeen.length + charSeen.length;
    const indexes = new Uint32Array(size);
    const values = new Float32Array(size);
    const words = this.part(wordSeen, 1, indexes, values, 0);
    this.part(charSeen, this.state.options.charWeight, indexes, values, words);
    return { indexes, values };
  }

  /** Writes one part's features from `offset` on (clearing their counts); returns the new end. */
  private part(
    seen: number[],
    weight: number,
    indexes: Uint32Array,
    values: Float32Array,
    offset: number,
  ): number {
    let norm = 0;
    for (let k = 0; k < seen.length; k += 1) {
      const column = seen[k]!;
      const value = (1 + Math.log(this.counts[column]!)) * this.idf[column]!;
      this.counts[column] = 0;
      indexes[offset + k] = column;
      values[offset + k] = value;
      norm += value * value;
    }
    const end = offset + seen.length;
    if (norm > 0) {
      const scale = weight / Math.sqrt(norm);
      for (let k = offset; k < end; k += 1) values[k]! *= scale;
    }
    return end;
  }
}
