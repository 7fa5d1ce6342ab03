import { describe, expect, it } from 'vitest';
import { fold } from './fold.js';

describe('fold', () => {
  it.each([
    ['café', 'cafe'],
    ['CAFÉ', 'cafe'],
    ['Café', 'cafe'],
    ['financiële', 'financiele'],
    ['naïef', 'naief'],
    ['coöperatie', 'cooperatie'],
    ['één', 'een'],
    ['geïsoleerd', 'geisoleerd'],
    ['Ĳssel', 'ijssel'],
    ['ﬁets', 'fiets'],
    ['İstanbul', 'istanbul'],
    ['ver\u00adgunning', 'vergunning'],
    ['foto’s', "foto's"],
    ['Kapvergunning 2024', 'kapvergunning 2024'],
  ])('folds %s to %s', (input, folded) => {
    expect(fold(input)).toBe(folded);
  });

  it('folds composed and decomposed spellings alike', () => {
    expect(fold('e\u0301e\u0301n')).toBe(fold('één'));
  });

  it('leaves plain lower-case text and digits as they are', () => {
    expect(fold('de afvalcontainer van 9712ab')).toBe('de afvalcontainer van 9712ab');
  });
});
