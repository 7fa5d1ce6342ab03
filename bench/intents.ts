/**
 * Intent routing quality and speed on CLINC150 (../shared/data/clinc150): trained on train plus
 * oos_train, temperature and abstention threshold fitted on val plus oos_val, scored once on
 * test plus oos_test. Nothing is tuned on the test split.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntentClassifier, trainIntents, type Example } from '../packages/core/src/intents/classifier.js';
import { evaluateIntents } from '../packages/core/src/intents/evaluate.js';
import { parseIntentModel, serializeIntentModel } from '../packages/core/src/intents/serialize.js';

const CLINC = join(import.meta.dirname, '../../shared/data/clinc150/data_full.json');

export function benchIntents(): Record<string, unknown> {
  const data = JSON.parse(readFileSync(CLINC, 'utf8')) as Record<string, [string, string][]>;
  const examples = (...splits: string[]): Example[] =>
    splits.flatMap((s) => data[s]!.map(([text, label]) => ({ text, label })));
  const model = trainIntents(examples('train', 'oos_train'), {
    validation: examples('val', 'oos_val'),
    now: () => performance.now(),
  });
  const saved = serializeIntentModel(model);
  const classifier = new IntentClassifier(parseIntentModel(saved));
  const test = examples('test', 'oos_test');
  const report = evaluateIntents(classifier, test);
  const inScope = examples('test');
  const noAbstention =
    inScope.filter((e) => classifier.predict(e.text).top === e.label).length / inScope.length;
  const texts = test.map((e) => e.text);
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 2000) {
    for (const t of texts) classifier.predict(t);
    n += texts.length;
  }
  const predictPerSecond = n / ((performance.now() - started) / 1000);
  return {
    bench: 'intents.clinc150',
    trainExamples: model.examples,
    trainSeconds: Number(model.trainSeconds.toFixed(2)),
    predictPerSecond: Math.round(predictPerSecond),
    modelBytes: saved.length,
    inScopeAccuracyNoAbstention: Number(noAbstention.toFixed(4)),
    accuracy: Number(report.accuracy.toFixed(4)),
    macroF1: Number(report.macroF1.toFixed(4)),
    inScopeAccuracy: Number(report.inScopeAccuracy.toFixed(4)),
    oosRecall: report.oosRecall === null ? null : Number(report.oosRecall.toFixed(4)),
    abstainRate: Number(report.abstainRate.toFixed(4)),
    answeredAccuracy: Number(report.answeredAccuracy.toFixed(4)),
    threshold: Number(model.threshold.toFixed(4)),
    temperature: Number(model.temperature.toFixed(4)),
    targets: {
      inScopeAccuracyNoAbstention: 0.93,
      inScopeAccuracy: 0.91,
      oosRecall: 0.5,
      trainSeconds: 15,
      predictPerSecond: 20000,
    },
    baseline: { paper: 'bag-of-words SVM 91.0 / 14.5 (in-scope accuracy / out-of-scope recall)' },
  };
}
