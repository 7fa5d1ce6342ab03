import { describe, expect, it } from 'vitest';
import { logLikelihoodRatio } from './llr.js';
import { damerauLevenshtein, editSimilarity, isJoinedForm, spellingSimilarity } from './spelling.js';

describe('damerauLevenshtein', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['opname', 'opname', 0],
    ['opnamme', 'opname', 1], // insertion
    ['schademeldng', 'schademelding', 1], // deletion
    ['wisselwonig', 'wisselwoning', 1],
    ['machtinging', 'machtiging', 1],
    ['kapen', 'kappen', 1],
    ['verzakking', 'versteviging', 6],
    ['stuwmeerrelgeling', 'stuwmeerregeling', 1],
    ['ab', 'ba', 1], // one swap, not two substitutions
    ['versterkingsadvis', 'versterkingsadvies', 1],
  ])('%j -> %j is %d', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
    expect(damerauLevenshtein(b, a)).toBe(d);
  });

  it('relates the distance to the longer word', () => {
    expect(editSimilarity('opnamme', 'opname')).toBeCloseTo(1 - 1 / 7);
    expect(editSimilarity('', '')).toBe(1);
  });
});

describe('spellingSimilarity', () => {
  it('treats joined and split forms as the same word', () => {
    expect(isJoinedForm('schade melding', 'schademelding')).toBe(true);
    expect(isJoinedForm('schademelding', 'schademelding')).toBe(false);
    expect(spellingSimilarity('schade melding', 'schademelding')).toBe(1);
  });

  it('recognises typos and keeps true synonyms apart', () => {
    expect(spellingSimilarity('wisselwonig', 'wisselwoning')).toBeGreaterThan(0.9);
    expect(spellingSimilarity('noodwoning', 'wisselwoning')).toBe(0);
    expect(spellingSimilarity('inspectie', 'opname')).toBe(0);
  });

  it('does not call short words typos of each other', () => {
    expect(spellingSimilarity('huur', 'uur')).toBe(0);
    expect(spellingSimilarity('iban', 'ibna')).toBe(0);
  });
});

describe('logLikelihoodRatio', () => {
  it('matches the G² statistic of a worked example', () => {
    expect(logLikelihoodRatio(110, 2442, 111, 29114)).toBeCloseTo(270.7219, 3);
  });

  it('is zero for independent events and grows with evidence', () => {
    expect(logLikelihoodRatio(10, 10, 10, 10)).toBeCloseTo(0, 9);
    const once = logLikelihoodRatio(1, 0, 0, 100);
    const thrice = logLikelihoodRatio(3, 0, 0, 100);
    expect(thrice).toBeGreaterThan(once);
    expect(thrice).toBeCloseTo(27.1285, 3);
  });
});
