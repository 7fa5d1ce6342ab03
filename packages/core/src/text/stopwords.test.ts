import { describe, expect, it } from 'vitest';
import { isNegation, isStopWord, NEGATIONS } from './stopwords.js';

describe('isStopWord', () => {
  it.each(['de', 'het', 'een', 'en', 'van', 'ik', 'je', 'u', 'uw', 'hoe', 'wat', 'zijn'])(
    'Dutch %s is a stop word',
    (w) => {
      expect(isStopWord(w, 'nl')).toBe(true);
    },
  );

  it.each(['the', 'a', 'and', 'of', 'to', 'my', 'how', 'is'])('English %s is a stop word', (w) => {
    expect(isStopWord(w, 'en')).toBe(true);
  });

  it('never counts a negation as a stop word', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const negation of NEGATIONS[lang]) expect(isStopWord(negation, lang)).toBe(false);
    }
    expect(isStopWord("don't", 'en')).toBe(false);
  });

  it('keeps the words of stopwords-iso that carry meaning in a help centre', () => {
    for (const word of ['bill', 'order', 'problem', 'case', 'number', 'open', 'help', 'free', 'date']) {
      expect(isStopWord(word, 'en')).toBe(false);
    }
    for (const word of ['weg', 'vrij', 'klaar', 'zeker', 'recent', 'missen'])
      expect(isStopWord(word, 'nl')).toBe(false);
  });

  it('is per language', () => {
    expect(isStopWord('the', 'nl')).toBe(false);
    expect(isStopWord('het', 'en')).toBe(false);
  });
});

describe('isNegation', () => {
  it('knows negations in both languages', () => {
    expect(isNegation('geen', 'nl')).toBe(true);
    expect(isNegation('zonder', 'nl')).toBe(true);
    expect(isNegation('without', 'en')).toBe(true);
    expect(isNegation("doesn't", 'en')).toBe(true);
    expect(isNegation('water', 'nl')).toBe(false);
  });
});
