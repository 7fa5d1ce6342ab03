import { describe, expect, it } from 'vitest';
import { words } from '../intents/features.js';
import { SynonymSet } from './synonyms.js';

const set = new SynonymSet(
  [
    { customerTerm: 'Noodwoning', officialTerm: 'wisselwoning' },
    { customerTerm: 'tijdelijke woning', officialTerm: 'Wisselwoning' },
    { customerTerm: 'wisselwonig', officialTerm: 'wisselwoning', kind: 'spelling' },
    { customerTerm: 'schoorsteen weghalen', officialTerm: 'schoorsteenafname' },
    { customerTerm: 'smartengeld', officialTerm: 'immateriële schadevergoeding' },
  ],
  words,
);

describe('SynonymSet', () => {
  it('groups every customer word under its official term, whatever the case', () => {
    expect(set.size).toBe(3);
  });

  it('offers the official term and the other customer words for a customer word, at its position', () => {
    const alternatives = set.alternatives(words('noodwoning aanvragen'), 10);
    expect(alternatives).toEqual([
      { terms: ['wisselwoning'], positions: [0] },
      { terms: ['tijdelijke', 'woning'], positions: [0] },
      { terms: ['wisselwonig'], positions: [0] },
    ]);
  });

  it('finds phrases of several words, and official terms lead to the customer words', () => {
    expect(set.alternatives(words('kosten schoorsteen weghalen'), 10)).toEqual([
      { terms: ['schoorsteenafname'], positions: [1, 2] },
    ]);
    expect(set.alternatives(words('Immateriële schadevergoeding'), 10)).toEqual([
      { terms: ['smartengeld'], positions: [0, 1] },
    ]);
  });

  it('offers nothing for words that are not in a pair, or for a phrase cut in half', () => {
    expect(set.alternatives(words('schoorsteen vegen'), 10)).toEqual([]);
    expect(set.alternatives([], 10)).toEqual([]);
  });

  it('caps the number of alternatives', () => {
    expect(set.alternatives(words('wisselwoning'), 2)).toHaveLength(2);
  });

  it('names the customer words for official terms in a text, leaving out spelling variants', () => {
    const text = words(
      'U woont tijdelijk in een wisselwoning. Ook immateriële schadevergoeding is mogelijk.',
    );
    expect(set.customerTermsFor(text)).toEqual(['Noodwoning', 'smartengeld', 'tijdelijke woning']);
    expect(set.customerTermsFor(words('Schade melden'))).toEqual([]);
  });
});
