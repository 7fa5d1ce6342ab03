import { describe, expect, it } from 'vitest';
import {
  IntentClassifier,
  MODEL_VERSION,
  OUT_OF_SCOPE,
  stratifiedSplit,
  trainIntents,
  type Example,
} from './classifier.js';
import { evaluateIntents } from './evaluate.js';
import { parseIntentModel, serializeIntentModel } from './serialize.js';

/** Three topics with their own words, each sentence varied by fillers, plus out-of-scope chatter. */
function dataset(perIntent: number, seed: number): Example[] {
  const topics: Record<string, string[]> = {
    refund: ['refund', 'money back', 'reimburse', 'repayment', 'charged twice'],
    delivery: ['parcel', 'delivery', 'courier', 'package', 'shipping'],
    password: ['password', 'log in', 'locked out', 'reset', 'sign in'],
  };
  const fillers = ['please', 'today', 'my', 'the', 'when', 'how', 'again', 'urgent', 'help', 'why'];
  let state = seed;
  const pick = <T>(xs: T[]) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return xs[state % xs.length]!;
  };
  const out: Example[] = [];
  for (const [label, words] of Object.entries(topics)) {
    for (let i = 0; i < perIntent; i += 1)
      out.push({ text: `${pick(fillers)} ${pick(words)} ${pick(fillers)} ${pick(words)}`, label });
  }
  const chatter = ['weather', 'football', 'recipe', 'holiday', 'music', 'joke', 'movie', 'birthday'];
  for (let i = 0; i < perIntent; i += 1)
    out.push({ text: `${pick(fillers)} ${pick(chatter)} ${pick(chatter)}`, label: OUT_OF_SCOPE });
  return out;
}

describe('intent classifier', () => {
  const train = dataset(60, 1);
  const model = trainIntents(train, { training: { epochs: 5, learningRate: 2, seed: 7 } });
  const classifier = new IntentClassifier(model);

  it('routes held-out questions and recognises out-of-scope ones', () => {
    const report = evaluateIntents(classifier, dataset(20, 99));
    expect(report.accuracy).toBeGreaterThan(0.9);
    expect(report.oosRecall).toBeGreaterThan(0.8);
    expect(classifier.predict('I want my money back, I was charged twice')).toMatchObject({
      intent: 'refund',
      abstained: false,
    });
  });

  it('is deterministic for a seed and survives serialisation byte for byte', () => {
    const again = trainIntents(train, { training: { epochs: 5, learningRate: 2, seed: 7 } });
    const text = serializeIntentModel(model);
    expect(serializeIntentModel({ ...again, trainSeconds: model.trainSeconds })).toBe(text);
    const restored = new IntentClassifier(parseIntentModel(text));
    for (const e of train.slice(0, 30)) expect(restored.predict(e.text)).toEqual(classifier.predict(e.text));
  });

  it('never guesses on text that shares no word with what it learned', () => {
    for (const text of ['', '   ', '🙂🙂🙂', '?!…', 'zzzqx wwvvk']) {
      expect(classifier.predict(text)).toMatchObject({ intent: null });
    }
    const long = classifier.predict('parcel '.repeat(15_000));
    expect(long.intent).toBe('delivery');
    expect(classifier.predict('parcel').alternatives).toHaveLength(3);
  });

  it('keeps every label in the split, and trains when a label has a single example', () => {
    const [fit, held] = stratifiedSplit(train, 0.2, 1);
    expect(fit.length + held.length).toBe(train.length);
    expect(new Set(held.map((e) => e.label))).toEqual(new Set(train.map((e) => e.label)));
    const lonely = trainIntents([...train, { text: 'cancel my subscription', label: 'cancel' }]);
    expect(lonely.labels).toContain('cancel');
  });

  it('refuses data that cannot make a router', () => {
    expect(() => trainIntents([])).toThrow(/No labelled examples/);
    expect(() => trainIntents(train.filter((e) => e.label === 'refund'))).toThrow(/at least two intents/);
  });

  it('refuses a damaged or foreign model file', () => {
    const text = serializeIntentModel(model);
    expect(() => parseIntentModel(text.replace(`"version":${MODEL_VERSION}`, '"version":1'))).toThrow(
      /version 1 is not supported.*train the model again/,
    );
    expect(() => parseIntentModel(text.replace(/"bias":"[^"]*"/, '"bias":"AAAA"'))).toThrow(/damaged/);
    expect(() => parseIntentModel(JSON.stringify({ format: 'other' }))).toThrow(
      /not a Klantstem intent model/,
    );
  });
});
