import { describe, expect, it } from 'vitest';
import { vocabularyGaps } from './gaps.js';
import type { OrgText, SearchEvent } from './types.js';

const ARTICLES: OrgText[] = [
  {
    id: 'kb-wisselwoning',
    title: 'De wisselwoning',
    tags: ['wisselwoning'],
    body: 'Tijdens de versterking woont u in een wisselwoning.',
  },
  {
    id: 'kb-opnamerapport',
    title: 'Het opnamerapport',
    tags: ['opnamerapport', 'zienswijze'],
    body: 'Klopt het opnamerapport niet? Geef dan uw zienswijze.',
  },
  { id: 'kb-opslag', title: 'Inboedelopslag', tags: ['inboedelopslag'], body: 'Wij slaan uw inboedel op.' },
];

let sessions = 0;
/** One visitor's searches, two minutes apart. */
function visit(...steps: [query: string, resultCount: number | null, clicks: string[]][]): SearchEvent[] {
  sessions += 1;
  return steps.map(([query, resultCount, clicks], i) => ({
    session: `s${sessions}`,
    at: new Date(Date.UTC(2026, 2, 1, sessions % 24, i * 2)).toISOString(),
    query,
    resultCount,
    clicks,
  }));
}

const repeat = (n: number, make: () => SearchEvent[]) => Array.from({ length: n }, make).flat();

const SEARCHES: SearchEvent[] = [
  ...repeat(100, () => visit(['wisselwoning', 4, ['kb-wisselwoning']])),
  ...repeat(3, () => visit(['noodwoning', 0, []], ['wisselwoning', 4, ['kb-wisselwoning']])),
  ...visit(['noodwoning', null, []]),
  ...visit(['opslag', 0, []]),
  ...visit(['opslag', 2, ['kb-opslag']]),
  ...visit(['opslag', 2, []]),
  ...visit(['opslag', 5, []]),
  ...repeat(3, () => visit(['tijdelijke woning', 0, []])),
  ...repeat(3, () => visit(['tijdelijke huisvesting', 0, []])),
];

describe('vocabularyGaps', () => {
  const report = vocabularyGaps({
    searches: SEARCHES,
    articles: ARTICLES,
    signals: ['Mijn wisselwoning is koud'],
  });
  const gap = (term: string) => report.gaps.find((g) => g.term === term);

  it('reports the rates, the way out and the official term of a failing customer word', () => {
    expect(gap('noodwoning')).toEqual({
      term: 'noodwoning',
      volume: 4,
      zeroResultRate: 1, // of the three searches that say how many results they showed
      noClickRate: 1,
      reformulation: 'wisselwoning',
      relatedOfficialTerms: ['wisselwoning'],
    });
  });

  it('computes zero-result and no-click rates separately', () => {
    expect(gap('opslag')).toMatchObject({
      volume: 4,
      zeroResultRate: 0.25,
      noClickRate: 0.75,
      reformulation: null,
    });
  });

  it('lists failing terms, most failed searches first, and leaves out terms that work', () => {
    expect(gap('wisselwoning')).toBeUndefined();
    expect(report.gaps[0]!.term).toBe('noodwoning');
  });

  it('reports phrases rather than the word they share', () => {
    expect(gap('tijdelijke woning')?.volume).toBe(3);
    expect(gap('tijdelijke huisvesting')?.volume).toBe(3);
    expect(gap('tijdelijke')).toBeUndefined();
  });

  it('lists the official terms customers never use', () => {
    const unused = report.unusedOfficialTerms.map((u) => u.term);
    expect(unused).toEqual(expect.arrayContaining(['zienswijze', 'opnamerapport', 'inboedelopslag']));
    expect(unused).not.toContain('wisselwoning');
    expect(report.unusedOfficialTerms.find((u) => u.term === 'zienswijze')?.articles).toEqual([
      'kb-opnamerapport',
    ]);
  });

  it('returns empty lists for empty input and survives hostile queries', () => {
    expect(vocabularyGaps({ searches: [], articles: [] })).toEqual({ gaps: [], unusedOfficialTerms: [] });
    const hostile = vocabularyGaps({
      searches: [
        ...repeat(3, () => visit(['🙂🙂', 0, []])),
        ...repeat(3, () => visit(['?!', 0, []])),
        ...repeat(3, () => visit(['q'.repeat(10_000), 0, []])),
      ],
      articles: ARTICLES,
    });
    expect(hostile.gaps.map((g) => g.term)).toEqual(['q'.repeat(300)]);
  });
});
