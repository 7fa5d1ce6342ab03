import { evaluateIntents, type EvaluationReport } from './evaluate.js';
import { DEFAULT_FEATURES, type FeatureOptions, type SparseVector } from './features.js';
import { quantize, quantizedScores, typicalValues, type QuantizedWeights } from './quantized.js';
import { seededRandom, shuffleInPlace } from './random.js';
import { DEFAULT_TRAINING, SoftmaxModel, softmaxInPlace, type TrainOptions } from './softmax.js';
import { Vectorizer, type VectorizerState } from './vectorizer.js';

/** The label of questions that belong to no intent (as in CLINC150); it is never routed. */
export const OUT_OF_SCOPE = 'oos';

/** Version 2: character n-grams count linearly and known words carry summed character rows. */
export const MODEL_VERSION = 2;

export interface Example {
  text: string;
  label: string;
}

export interface IntentModelData {
  format: 'klantstem-intents';
  version: typeof MODEL_VERSION;
  labels: string[];
  vectorizer: VectorizerState;
  weights: QuantizedWeights;
  /** Softmax temperature fitted on validation data, so confidences mean what they say. */
  temperature: number;
  /** Below this confidence the classifier abstains. */
  threshold: number;
  targetPrecision: number;
  examples: number;
  trainSeconds: number;
  /** Scores on the validation data, by the model before it was refitted on every example. */
  validation?: ValidationSummary;
}

/** The validation report kept with the model: per-intent scores and the most frequent confusions. */
export type ValidationSummary = EvaluationReport;

const KEPT_CONFUSIONS = 20;

export interface Alternative {
  intent: string;
  confidence: number;
}

export interface Prediction {
  /** The intent to route to, or null when the classifier abstains or the text is out of scope. */
  intent: string | null;
  /** The most likely label, even when abstaining (may be "oos"). */
  top: string;
  confidence: number;
  abstained: boolean;
  outOfScope: boolean;
  /** The three most likely intents (never "oos"), for the person who triages. */
  alternatives: Alternative[];
}

export interface TrainIntentOptions {
  /** Labelled examples to choose temperature and threshold on; held out from training when absent. */
  validation?: readonly Example[];
  /** Precision wanted on the questions the classifier answers; it abstains below that. */
  targetPrecision?: number;
  features?: FeatureOptions;
  /** Overrides of DEFAULT_INTENT_TRAINING. */
  training?: Partial<TrainOptions>;
  /** Share of the examples held out when no validation set is given. */
  holdout?: number;
  /** A clock for the training time (core has no timers of its own). */
  now?: () => number;
}

/**
 * Defaults chosen on CLINC150's validation split (never its test split) and checked on the demo's
 * Dutch questions. Precision 0.94 keeps most in-scope questions answered while it still declines
 * well over half of the out-of-scope ones.
 */
export const DEFAULT_TARGET_PRECISION = 0.94;
export const DEFAULT_INTENT_TRAINING: TrainOptions = {
  ...DEFAULT_TRAINING,
  epochs: 10,
  learningRate: 2,
  dropout: 0.6,
};
export const DEFAULT_INTENT_FEATURES: FeatureOptions = {
  ...DEFAULT_FEATURES,
  charMin: 2,
  charMax: 4,
  minDf: 2,
};

export class IntentClassifier {
  private readonly vectorizer: Vectorizer;
  private readonly scratch: Float64Array;
  /** The column of "oos" in the scores, or -1 when the model has no out-of-scope examples. */
  private readonly outOfScope: number;

  constructor(readonly model: IntentModelData) {
    this.vectorizer = new Vectorizer(model.vectorizer);
    this.scratch = new Float64Array(model.labels.length);
    this.outOfScope = model.labels.indexOf(OUT_OF_SCOPE);
  }

  /** Raw class scores (logits) per label, in the order of `model.labels`. */
  scores(text: string, out: Float64Array = new Float64Array(this.model.labels.length)): Float64Array {
    return quantizedScores(this.model.weights, this.vectorizer.features(text), out);
  }

