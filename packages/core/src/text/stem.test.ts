import { describe, expect, it } from 'vitest';
import { stem } from './stem.js';

describe('stem (Dutch)', () => {
  it.each([
    ['vergunningen', 'vergunning'],
    ['kappen', 'kap'],
    ['aanvragen', 'aanvraag'],
    ['huizen', 'huis'],
    ['brieven', 'brief'],
    ['woningen', 'woning'],
    ['wisselwoningen', 'wisselwoning'],
    ['containers', 'container'],
    ['afvalcontainers', 'afvalcontainer'],
    ["auto's", 'auto'],
    ["foto's", 'foto'],
    ['pannen', 'pan'],
    ['bussen', 'bus'],
    ['schademeldingen', 'schademelding'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(a, 'nl')).toBe(stem(b, 'nl'));
  });

  it('keeps different words apart', () => {
    expect(stem('kap', 'nl')).not.toBe(stem('kop', 'nl'));
    expect(stem('huis', 'nl')).not.toBe(stem('huur', 'nl'));
  });

  it('is the Snowball Dutch stemmer', () => {
    expect(stem('vergunning', 'nl')).toBe('vergun');
    expect(stem('gemeentelijke', 'nl')).toBe('gemeent');
  });
});

describe('stem (English)', () => {
  it.each([
    ['running', 'run'],
    ['runs', 'run'],
    ['reported', 'report'],
    ['reporting', 'report'],
    ['damages', 'damag'],
    ['generously', 'generous'],
  ])('%s -> %s', (word, stemmed) => {
    expect(stem(word, 'en')).toBe(stemmed);
  });

  it("treats the possessive 's as an ending", () => {
    expect(stem("customer's", 'en')).toBe(stem('customer', 'en'));
  });
});
