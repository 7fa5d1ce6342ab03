import { describe, expect, it } from 'vitest';
import { buildJargonModel, checkJargon } from './jargon.js';
import type { OrgText, SearchEvent } from './types.js';

/** Articles about other subjects: they make "uw" and "u" the organisation's grammar. */
const OTHER_SUBJECTS: OrgText[] = [
  'opname',
  'bezwaar',
  'uitbetaling',
  'machtiging',
  'schoorsteen',
  'fundering',
].map((subject, i) => ({
  id: `other-${i}`,
  title: subject,
  body: `Over de ${subject}: u leest hier wat u kunt doen. Heeft u vragen over uw ${subject}? Bel ons.`,
}));

const ARTICLES: OrgText[] = [
  ...OTHER_SUBJECTS,
  {
    id: 'a1',
    title: 'De wisselwoning',
    body: 'Uw wisselwoning staat klaar. In de wisselwoning woont u tijdens de versterking. Geef uw zienswijze.',
  },
  {
    id: 'a2',
    title: 'Uw zienswijze',
    body: 'Met een zienswijze reageert u op het rapport. Stuur uw zienswijze op tijd. Uw zienswijze lezen wij.',
  },
  {
    id: 'a3',
    title: 'Gevaar',
    body: 'Meld een acuut onveilige situatie meteen. Bij een acuut onveilige situatie komen wij direct. Uw huis.',
  },
];

const search = (session: string, query: string): SearchEvent => ({
  session,
  at: '2026-03-01T10:00:00.000Z',
  query,
  resultCount: 0,
  clicks: [],
});

const MODEL = buildJargonModel({
  articles: ARTICLES,
  searches: [search('1', 'noodwoning'), search('2', 'noodwoning aanvragen'), search('3', 'wisselwoning')],
  signals: [
    'Ik zit al een jaar in de noodwoning en de verwarming doet het niet.',
    'Wanneer mag ik naar de noodwoning? Er is gevaar, de muur staat los.',
    'De wisselwonig is koud en mijn rapport klopt niet.',
  ],
  pairs: [
    { customerTerm: 'noodwoning', officialTerm: 'wisselwoning' },
    { customerTerm: 'wisselwonig', officialTerm: 'wisselwoning', kind: 'spelling' },
    { customerTerm: 'gevaarlijke situatie', officialTerm: 'acuut onveilige situatie' },
  ],
});

describe('checkJargon', () => {
  it('marks the organisation words customers seldom use, with offsets and the customers’ words', () => {
    const draft = 'Uw wisselwoning is klaar. Stuur uw zienswijze binnen zes weken.';
    const { findings } = checkJargon(MODEL, draft);
    expect(findings.map((f) => f.term)).toEqual(['wisselwoning', 'zienswijze']);
    const [home, view] = findings;
    expect(draft.slice(home!.start, home!.end)).toBe('wisselwoning');
    expect(home).toMatchObject({ start: 3, end: 15, customerTerms: ['noodwoning'] });
    // Customers name the subject six times (four "noodwoning", one misspelt), once with the
    // organisation's word.
    expect(home!.customerUsage).toBeCloseTo(1 / 6, 4);
    expect(view).toMatchObject({ start: 35, end: 45, customerUsage: 0, customerTerms: [] });
  });

  it('marks a glossary phrase as one finding, as written in the draft', () => {
    const draft = 'Is er een Acuut onveilige  situatie? Bel ons.';
    const [finding] = checkJargon(MODEL, draft).findings;
    expect(finding).toMatchObject({
      term: 'Acuut onveilige  situatie',
      start: 10,
      end: 35,
      customerTerms: ['gevaarlijke situatie'],
    });
  });

  it('leaves grammar words alone even though customers write differently ("uw")', () => {
    expect(checkJargon(MODEL, 'Uw uw UW').findings).toEqual([]);
  });

  it('copes with empty, emoji, punctuation-only and very long drafts', () => {
    expect(checkJargon(MODEL, '').findings).toEqual([]);
    expect(checkJargon(MODEL, '🙂🙂 ?!…').findings).toEqual([]);
    const [finding] = checkJargon(MODEL, '🙂🙂 zienswijze').findings;
    expect(finding).toMatchObject({ start: 5, end: 15 });
    const long = 'zienswijze '.repeat(1000);
    expect(checkJargon(MODEL, long).findings).toHaveLength(1000);
  });

  it('finds nothing without the organisation’s texts to compare with', () => {
    const empty = buildJargonModel({ articles: [], searches: [] });
    expect(checkJargon(empty, 'Uw wisselwoning is klaar.').findings).toEqual([]);
  });
});
