import { describe, expect, it } from 'vitest';
import { createSearchAnalyzer } from './analyzer.js';
import { HelpIndex } from './help-index.js';

const ARTICLES = [
  {
    id: 'kap',
    title: 'Een boom kappen',
    body: 'Voor het kappen van een boom heeft u soms een vergunning nodig. Vraag de vergunning op tijd aan.',
  },
  {
    id: 'afval',
    title: 'Een container voor afval',
    body: 'Bij de verbouwing zetten wij een container voor het afval bij uw huis.',
  },
  {
    id: 'opname',
    title: 'De opname van de schade',
    body: 'Een deskundige bekijkt de schade aan uw woning tijdens de opname.',
  },
];

describe('help-centre search with the analysers', () => {
  const index = new HelpIndex({
    analyzer: createSearchAnalyzer(ARTICLES.map((a) => `${a.title}\n${a.body}`)),
  });
  index.replaceAll(ARTICLES.map((a) => ({ ...a, lang: 'nl' })));
  const top = (query: string) => index.search(query, { limit: 3 }).hits[0]?.id;

  it.each([
    ['kapvergunning', 'kap'],
    ['afvalcontainer', 'afval'],
    ['vergunningen', 'kap'],
    ['schades opnemen', 'opname'],
  ])('finds %s through compound parts and stems', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('keeps a negation in the query', () => {
    const analyze = createSearchAnalyzer([]);
    expect(analyze('geen vergunning')).toEqual([...analyze('geen'), ...analyze('vergunning')]);
    expect(analyze('de vergunning')).toEqual(analyze('vergunning'));
  });
});
