import type { SparseVector } from './features.js';
import type { SoftmaxModel } from './softmax.js';

/**
 * Weights as 8-bit integers with one scale per feature, kept sparsely: most features matter to a
 * handful of intents, and weights within PRUNE steps of zero change no decision. Scoring then
 * touches only the weights that count (about a fifth on CLINC150), and the saved model is small.
 */
export interface QuantizedWeights {
  classes: number;
  dimensions: number;
  /** Feature d's weights are entries rowStarts[d] .. rowStarts[d + 1] - 1. */
  rowStarts: Uint32Array;
  columns: Uint16Array;
  values: Int8Array;
  rowScales: Float32Array;
  bias: Float32Array;
}

/** Quantised weights of at most this magnitude (out of 127 for the row's largest) are dropped. */
const PRUNE = 2;

export function quantize(model: SoftmaxModel): QuantizedWeights {
  const { classes, dimensions } = model;
  if (classes > 65_535) throw new Error('Too many intents for one model.');
  const rowStarts = new Uint32Array(dimensions + 1);
  const rowScales = new Float32Array(dimensions);
  const columns: number[] = [];
  const values: number[] = [];
  for (let d = 0; d < dimensions; d += 1) {
    const row = d * classes;
    let max = 0;
    for (let c = 0; c < classes; c += 1) max = Math.max(max, Math.abs(model.weights[row + c]!));
    const scale = max / 127 || 1;
    rowScales[d] = scale;
    for (let c = 0; c < classes; c += 1) {
      const q = Math.round(model.weights[row + c]! / scale);
      if (Math.abs(q) > PRUNE) {
        columns.push(c);
        values.push(q);
      }
    }
    rowStarts[d + 1] = columns.length;
  }
  return {
    classes,
    dimensions,
    rowStarts,
    columns: Uint16Array.from(columns),
    values: Int8Array.from(values),
    rowScales,
    bias: Float32Array.from(model.bias),
  };
}

export function quantizedScores(model: QuantizedWeights, x: SparseVector, out: Float64Array): Float64Array {
  const { rowStarts, columns, values, rowScales, bias } = model;
  const { indexes, values: xValues } = x;
  const classes = bias.length;
  const features = indexes.length;
  for (let c = 0; c < classes; c += 1) out[c] = bias[c]!;
  for (let j = 0; j < features; j += 1) {
    const d = indexes[j]!;
    const v = xValues[j]! * rowScales[d]!;
    const end = rowStarts[d + 1]!;
    for (let k = rowStarts[d]!; k < end; k += 1) out[columns[k]!]! += values[k]! * v;
  }
  return out;
}
