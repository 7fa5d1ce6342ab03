import { DEFAULT_FEATURES, termCounts, type FeatureOptions, type SparseVector } from './features.js';

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

  constructor(readonly state: VectorizerState) {
    this.wordColumns = new Map(state.wordHashes.map((h, i) => [h, i]));
    this.charColumns = new Map(state.charHashes.map((h, i) => [h, state.wordHashes.length + i]));
    this.idf = Float32Array.from(state.idf);
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

  /** Sublinear TF times IDF; the word and character parts are each L2-normalised, then weighted. */
  transform(text: string): SparseVector {
    const [w, c] = termCounts(text, this.state.options);
    const indexes = new Uint32Array(w.size + c.size);
    const values = new Float32Array(w.size + c.size);
    const words = this.part(w, this.wordColumns, 1, indexes, values, 0);
    const size = this.part(c, this.charColumns, this.state.options.charWeight, indexes, values, words);
    return { indexes: indexes.subarray(0, size), values: values.subarray(0, size) };
  }

  /** Writes one part's known features from `offset` on; returns the new end. */
  private part(
    counts: Map<number, number>,
    columns: Map<number, number>,
    weight: number,
    indexes: Uint32Array,
    values: Float32Array,
    offset: number,
  ): number {
    let end = offset;
    let norm = 0;
    for (const [hash, count] of counts) {
      const column = columns.get(hash);
      if (column === undefined) continue;
      const value = (1 + Math.log(count)) * this.idf[column]!;
      indexes[end] = column;
      values[end] = value;
      norm += value * value;
      end += 1;
    }
    if (norm > 0) {
      const scale = weight / Math.sqrt(norm);
      for (let k = offset; k < end; k += 1) values[k]! *= scale;
    }
    return end;
  }
}
