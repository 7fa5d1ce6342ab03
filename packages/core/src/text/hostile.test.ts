import { describe, expect, it } from 'vitest';
import { createAnalyzer, createQueryAnalyzer } from './analyzer.js';
import { CompoundSplitter } from './compound.js';
import { fold } from './fold.js';
import { stem } from './stem.js';
import { tokenize } from './tokenize.js';

const compounds = CompoundSplitter.fromTexts(['De vergunning voor afval en de container.']);
const analyze = createAnalyzer({ compounds });
const analyzeQuery = createQueryAnalyzer({ compounds });

// A deterministic mix of letters, digits, punctuation, emoji, controls and lone surrogates.
function noise(length: number): string {
  const alphabet = [
    'a',
    'é',
    'Z',
    '9',
    '.',
    '-',
    '@',
    '/',
    ' ',
    '\n',
    '\u0000',
    '\u0007',
    '👍',
    '\ud800',
    '’',
    'ĳ',
    '日',
  ];
  let seed = 7;
  let text = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    text += alphabet[seed % alphabet.length] ?? '';
  }
  return text;
}

const HOSTILE: [string, string][] = [
  ['empty', ''],
  ['whitespace', ' \t\n\r '],
  ['punctuation only', '?!.,;:-–—…()[]{}"\'«»'],
  ['emoji only', '👍🏽👨‍👩‍👧☺️🇳🇱'],
  ['NUL and controls', 'kap\u0000vergunning\u0001\u0002 afval\u007f\u009f'],
  ['lone surrogates', '\ud800kap\udc00 vergunning\ud83d'],
  ['mixed nl/en', 'Ik wil mijn kapvergunning cancel please, the container is not here'],
  ['10,000 characters of noise', noise(10_000)],
  ['one 10,000-letter word', 'a'.repeat(10_000)],
  ['10,000 digits with dots', '1.'.repeat(5_000)],
  ['a long e-mail-like chunk', `${'a.'.repeat(3_000)}@`],
  ['a long hyphenated chunk', 'kap-'.repeat(2_500)],
  ['right-to-left and zero-width', '\u202eabc\u202c \u200b\u200b x\u200dy'],
];

describe('hostile input', () => {
  it.each(HOSTILE)('%s does not throw', (_name, text) => {
    expect(() => fold(text)).not.toThrow();
    const tokens = tokenize(text);
    for (const token of tokens) expect(token.end).toBeGreaterThan(token.start);
    for (const term of analyze(text)) expect(term.length).toBeGreaterThan(0);
    expect(() => analyzeQuery(text)).not.toThrow();
    expect(() => compounds.split(text)).not.toThrow();
    expect(() => stem(text, 'nl')).not.toThrow();
    expect(() => stem(text, 'en')).not.toThrow();
  });

  it('finds nothing in text without words', () => {
    for (const text of ['', ' \t\n ', '?!.,;:-–—…', '👍🏽👨‍👩‍👧☺️']) expect(analyze(text)).toEqual([]);
  });

  it('finds the words between control characters', () => {
    expect(analyze('kap\u0000vergunning')).toEqual(['kap', stem('vergunning', 'nl')]);
  });
});
