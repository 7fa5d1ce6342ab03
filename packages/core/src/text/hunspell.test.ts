import { describe, expect, it } from 'vitest';
import { wordsFromHunspell } from './hunspell.js';

describe('wordsFromHunspell', () => {
  it('lists the lower-case words without their affix flags', () => {
    const dic = [
      '6',
      'vergunning/CaZbCbCcCh',
      'kap/PjV3VqPmPs',
      'kap/YbZe',
      'Amsterdam/X',
      '€10-biljet/Ze',
      'één',
    ].join('\n');
    expect([...wordsFromHunspell(dic)]).toEqual(['vergunning', 'kap', 'één']);
  });

  it('reads Windows line ends and an empty file', () => {
    expect([...wordsFromHunspell('2\r\nhuis/Ca\r\nvuil\r\n')]).toEqual(['huis', 'vuil']);
    expect(wordsFromHunspell('').size).toBe(0);
  });
});
