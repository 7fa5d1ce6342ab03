import { describe, expect, it } from 'vitest';
import { lexemeKey } from './lexeme.js';

describe('lexemeKey', () => {
  it.each([
    ['vergunning', 'vergunningen'],
    ['huis', 'huizen'],
    ['aanvraag', 'aanvragen'],
    ['boom', 'bomen'],
    ['brief', 'brieven'],
    ['kap', 'kappen'],
    ['pan', 'pannen'],
    ['container', 'containers'],
    ['veiligheid', 'veiligheids'],
    ['gemeente', 'gemeentes'],
    ['gemeente', 'gemeenten'],
    ['auto', "auto's"],
  ])('%s and %s share a key', (a, b) => {
    expect(lexemeKey(a)).toBe(lexemeKey(b));
  });

  it.each([
    ['zekering', 'zeker'],
    ['geen', 'gen'],
    ['verzekering', 'verzeker'],
  ])('keeps %s and %s apart (derivation is not inflection)', (a, b) => {
    expect(lexemeKey(a)).not.toBe(lexemeKey(b));
  });
});
