import { describe, expect, it } from 'vitest';
import { createAnalyzer, createQueryAnalyzer } from './analyzer.js';
import { CompoundSplitter } from './compound.js';
import { stem } from './stem.js';

const compounds = new CompoundSplitter(
  new Map([
    ['vergunning', 30],
    ['kappen', 5],
    ['afval', 12],
    ['container', 9],
  ]),
  ['kapvergunning', 'afvalcontainer'],
);
const nl = (word: string): string => stem(word, 'nl');

describe('createAnalyzer', () => {
  const analyze = createAnalyzer({ lang: 'nl', compounds });

  it('indexes a compound and then its parts, all stemmed', () => {
    expect(analyze('Ik wil een kapvergunning aanvragen')).toEqual([
      'ik',
      'wil',
      'een',
      nl('kapvergunning'),
      'kap',
      nl('vergunning'),
      nl('aanvragen'),
    ]);
  });

  it('lets inflected forms and the compound parts meet', () => {
    const indexed = new Set(analyze('De afvalcontainer en de kapvergunning'));
    for (const query of ['vergunningen', 'kappen', 'containers', 'afval']) {
      expect(indexed).toContain(analyze(query)[0]);
    }
  });

  it('keeps names, codes, numbers, postcodes and e-mail addresses whole', () => {
    expect(
      analyze(
        'Mail Jan Jansen van Herstelbureau Noord via info@hbn.nl over HN-2024-0193 en 9712 AB, 1.500 euro.',
      ),
    ).toEqual([
      'mail',
      'jan',
      'jansen',
      'van',
      'herstelbureau',
      'noord',
      'via',
      'info@hbn.nl',
      'over',
      'hn-2024-0193',
      'en',
      '9712ab',
      '1.500',
      nl('euro'),
    ]);
  });

  it('adds the pieces of a hyphenated word after the whole', () => {
    expect(analyze('e-mail')).toEqual(['email', 'mail']);
    expect(analyze('auto-ongeluk')).toEqual([nl('autoongeluk'), 'auto', nl('ongeluk')]);
  });

  it('leaves stop words out only when asked, and never a negation', () => {
    const withoutStopWords = createAnalyzer({ lang: 'nl', stopWords: true });
    expect(withoutStopWords('Ik heb geen container en niet de vergunning')).toEqual([
      nl('geen'),
      nl('container'),
      'niet',
      nl('vergunning'),
    ]);
    expect(analyze('de')).toEqual(['de']);
  });

  it('stems English by the English rules and splits no compounds in English', () => {
    const english = createAnalyzer({ lang: 'en', compounds });
    expect(english('running reports kapvergunning')).toEqual(['run', 'report', stem('kapvergunning', 'en')]);
  });

  it('detects the language per text when asked', () => {
    const auto = createAnalyzer({ compounds });
    expect(auto('I am running late with my damage report')).toContain('run');
    expect(auto('Ik heb een kapvergunning nodig voor de boom')).toContain('kap');
    // Too short to tell: the fallback language decides.
    expect(createAnalyzer({ fallbackLang: 'en' })('permits')).toEqual(['permit']);
  });

  it('can leave words unstemmed', () => {
    expect(createAnalyzer({ lang: 'nl', stem: false, compounds })('Kapvergunningen')).toEqual([
      'kapvergunningen',
      'kap',
      'vergunning',
    ]);
  });

  it('keeps repeated terms, for term frequency', () => {
    expect(analyze('afval afval')).toEqual(['afval', 'afval']);
  });
});

describe('createQueryAnalyzer', () => {
  const analyzeQuery = createQueryAnalyzer({ lang: 'nl', compounds });

  it('drops function words and keeps the folded surface form for prefix search', () => {
    expect(analyzeQuery('Hoe vraag ik een kapvergunning aan?')).toEqual([
      { term: nl('vraag'), surface: 'vraag', kind: 'word', part: false },
      { term: nl('kapvergunning'), surface: 'kapvergunning', kind: 'word', part: false },
      { term: 'kap', surface: 'kapvergunning', kind: 'word', part: true },
      { term: nl('vergunning'), surface: 'kapvergunning', kind: 'word', part: true },
    ]);
  });

  it('keeps a query of nothing but function words', () => {
    expect(analyzeQuery('wie zijn wij').map((t) => t.surface)).toEqual(['wie', 'zijn', 'wij']);
    expect(analyzeQuery('wie zijn jullie').map((t) => t.surface)).toEqual(['jullie']);
  });

  it('keeps negations', () => {
    expect(analyzeQuery('geen water').map((t) => t.surface)).toEqual(['geen', 'water']);
    expect(createQueryAnalyzer({ lang: 'en' })('no hot water').map((t) => t.surface)).toEqual([
      'no',
      'hot',
      'water',
    ]);
  });

  it('keeps identifiers as they are', () => {
    expect(analyzeQuery('dossier HN-2024-0193')).toContainEqual({
      term: 'hn-2024-0193',
      surface: 'hn-2024-0193',
      kind: 'code',
      part: false,
    });
  });
});
