import { describe, expect, it } from 'vitest';
import { suggestSynonyms } from './suggest.js';
import type { MiningInput, OrgText, SearchEvent } from './types.js';

const ARTICLES: OrgText[] = [
  {
    id: 'kb-wisselwoning',
    title: 'De wisselwoning: tijdelijk ergens anders wonen',
    tags: ['wisselwoning'],
    body: 'Tijdens de versterking woont u in een wisselwoning. De wisselwoning staat dicht bij uw huis.',
  },
  {
    id: 'kb-rekeningnummer',
    title: 'Uw rekeningnummer doorgeven of wijzigen',
    tags: ['rekeningnummer'],
    body: 'Geef uw nieuwe rekeningnummer door in Mijn Dossier. Wij betalen alleen op een rekeningnummer op uw naam.',
  },
  {
    id: 'kb-schade-melden',
    title: 'Schade melden',
    tags: ['schademelding'],
    body: 'Doe een schademelding als u nieuwe schade ziet. Na uw schademelding plannen wij een opname.',
  },
  {
    id: 'kb-verhuiskosten',
    title: 'Verhuiskostenvergoeding',
    tags: ['verhuiskostenvergoeding'],
    body: 'De verhuiskostenvergoeding is een vast bedrag. U krijgt de verhuiskostenvergoeding voor de verhuizing.',
  },
];

type Step = [query: string, resultCount: number | null, clicks: string[]];

/** One visitor's searches, two minutes apart, starting at the given hour of 1 March 2026. */
function session(id: string, hour: number, steps: Step[], gapMinutes = 2): SearchEvent[] {
  return steps.map(([query, resultCount, clicks], i) => ({
    session: id,
    at: new Date(Date.UTC(2026, 2, 1, hour, i * gapMinutes)).toISOString(),
    query,
    resultCount,
    clicks,
  }));
}

/** The same reformulation in n sessions. */
function reformulations(n: number, from: string, to: string, article: string): SearchEvent[] {
  return Array.from({ length: n }, (_, i) =>
    session(`${from}-${i}`, i, [
      [from, 0, []],
      [to, 3, [article]],
    ]),
  ).flat();
}

/** Ordinary visits that find what they look for: every real log has many, and statistics need them. */
const BACKGROUND: SearchEvent[] = Array.from({ length: 200 }, (_, i) => {
  const [query, article] =
    i % 2 ? ['schademelding', 'kb-schade-melden'] : ['rekeningnummer', 'kb-rekeningnummer'];
  return session(`visit-${i}`, i, [[query, 4, [article]]]);
}).flat();

/** Suggestions from the given searches on top of the background, with the test articles. */
function mine(searches: SearchEvent[], extra: Partial<MiningInput> = {}) {
  return suggestSynonyms({ searches: [...BACKGROUND, ...searches], articles: ARTICLES, ...extra });
}

const find = (suggestions: ReturnType<typeof suggestSynonyms>, customer: string) =>
  suggestions.find((s) => s.customerTerm === customer);

describe('suggestSynonyms from reformulations', () => {
  it('suggests a pair seen in three sessions, the customer word first', () => {
    const suggestions = mine(reformulations(3, 'noodwoning', 'wisselwoning', 'kb-wisselwoning'));
    const pair = find(suggestions, 'noodwoning');
    expect(pair).toMatchObject({ officialTerm: 'wisselwoning', kind: 'synonym' });
    expect(pair!.confidence).toBeGreaterThan(0);
    expect(pair!.confidence).toBeLessThanOrEqual(1);
    expect(pair!.evidence.sessions).toBe(3);
    expect(pair!.evidence.methods).toContain('reformulation');
    expect(pair!.evidence.examples[0]).toEqual({
      session: 'noodwoning-0',
      from: 'noodwoning',
      to: 'wisselwoning',
    });
    expect(pair!.evidence.clickThrough).toEqual({ customer: 0, official: 1 });
    expect(suggestions.some((s) => s.customerTerm === 'wisselwoning')).toBe(false);
  });

  it('ignores a reformulation seen in one session only', () => {
    const suggestions = mine(reformulations(1, 'noodwoning', 'wisselwoning', 'kb-wisselwoning'));
    expect(find(suggestions, 'noodwoning')).toBeUndefined();
  });

  it('ranks the pair with more sessions higher', () => {
    const suggestions = mine([
      ...reformulations(3, 'logeerwoning', 'wisselwoning', 'kb-wisselwoning'),
      ...reformulations(12, 'noodwoning', 'wisselwoning', 'kb-wisselwoning'),
    ]);
    expect(suggestions.map((s) => s.customerTerm)).toEqual(['noodwoning', 'logeerwoning']);
  });

  it('takes the official side from the organisation, not from the order of searches', () => {
    // Visitors who fail with the official word and then click after a customer word teach nothing
    // about the organisation's vocabulary: the organisation never says "noodwoning".
    const suggestions = mine(reformulations(4, 'wisselwoning', 'noodwoning', 'kb-wisselwoning'));
    expect(suggestions).toEqual([]);
  });

  it('tells misspellings from synonyms', () => {
    const suggestions = mine([
      ...reformulations(3, 'wisselwonig', 'wisselwoning', 'kb-wisselwoning'),
      ...reformulations(3, 'schade melding', 'schademelding', 'kb-schade-melden'),
      ...reformulations(3, 'schade doorgeven', 'schademelding', 'kb-schade-melden'),
    ]);
    expect(find(suggestions, 'wisselwonig')).toMatchObject({
      officialTerm: 'wisselwoning',
      kind: 'spelling',
    });
    expect(find(suggestions, 'schade melding')).toMatchObject({
      officialTerm: 'schademelding',
      kind: 'spelling',
    });
    expect(find(suggestions, 'schade doorgeven')).toMatchObject({
      officialTerm: 'schademelding',
      kind: 'synonym',
    });
  });

  it('drops the words visitors keep and finds the name inside the successful search', () => {
    const suggestions = mine([
      ...reformulations(3, 'noodwoning aanvragen', 'wisselwoning aanvragen', 'kb-wisselwoning'),
      ...reformulations(3, 'iban', 'rekeningnummer wijzigen', 'kb-rekeningnummer'),
    ]);
    expect(find(suggestions, 'noodwoning')?.officialTerm).toBe('wisselwoning');
    expect(find(suggestions, 'iban')?.officialTerm).toBe('rekeningnummer');
  });

  it('reads sessions in time order, whatever the order of the log, within the time window', () => {
    const late = Array.from({ length: 3 }, (_, i) =>
      session(
        `late-${i}`,
        i,
        [
          ['logeerwoning', 0, []],
          ['wisselwoning', 2, ['kb-wisselwoning']],
        ],
        30,
      ),
    ).flat();
    const searches = [
      ...reformulations(3, 'noodwoning', 'wisselwoning', 'kb-wisselwoning'),
      ...late,
    ].reverse();
    const suggestions = mine(searches);
    expect(find(suggestions, 'noodwoning')).toBeDefined();
    expect(find(suggestions, 'logeerwoning')).toBeUndefined();
  });

  it('leaves out pairs the glossary has decided', () => {
    const suggestions = mine(reformulations(3, 'noodwoning', 'wisselwoning', 'kb-wisselwoning'), {
      decided: [{ customerTerm: 'Noodwoning ', officialTerm: 'Wisselwoning' }],
    });
    expect(suggestions).toEqual([]);
  });
});

