import { OUT_OF_SCOPE, type Example, type IntentClassifier } from './classifier.js';

export interface IntentScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvaluationReport {
  items: number;
  /** Top-1 accuracy without abstention. */
  accuracy: number;
  macroF1: number;
  abstainRate: number;
  /** Accuracy on the questions the classifier answered. */
  answeredAccuracy: number;
  /** In-scope questions routed to their own intent (an abstention counts as wrong). */
  inScopeAccuracy: number;
  /** Out-of-scope questions that were not routed; null when the data has none. */
  oosRecall: number | null;
  perIntent: Record<string, IntentScores>;
  /** The most frequent mistakes without abstention, most frequent first. */
  confusions: { label: string; predicted: string; count: number }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Scores a classifier on labelled data; items labelled "oos" measure out-of-scope detection. */
export function evaluateIntents(classifier: IntentClassifier, data: readonly Example[]): EvaluationReport {
  let top1 = 0;
  let answered = 0;
  let answeredRight = 0;
  let inScope = 0;
  let inScopeRight = 0;
  let oos = 0;
  let oosCaught = 0;
  const counts = new Map<string, { tp: number; fp: number; fn: number; support: number }>();
  const entry = (label: string) => {
    let c = counts.get(label);
    if (!c) counts.set(label, (c = { tp: 0, fp: 0, fn: 0, support: 0 }));
    return c;
  };
  const confusions = new Map<string, number>();
  for (const { text, label } of data) {
    const prediction = classifier.predict(text);
    entry(label).support += 1;
    if (prediction.top === label) {
      top1 += 1;
      entry(label).tp += 1;
    } else {
      entry(label).fn += 1;
      entry(prediction.top).fp += 1;
      const key = `${label}\u0000${prediction.top}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
    if (prediction.intent !== null) {
      answered += 1;
      if (prediction.intent === label) answeredRight += 1;
    }
    if (label === OUT_OF_SCOPE) {
      oos += 1;
      if (prediction.intent === null) oosCaught += 1;
    } else {
      inScope += 1;
      if (prediction.intent === label) inScopeRight += 1;
    }
  }
  const perIntent: Record<string, IntentScores> = {};
  for (const [label, c] of [...counts].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (c.support === 0) continue;
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    perIntent[label] = {
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
      support: c.support,
    };
  }
  const f1s = Object.values(perIntent).map((s) => s.f1);
  return {
    items: data.length,
    accuracy: ratio(top1, data.length),
    macroF1: ratio(
      f1s.reduce((a, b) => a + b, 0),
      f1s.length,
    ),
    abstainRate: ratio(data.length - answered, data.length),
    answeredAccuracy: ratio(answeredRight, answered),
    inScopeAccuracy: ratio(inScopeRight, inScope),
    oosRecall: oos === 0 ? null : oosCaught / oos,
    perIntent,
    confusions: [...confusions]
      .map(([key, count]) => {
        const [label, predicted] = key.split('\u0000') as [string, string];
        return { label, predicted, count };
      })
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      .slice(0, 20),
  };
}
