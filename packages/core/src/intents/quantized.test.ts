import { describe, expect, it } from 'vitest';
import { quantize, quantizedScores, typicalValues } from './quantized.js';
import { SoftmaxModel, softmaxInPlace } from './softmax.js';
import { Vectorizer } from './vectorizer.js';

const TEXTS = [
  'where is my parcel',
  'my package has not arrived',
  'track the delivery please',
  'i want my money back',
  'refund the double charge',
  'money back for the broken package',
  'reset my password',
  'i cannot log in to my account',
  'locked out of my account again',
];
const LABELS = [0, 0, 0, 1, 1, 1, 2, 2, 2];

function trained() {
  const vectorizer = Vectorizer.fit(TEXTS, { charMin: 2, charMax: 4, charWeight: 1, minDf: 1 });
  const vectors = TEXTS.map((t) => vectorizer.transform(t));
  const model = SoftmaxModel.train(vectors, LABELS, 3, vectorizer.dimensions, {
    epochs: 30,
    learningRate: 1,
    dropout: 0,
    seed: 1,
  });
  const input = {
    typical: typicalValues(vectors, vectorizer.dimensions),
    wordChars: vectorizer.wordCharColumns(TEXTS),
    idf: vectorizer.idf,
    charScale: 0.3,
  };
  return { vectorizer, model, input };
}

describe('quantised scoring', () => {
  it('gives the trained model’s probabilities, known words by their summed rows', () => {
    const { vectorizer, model, input } = trained();
    const weights = quantize(model, input, 0);
    // Known words, a repeated word, unknown words (scored by their n-grams) and no words at all.
    for (const text of ['where is my parcel', 'money money back', 'parcels refunding', 'zzz', '']) {
      const features = vectorizer.features(text);
      const expected = softmaxInPlace(model.scores(features.vector));
      const actual = softmaxInPlace(quantizedScores(weights, features, new Float64Array(3)));
      actual.forEach((p, c) => expect(p).toBeCloseTo(expected[c]!, 2));
    }
  });

  it('prunes weights that add almost nothing to a score', () => {
    const { model, input } = trained();
    const all = quantize(model, input, 0);
    const pruned = quantize(model, input);
    expect(pruned.features.values.length).toBeLessThan(all.features.values.length);
    expect(pruned.wordChars.values.length).toBeLessThanOrEqual(all.wordChars.values.length);
  });
});
