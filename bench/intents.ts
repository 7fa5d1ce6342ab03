/**
 * Intent routing quality and speed on CLINC150 (../shared/data/clinc150): trained on train plus
 * oos_train, temperature and abstention threshold fitted on val plus oos_val, scored once on
 * test plus oos_test. Nothing is tuned on the test split.
 */
import { readFileSync } from 'node:fs';
import { generateDemo } from '../apps/server/src/features/demo/generate.js';
import { join } from 'node:path';
import {
  IntentClassifier,
  stratifiedSplit,
  trainIntents,
  type Example,
} from '../packages/core/src/intents/classifier.js';
import { evaluateIntents } from '../packages/core/src/intents/evaluate.js';
import { parseIntentModel, serializeIntentModel } from '../packages/core/src/intents/serialize.js';

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1e6;
};

const CLINC = join(import.meta.dirname, '../../shared/data/clinc150/data_full.json');

export function benchIntents(): Record<string, unknown> {
  const data = JSON.parse(readFileSync(CLINC, 'utf8')) as Record<string, [string, string][]>;
  const examples = (...splits: string[]): Example[] =>
    splits.flatMap((s) => data[s]!.map(([text, label]) => ({ text, label })));
  const trainCpu = process.cpuUsage();
  const model = trainIntents(examples('train', 'oos_train'), {
    validation: examples('val', 'oos_val'),
    now: () => performance.now(),
  });
  const trainCpuSeconds = cpuSeconds(trainCpu);
  const saved = serializeIntentModel(model);
  const classifier = new IntentClassifier(parseIntentModel(saved));
  const test = examples('test', 'oos_test');
  const report = evaluateIntents(classifier, test);
  const inScope = examples('test');
  // Without abstention the router always names its best in-scope intent, as a menu-less router must.
  const noAbstention =
    inScope.filter((e) => classifier.predict(e.text).alternatives[0]?.intent === e.label).length /
    inScope.length;
  const texts = test.map((e) => e.text);
  for (const t of texts) classifier.predict(t); // warm up the JIT
  const predictCpu = process.cpuUsage();
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 2000) {
    for (const t of texts) classifier.predict(t);
    n += texts.length;
  }
  const predictPerSecond = n / ((performance.now() - started) / 1000);
  // The machine may be shared: CPU time says what one core does, wall time what a user would see.
  const predictPerCpuSecond = n / cpuSeconds(predictCpu);
  return {
    bench: 'intents.clinc150',
    trainExamples: model.examples,
    trainSeconds: Number(model.trainSeconds.toFixed(2)),
    trainCpuSeconds: Number(trainCpuSeconds.toFixed(2)),
    predictPerSecond: Math.round(predictPerSecond),
    predictPerCpuSecond: Math.round(predictPerCpuSecond),
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

/**
 * The demo workspace's Dutch labelled questions: a stratified 80/20 split (seeded), the model
 * calibrated on a holdout of the 80 and scored once on the 20.
 */
export function benchDemoIntents(): Record<string, unknown> {
  const [train, test] = stratifiedSplit(generateDemo().labels, 0.2, 2026);
  const model = trainIntents(train, { now: () => performance.now() });
  const report = evaluateIntents(new IntentClassifier(model), test);
  return {
    bench: 'intents.demo-nl',
    trainExamples: train.length,
    testExamples: test.length,
    intents: model.labels.length,
    trainSeconds: Number(model.trainSeconds.toFixed(2)),
    accuracy: Number(report.accuracy.toFixed(4)),
    macroF1: Number(report.macroF1.toFixed(4)),
    abstainRate: Number(report.abstainRate.toFixed(4)),
    answeredAccuracy: Number(report.answeredAccuracy.toFixed(4)),
    threshold: Number(model.threshold.toFixed(4)),
    topConfusions: report.confusions.slice(0, 5),
  };
}
