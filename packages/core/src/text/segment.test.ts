import { describe, expect, it } from 'vitest';
import { wordSpans } from './segment.js';

const segmenter = new Intl.Segmenter('nl', { granularity: 'word' });

function viaSegmenter(text: string): string[] {
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => `${s.index}:${s.segment}`);
}

function viaWordSpans(text: string): string[] {
  return wordSpans(text, 'nl').map(({ start, end }) => `${start}:${text.slice(start, end)}`);
}

describe('wordSpans', () => {
  // The Latin fast path must segment exactly as Intl.Segmenter does.
  it.each([
    'Dan biedt Herstelbureau Noord u een wisselwoning aan.',
    "Auto's en foto’s, don't, o.a. bijv. z.s.m. 1.250,00 euro; 3:30 k:a 1:2",
    "Gelieve 't formulier terug te sturen. L'Oréal O'Brien rock'n'roll 3.14.15 v2.3 A12 12ab",
    'Straße ÆØÅ œuvre ĳs IJs coöperatie één ‘quote’ «guillemets» — – … x·y naïef ﬁets',
    'foo_bar _a a_ __ 1_000 a.1 1.a a..b 5% #1 €12,50 x² ½',
    've\u00adr\u00adgun\u00adning zero\u200bwidth x\u200d\u200dy e\u0301e a.\u0301b 1\u0301,2',
    'a👍b 👨‍👩‍👧 ☺ \u0000abc\u0001def\u007f ghi\tjkl\nmno\r\npqr',
  ])('agrees with Intl.Segmenter on %j', (text) => {
    expect(viaWordSpans(text)).toEqual(viaSegmenter(text));
  });

  it('hands scripts written without spaces to Intl.Segmenter', () => {
    const text = '日本語のテキスト ภาษาไทย';
    expect(viaWordSpans(text)).toEqual(viaSegmenter(text));
    expect(viaWordSpans(text).length).toBeGreaterThan(2);
  });
});
