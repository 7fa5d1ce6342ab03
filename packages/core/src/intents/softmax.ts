import type { SparseVector } from './features.js';
import { seededRandom, shuffleInPlace } from './random.js';

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /**
   * Share of a text's features hidden at each step (dropout): no class can lean on a few of its
   * features, which regularises text models better than averaging alone.
   */
  dropout: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 10, learningRate: 0.5, dropout: 0, seed: 42 };

/** Gradients smaller than this change a weight by less than float32 noise over a run. */
const GRADIENT_FLOOR = 1e-4;

/**
 * Multinomial logistic regression over sparse vectors, trained by averaged stochastic gradient
 * descent: the final weights are the average over all steps, which regularises like a tuned
 * L2 penalty without the penalty's cost or its hyperparameter. Deterministic for a given seed.
 */
export class SoftmaxModel {
  constructor(
    readonly classes: number,
    readonly dimensions: number,
    /** Row-major [dimension][class]: one feature's weights for all classes sit together. */
    readonly weights: Float32Array,
    readonly bias: Float32Array,
  ) {}

  static train(
    vectors: readonly SparseVector[],
    labels: readonly number[],
    classes: number,
    dimensions: number,
    options: TrainOptions = DEFAULT_TRAINING,
  ): SoftmaxModel {
    const weights = new Float32Array(dimensions * classes);
    const bias = new Float64Array(classes);
    // Averaging trick: keep the sum of step-weighted updates; average = w - sums / steps.
    const weightSums = new Float32Array(dimensions * classes);
    const biasSums = new Float64Array(classes);
    const order = vectors.map((_, i) => i);
    const random = seededRandom(options.seed);
    const scores = new Float64Array(classes);
    const touched = new Uint16Array(classes);
    const eta = options.learningRate;
    const kept = keptFeatures(vectors);
    let step = 1;
    for (let epoch = 0; epoch < options.epochs; epoch += 1) {
      shuffleInPlace(order, random);
      for (const i of order) {
        const x = options.dropout > 0 ? dropout(vectors[i]!, options.dropout, random, kept) : vectors[i]!;
        scoresOf(weights, bias, x, classes, scores);
        softmaxInPlace(scores);
        scores[labels[i]!]! -= 1; // gradient of the log loss with respect to the scores
        // Most classes get a near-zero gradient; updating only the others is most of the speed.
        let active = 0;
        for (let c = 0; c < classes; c += 1) if (Math.abs(scores[c]!) > GRADIENT_FLOOR) touched[active++] = c;
        for (let j = 0; j < x.indexes.length; j += 1) {
          const row = x.indexes[j]! * classes;
          const v = x.values[j]! * eta;
          for (let a = 0; a < active; a += 1) {
            const k = row + touched[a]!;
            const delta = v * scores[touched[a]!]!;
            weights[k]! -= delta;
            weightSums[k]! -= step * delta;
          }
        }
        for (let a = 0; a < active; a += 1) {
          const c = touched[a]!;
          bias[c]! -= eta * scores[c]!;
          biasSums[c]! -= step * eta * scores[c]!;
        }
        step += 1;
      }
    }
    for (let k = 0; k < weights.length; k += 1) weights[k]! -= weightSums[k]! / step;
    const averagedBias = Float32Array.from(bias, (b, c) => b - biasSums[c]! / step);
    return new SoftmaxModel(classes, dimensions, weights, averagedBias);
  }

  /** Class scores (logits) for one vector. */
  scores(x: SparseVector, out: Float64Array = new Float64Array(this.classes)): Float64Array {
    return scoresOf(this.weights, this.bias, x, this.classes, out);
  }
}

/** Buffers for one vector's surviving features, as long as the longest vector. */
function keptFeatures(vectors: readonly SparseVector[]): SparseVector {
  const longest = vectors.reduce((n, x) => Math.max(n, x.indexes.length), 0);
  return { indexes: new Uint32Array(longest), values: new Float32Array(longest) };
}

/** Hides each feature with probability `rate`, scaling the rest so the expected vector is unchanged. */
function dropout(x: SparseVector, rate: number, random: () => number, kept: SparseVector): SparseVector {
  const scale = 1 / (1 - rate);
  let n = 0;
  for (let j = 0; j < x.indexes.length; j += 1) {
    if (random() < rate) continue;
    kept.indexes[n] = x.indexes[j]!;
    kept.values[n] = x.values[j]! * scale;
    n += 1;
  }
  return { indexes: kept.indexes.subarray(0, n), values: kept.values.subarray(0, n) };
}

function scoresOf(
  weights: Float32Array,
  bias: Float32Array | Float64Array,
  x: SparseVector,
  classes: number,
  out: Float64Array,
): Float64Array {
  for (let c = 0; c < classes; c += 1) out[c] = bias[c]!;
  for (let j = 0; j < x.indexes.length; j += 1) {
    const row = x.indexes[j]! * classes;
    const v = x.values[j]!;
    for (let c = 0; c < classes; c += 1) out[c]! += weights[row + c]! * v;
  }
  return out;
}

/** Turns scores into probabilities in place; a temperature above 1 softens them. */
export function softmaxInPlace(scores: Float64Array, temperature = 1): Float64Array {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c += 1) {
    scores[c] = Math.exp((scores[c]! - max) / temperature);
    sum += scores[c]!;
  }
  for (let c = 0; c < scores.length; c += 1) scores[c]! /= sum;
  return scores;
}