describe('suggestSynonyms from other evidence', () => {
  it('pairs queries that lead to the same article', () => {
    const clicks = (query: string, n: number) =>
      Array.from({ length: n }, (_, i) =>
        session(`${query}-${i}`, i, [[query, 2, ['kb-verhuiskosten']]]),
      ).flat();
    const suggestions = mine([...clicks('verhuisgeld', 5), ...clicks('verhuiskostenvergoeding', 6)]);
    const pair = find(suggestions, 'verhuisgeld');
    expect(pair).toMatchObject({ officialTerm: 'verhuiskostenvergoeding', kind: 'synonym' });
    expect(pair!.evidence.methods).toEqual(['shared-clicks']);
    expect(pair!.evidence.sessions).toBe(0);
  });

  it('finds a customer word in messages before anyone searches for it', () => {
    const places = [
      'de verwarming',
      'de keuken',
      'het dak',
      'de deur',
      'de badkamer',
      'het raam',
      'de vloer',
    ];
    const problems = ['doet het niet', 'lekt', 'is kapot', 'maakt lawaai', 'is koud', 'zit los'];
    const sentences = (word: string) =>
      places.flatMap((place) => problems.map((problem) => `${place} in de ${word} ${problem}`));
    // Customers also write about other things, so "noodwoning" is not one of their every-day words.
    const other = places.flatMap((place) =>
      ['heeft scheuren', 'is verzakt', 'moet gerepareerd', 'werd niet bekeken'].map(
        (s) => `${place} ${s} na de beving`,
      ),
    );
    const articles: OrgText[] = [
      ...ARTICLES,
      {
        id: 'kb-onderhoud',
        title: 'Onderhoud',
        tags: ['onderhoud'],
        body: sentences('wisselwoning').join('. '),
      },
    ];
    const signals = [...sentences('noodwoning'), ...other, ...other, ...other];
    const pair = find(suggestSynonyms({ searches: [], articles, signals }), 'noodwoning');
    expect(pair).toMatchObject({ officialTerm: 'wisselwoning', kind: 'synonym' });
    expect(pair!.evidence.methods).toEqual(['distributional']);
    expect(pair!.confidence).toBeLessThan(0.5);
  });
});

describe('suggestSynonyms on hostile input', () => {
  it('returns nothing for empty input', () => {
    expect(suggestSynonyms({ searches: [], articles: [] })).toEqual([]);
    expect(suggestSynonyms({ searches: [], articles: [], signals: [''] })).toEqual([]);
  });

  it('survives huge, emoji, punctuation-only and malformed searches and still finds the pair', () => {
    const hostile: SearchEvent[] = [
      ...session('h1', 1, [
        ['x'.repeat(10_000), 0, []],
        ['wisselwoning', 3, ['kb-wisselwoning']],
      ]),
      ...session('h2', 2, [
        ['🏠🏠🏠', 0, []],
        ['?!...;', null, []],
        ['wisselwoning', 3, ['kb-wisselwoning']],
      ]),
      { session: 'h3', at: 'not a date', query: 'noodwoning', resultCount: 0, clicks: [] },
      { session: 'h3', at: 'also not', query: 'wisselwoning', resultCount: 1, clicks: ['kb-wisselwoning'] },
      { session: 'h4', at: '2026-03-01T10:00:00Z', query: 'noodwoning', clicks: undefined as never },
    ];
    const suggestions = mine(
      [...hostile, ...reformulations(3, 'noodwoning', 'wisselwoning', 'kb-wisselwoning')],
      {
        articles: [...ARTICLES, { id: 'empty', title: '…', body: '' }],
        signals: ['🙂'.repeat(50_000), '!!!', 'a'.repeat(2_000_000)],
      },
    );
    expect(suggestions.map((s) => [s.customerTerm, s.officialTerm])).toEqual([
      ['noodwoning', 'wisselwoning'],
    ]);
    expect(suggestions[0]!.evidence.sessions).toBe(3);
  });
});