  predict(text: string): Prediction {
    const features = this.vectorizer.features(text);
    const p = softmaxInPlace(
      quantizedScores(this.model.weights, features, this.scratch),
      this.model.temperature,
    );
    const { labels, threshold } = this.model;
    const ranked = topIndexes(p, 3, this.outOfScope);
    const alternatives = ranked.map((i) => ({ intent: labels[i]!, confidence: p[i]! }));
    const outOfScope = this.outOfScope >= 0 && p[this.outOfScope]! > p[ranked[0]!]!;
    const best = outOfScope ? this.outOfScope : ranked[0]!;
    const top = labels[best]!;
    const confidence = p[best]!;
    // A text sharing no word with the training data is judged on letter fragments alone: never guess.
    const abstained =
      !outOfScope && (!this.vectorizer.hasKnownWord(features.vector) || confidence < threshold);
    return {
      intent: outOfScope || abstained ? null : top,
      top,
      confidence,
      abstained,
      outOfScope,
      alternatives,
    };
  }
}

/** Indexes of the k largest values, largest first (the earlier of equals first), leaving out `skip`. */
function topIndexes(values: Float64Array, k: number, skip: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i]!;
    if (i === skip || (out.length === k && v <= values[out[k - 1]!]!)) continue;
    let at = Math.min(out.length, k - 1);
    for (; at > 0 && values[out[at - 1]!]! < v; at -= 1) out[at] = out[at - 1]!;
    out[at] = i;
  }
  return out;
}

/**
 * Trains the vectoriser and a softmax model, then fits the temperature and the abstention
 * threshold on validation data (never on the examples the model learned from).
 */
export function trainIntents(
  examples: readonly Example[],
  options: TrainIntentOptions = {},
): IntentModelData {
  if (examples.length === 0) throw new Error('No labelled examples to train on.');
  const now = options.now ?? (() => 0);
  const started = now();
  const targetPrecision = options.targetPrecision ?? DEFAULT_TARGET_PRECISION;
  let validation = options.validation;
  let fitOn = examples;
  if (!validation || validation.length === 0) {
    [fitOn, validation] = stratifiedSplit(examples, options.holdout ?? 0.15, options.training?.seed ?? 42);
  }
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  if (labels.filter((l) => l !== OUT_OF_SCOPE).length < 2)
    throw new Error('Training needs at least two intents.');
  const trial = fit(fitOn, labels, options);
  const classifier = new IntentClassifier({
    ...trial,
    temperature: 1,
    threshold: 0,
    targetPrecision,
    examples: 0,
    trainSeconds: 0,
  });
  const scored = validation.map((e) => ({ label: e.label, logits: classifier.scores(e.text) }));
  const temperature = fitTemperature(scored, labels);
  const threshold = chooseThreshold(scored, labels, temperature, targetPrecision);
  const calibrated = {
    ...trial,
    temperature,
    threshold,
    targetPrecision,
    examples: fitOn.length,
    trainSeconds: 0,
  };
  const validated = summary(evaluateIntents(new IntentClassifier(calibrated), validation));
  // With a held-out share, the final model learns from every example; the calibration carries over.
  const final = fitOn === examples ? trial : fit(examples, labels, options);
  return {
    ...final,
    temperature,
    threshold,
    targetPrecision,
    examples: examples.length,
    trainSeconds: (now() - started) / 1000,
    validation: validated,
  };
}

function fit(
  examples: readonly Example[],
  labels: string[],
  options: TrainIntentOptions,
): Pick<IntentModelData, 'format' | 'version' | 'labels' | 'vectorizer' | 'weights'> {
  const vectorizer = Vectorizer.fit(
    examples.map((e) => e.text),
    options.features ?? DEFAULT_INTENT_FEATURES,
  );
  const index = new Map(labels.map((l, i) => [l, i]));
  const vectors: SparseVector[] = [];
  let charScales = 0;
  let withChars = 0;
  for (const e of examples) {
    const { vector, charScale } = vectorizer.features(e.text);
    vectors.push({ indexes: vector.indexes.slice(), values: vector.values.slice() });
    charScales += charScale;
    if (charScale > 0) withChars += 1;
  }
  const model = SoftmaxModel.train(
    vectors,
    examples.map((e) => index.get(e.label)!),
    labels.length,
    vectorizer.dimensions,
    { ...DEFAULT_INTENT_TRAINING, ...options.training },
  );
  return {
    format: 'klantstem-intents',
    version: MODEL_VERSION,
    labels,
    vectorizer: vectorizer.state,
    weights: quantize(model, {
      typical: typicalValues(vectors, vectorizer.dimensions),
      wordChars: vectorizer.wordCharColumns(examples.map((e) => e.text)),
      idf: vectorizer.idf,
      charScale: charScales / Math.max(withChars, 1),
    }),
  };
}

