import { describe, expect, it } from 'vitest';
import { TermHashes, words } from './features.js';
import { Vectorizer } from './vectorizer.js';

const OPTIONS = { charMin: 2, charMax: 4, charWeight: 1, minDf: 1 };

describe('vectorizer', () => {
  it('hashes the same words as `words` finds, folding case and diacritics', () => {
    const terms = new TermHashes(OPTIONS);
    for (const text of [
      'Café crème İstanbul',
      'Ik wil mijn geld terug!! 12,50 €',
      'ABC def-ghi',
      '',
      '🙂 ok',
    ]) {
      expect(terms.read(text).tokenCount).toBe(words(text).length);
    }
    const unigrams = (text: string) => [...terms.read(text).unigrams.subarray(0, terms.tokenCount)];
    expect(unigrams('Café CRÈME')).toEqual(unigrams('cafe creme'));
  });

  it('splits the character part into known words and the n-grams of unknown ones', () => {
    const vectorizer = Vectorizer.fit(['the cat sat', 'the dog ran'], OPTIONS);
    const f = vectorizer.features('the cat and the catalogue');
    expect(f.knownWords).toHaveLength(3); // the, cat, the
    expect(f.wordEntries).toBe(3); // "the" (twice), "cat" and the pair "the cat"
    // Unknown words keep their known n-grams ("an" of "and"; " c", "ca", "at", ... of "catalogue").
    expect(f.strays.indexes.length).toBeGreaterThan(0);
    const value = new Map([...f.vector.indexes].map((column, j) => [column, f.vector.values[j]!]));
    for (let k = 0; k < f.strays.indexes.length; k += 1) {
      const column = f.strays.indexes[k]!;
      expect(f.strays.values[k]).toBeCloseTo(vectorizer.idf[column]! * f.charScale, 5);
      expect(value.get(column)).toBeGreaterThanOrEqual(f.strays.values[k]! - 1e-6);
    }
    expect(vectorizer.hasKnownWord(f.vector)).toBe(true);
    expect(vectorizer.hasKnownWord(vectorizer.features('catalogue').vector)).toBe(false);
  });

  it('counts character n-grams linearly, so a repeated word doubles its part before normalising', () => {
    const vectorizer = Vectorizer.fit(['aa bb', 'cc dd'], OPTIONS);
    const once = vectorizer.features('aa bb');
    const onceValues = Float32Array.from(once.vector.values).subarray(once.wordEntries);
    const twice = vectorizer.features('aa aa bb bb');
    const twiceValues = twice.vector.values.subarray(twice.wordEntries);
    twiceValues.forEach((v, k) => expect(v).toBeCloseTo(onceValues[k]!, 5));
    expect(twice.charScale).toBeCloseTo(once.charScale / 2, 5);
  });
});
