import type { SparseVector } from './features.js';
import type { SoftmaxModel } from './softmax.js';
import type { TextFeatures } from './vectorizer.js';

/** Rows of 8-bit weights over the classes, one scale per row, kept sparsely. */
export interface QuantizedRows {
  /** Row r's weights are entries rowStarts[r] .. rowStarts[r + 1] - 1. */
  rowStarts: Uint32Array;
  columns: Uint16Array;
  values: Int8Array;
  rowScales: Float32Array;
}

/**
 * The weights as the classifier scores with them. A text's character part is the sum of its
 * words' character parts (character n-grams count linearly), so each known word has one row of
 * its n-grams' weights summed (IDF-weighted): about eight rows per question instead of eighty.
 * The per-feature rows serve the word part and the n-grams of unknown words.
 */
export interface QuantizedWeights {
  classes: number;
  dimensions: number;
  /** One row per feature column. */
  features: QuantizedRows;
  /** One row per word column: the IDF-weighted sum of the rows of the word's character n-grams. */
  wordChars: QuantizedRows;
  bias: Float32Array;
}

/**
 * A weight adding less than this to a score (in logits, at its row's typical value) is dropped:
 * frequent letter n-grams carry small weights for every intent that one by one decide nothing.
 */
export const PRUNE_LOGITS = 0.02;

/** What quantising needs to know of the vectoriser and the training vectors. */
export interface QuantizeInput {
  /** Each feature's mean value over the training vectors that hold it. */
  typical: Float32Array;
  /** Each word column's character columns (see `Vectorizer.wordCharColumns`). */
  wordChars: readonly (Uint32Array | undefined)[];
  idf: Float32Array;
  /** Mean of `TextFeatures.charScale` over the training texts. */
  charScale: number;
}

/** Each feature's mean value over the vectors that hold it (0 for features never seen). */
export function typicalValues(vectors: readonly SparseVector[], dimensions: number): Float32Array {
  const sums = new Float64Array(dimensions);
  const counts = new Uint32Array(dimensions);
  for (const x of vectors) {
    for (let j = 0; j < x.indexes.length; j += 1) {
      sums[x.indexes[j]!]! += x.values[j]!;
      counts[x.indexes[j]!]! += 1;
    }
  }
  return Float32Array.from(sums, (sum, d) => (counts[d] ? sum / counts[d] : 0));
}

export function quantize(
  model: SoftmaxModel,
  input: QuantizeInput,
  pruneLogits: number = PRUNE_LOGITS,
): QuantizedWeights {
  const { classes, dimensions, weights } = model;
  if (classes > 65_535) throw new Error('Too many intents for one model.');
  const features = quantizeRows(
    dimensions,
    classes,
    (d, row) => row.set(weights.subarray(d * classes, (d + 1) * classes)),
    (d) => pruneLogits / input.typical[d]!,
  );
  const wordChars = quantizeRows(
    input.wordChars.length,
    classes,
    (w, row) => {
      row.fill(0);
      for (const g of input.wordChars[w] ?? []) {
        const idf = input.idf[g]!;
        for (let c = 0; c < classes; c += 1) row[c]! += idf * weights[g * classes + c]!;
      }
    },
    () => pruneLogits / input.charScale,
  );
  return { classes, dimensions, features, wordChars, bias: Float32Array.from(model.bias) };
}

/**
 * Softmax ignores a shift shared by every class, so each row is first centred on its median: a
 * feature that pushes three intents up and the rest a little down becomes three weights and many
 * near-zeros, and weights below a row's `floor` (in magnitude) are pruned.
 */
function quantizeRows(
  count: number,
  classes: number,
  rowOf: (r: number, row: Float32Array) => void,
  floorOf: (r: number) => number,
): QuantizedRows {
  const rowStarts = new Uint32Array(count + 1);
  const rowScales = new Float32Array(count);
  const columns: number[] = [];
  const values: number[] = [];
  const row = new Float32Array(classes);
  const sorted = new Float32Array(classes);
  for (let r = 0; r < count; r += 1) {
    rowOf(r, row);
    sorted.set(row);
    const median = sorted.sort()[classes >> 1]!;
    let max = 0;
    for (let c = 0; c < classes; c += 1) {
      row[c]! -= median;
      max = Math.max(max, Math.abs(row[c]!));
    }
    const scale = max / 127 || 1;
    rowScales[r] = scale;
    const floor = floorOf(r);
    for (let c = 0; c < classes; c += 1) {
      const q = Math.round(row[c]! / scale);
      if (q !== 0 && Math.abs(row[c]!) >= floor) {
        columns.push(c);
        values.push(q);
      }
    }
    rowStarts[r + 1] = columns.length;
  }
  return { rowStarts, columns: Uint16Array.from(columns), values: Int8Array.from(values), rowScales };
}

/** Adds `weight` times row r to `out`. */
function addRow(rows: QuantizedRows, r: number, weight: number, out: Float64Array): void {
  const { rowStarts, columns, values } = rows;
  const v = weight * rows.rowScales[r]!;
  const end = rowStarts[r + 1]!;
  for (let k = rowStarts[r]!; k < end; k += 1) out[columns[k]!]! += values[k]! * v;
}

/** Class scores (logits) of one text. */
export function quantizedScores(
  model: QuantizedWeights,
  text: TextFeatures,
  out: Float64Array,
): Float64Array {
  const { features, wordChars, bias } = model;
  const { vector, wordEntries, knownWords, charScale, strays } = text;
  out.set(bias);
  for (let j = 0; j < wordEntries; j += 1) addRow(features, vector.indexes[j]!, vector.values[j]!, out);
  for (let j = 0; j < knownWords.length; j += 1) addRow(wordChars, knownWords[j]!, charScale, out);
  for (let j = 0; j < strays.indexes.length; j += 1)
    addRow(features, strays.indexes[j]!, strays.values[j]!, out);
  return out;
}