function summary(report: EvaluationReport): ValidationSummary {
  return { ...report, confusions: report.confusions.slice(0, KEPT_CONFUSIONS) };
}

interface Scored {
  label: string;
  logits: Float64Array;
}

/** The temperature with the lowest log loss on validation data (a grid is plenty for one number). */
function fitTemperature(scored: readonly Scored[], labels: string[]): number {
  const index = new Map(labels.map((l, i) => [l, i]));
  const known = scored.filter((s) => index.has(s.label));
  let best = { temperature: 1, loss: Infinity };
  for (let k = -12; k <= 16; k += 1) {
    const temperature = 2 ** (k / 8);
    let loss = 0;
    for (const s of known)
      loss -= Math.max(logProbability(s.logits, index.get(s.label)!, temperature), MIN_LOG);
    if (loss < best.loss) best = { temperature, loss };
  }
  return best.temperature;
}

/** A floor on log probabilities, so one hopeless example cannot dominate the log loss. */
const MIN_LOG = Math.log(1e-12);

/** log softmax(logits / temperature)[target], computed without a copy of the logits. */
function logProbability(logits: Float64Array, target: number, temperature: number): number {
  let max = -Infinity;
  for (const s of logits) if (s > max) max = s;
  let sum = 0;
  for (const s of logits) sum += Math.exp((s - max) / temperature);
  return (logits[target]! - max) / temperature - Math.log(sum);
}

/**
 * The lowest confidence threshold at which the answered validation questions reach the target
 * precision (an answer to an out-of-scope question counts as wrong). If no threshold reaches it,
 * the one with the best precision that still answers something.
 */
function chooseThreshold(
  scored: readonly Scored[],
  labels: string[],
  temperature: number,
  target: number,
): number {
  const outcomes = scored.map((s) => {
    const p = softmaxInPlace(Float64Array.from(s.logits), temperature);
    let best = 0;
    for (let c = 1; c < p.length; c += 1) if (p[c]! > p[best]!) best = c;
    const predicted = labels[best]!;
    return { confidence: p[best]!, answered: predicted !== OUT_OF_SCOPE, correct: predicted === s.label };
  });
  const answerable = outcomes.filter((o) => o.answered).sort((a, b) => b.confidence - a.confidence);
  // Walk from the most confident down; remember the lowest confidence where precision still holds.
  let correct = 0;
  let chosen: number | undefined;
  let bestPrecision = { precision: -1, threshold: 0 };
  answerable.forEach((o, i) => {
    if (o.correct) correct += 1;
    const precision = correct / (i + 1);
    const next = answerable[i + 1];
    if (next && next.confidence === o.confidence) return; // thresholds fall between distinct values
    if (precision >= target) chosen = o.confidence;
    if (precision > bestPrecision.precision) bestPrecision = { precision, threshold: o.confidence };
  });
  if (chosen === undefined) return bestPrecision.threshold;
  // Everything at or above `chosen` is answered; with precision met all the way down, answer all.
  return correct / Math.max(answerable.length, 1) >= target ? 0 : chosen;
}

/** A deterministic split keeping each label's share: the held-out part validates, the rest trains. */
export function stratifiedSplit(
  examples: readonly Example[],
  share: number,
  seed: number,
): [Example[], Example[]] {
  const byLabel = new Map<string, Example[]>();
  for (const e of examples) {
    const group = byLabel.get(e.label);
    if (group) group.push(e);
    else byLabel.set(e.label, [e]);
  }
  const random = seededRandom(seed);
  const train: Example[] = [];
  const held: Example[] = [];
  for (const label of [...byLabel.keys()].sort()) {
    const group = byLabel.get(label)!;
    shuffleInPlace(group, random);
    const n = group.length >= 4 ? Math.max(1, Math.round(group.length * share)) : 0;
    held.push(...group.slice(0, n));
    train.push(...group.slice(n));
  }
  return [train, held];
}
