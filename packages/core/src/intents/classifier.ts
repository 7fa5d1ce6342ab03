import { evaluateIntents, type EvaluationReport } from './evaluate.js';
import { DEFAULT_FEATURES, type FeatureOptions } from './features.js';
import { quantize, quantizedScores, type QuantizedWeights } from './quantized.js';
import { seededRandom, shuffleInPlace } from './random.js';
import { DEFAULT_TRAINING, SoftmaxModel, softmaxInPlace, type TrainOptions } from './softmax.js';
import { Vectorizer, type VectorizerState } from './vectorizer.js';

/** The label of questions that belong to no intent (as in CLINC150); it is never routed. */
export const OUT_OF_SCOPE = 'oos';

export interface Example {
  text: string;
  label: string;
}

export interface IntentModelData {
  format: 'klantstem-intents';
  version: 1;
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

export type ValidationSummary = Omit<EvaluationReport, 'perIntent' | 'confusions'>;

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
  training?: TrainOptions;
  /** Share of the examples held out when no validation set is given. */
  holdout?: number;
  /** A clock for the training time (core has no timers of its own). */
  now?: () => number;
}

export const DEFAULT_TARGET_PRECISION = 0.92;
export const DEFAULT_INTENT_TRAINING: TrainOptions = { ...DEFAULT_TRAINING, epochs: 5, learningRate: 2 };
export const DEFAULT_INTENT_FEATURES: FeatureOptions = {
  ...DEFAULT_FEATURES,
  charMin: 2,
  charMax: 4,
  minDf: 2,
};

export class IntentClassifier {
  private readonly vectorizer: Vectorizer;
  private readonly scratch: Float64Array;

  constructor(readonly model: IntentModelData) {
    this.vectorizer = new Vectorizer(model.vectorizer);
    this.scratch = new Float64Array(model.labels.length);
  }

  /** Raw class scores (logits) per label, in the order of `model.labels`. */
  scores(text: string, out: Float64Array = new Float64Array(this.model.labels.length)): Float64Array {
    return quantizedScores(this.model.weights, this.vectorizer.transform(text), out);
  }

  /** Calibrated probabilities per label, in the order of `model.labels`. */
  probabilities(text: string, out: Float64Array = new Float64Array(this.model.labels.length)): Float64Array {
    return softmaxInPlace(this.scores(text, out), this.model.temperature);
  }

  predict(text: string): Prediction {
    const x = this.vectorizer.transform(text);
    const p = softmaxInPlace(quantizedScores(this.model.weights, x, this.scratch), this.model.temperature);
    const { labels, threshold } = this.model;
    const ranked = topIndexes(p, 4);
    const best = ranked[0]!;
    const top = labels[best]!;
    const confidence = p[best]!;
    const outOfScope = top === OUT_OF_SCOPE;
    // A text sharing no word with the training data is judged on letter fragments alone: never guess.
    const abstained = !outOfScope && (!this.vectorizer.hasKnownWord(x) || confidence < threshold);
    const alternatives = ranked
      .filter((i) => labels[i] !== OUT_OF_SCOPE)
      .slice(0, 3)
      .map((i) => ({ intent: labels[i]!, confidence: p[i]! }));
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

function topIndexes(values: Float64Array, k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i += 1) {
    let at = out.length;
    while (at > 0 && values[out[at - 1]!]! < values[i]!) at -= 1;
    if (at < k) {
      out.splice(at, 0, i);
      if (out.length > k) out.pop();
    }
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
  const model = SoftmaxModel.train(
    examples.map((e) => vectorizer.transform(e.text)),
    examples.map((e) => index.get(e.label)!),
    labels.length,
    vectorizer.dimensions,
    options.training ?? DEFAULT_INTENT_TRAINING,
  );
  return {
    format: 'klantstem-intents',
    version: 1,
    labels,
    vectorizer: vectorizer.state,
    weights: quantize(model),
  };
}

function summary(report: EvaluationReport): ValidationSummary {
  const { items, accuracy, macroF1, abstainRate, answeredAccuracy, inScopeAccuracy, oosRecall } = report;
  return { items, accuracy, macroF1, abstainRate, answeredAccuracy, inScopeAccuracy, oosRecall };
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
    for (const s of known) {
      const p = softmaxInPlace(Float64Array.from(s.logits), temperature);
      loss -= Math.log(Math.max(p[index.get(s.label)!]!, 1e-12));
    }
    if (loss < best.loss) best = { temperature, loss };
  }
  return best.temperature;
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
