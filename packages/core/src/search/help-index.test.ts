import { describe, expect, it } from 'vitest';
import { editBudget, HelpIndex, type HelpArticle } from './help-index.js';

const ARTICLES: HelpArticle[] = [
  {
    id: 'wisselwoning',
    title: 'De wisselwoning: tijdelijk ergens anders wonen',
    body: 'Tijdens de versterking woont u in een wisselwoning. U betaalt geen huur.',
    lang: 'nl',
    tags: ['verhuizen'],
  },
  {
    id: 'verhuizen',
    title: 'Verhuiskostenvergoeding',
    body: 'Moet u tijdelijk naar een wisselwoning verhuizen? Dan krijgt u een vergoeding.',
    lang: 'nl',
  },
  {
    id: 'schade',
    title: 'Schade melden',
    body: 'Ziet u scheuren in de muren? Doe dan een schademelding in Mijn Dossier.',
    lang: 'nl',
  },
  {
    id: 'inloggen',
    title: 'Inloggen op Mijn Dossier',
    body: 'U logt in op Mijn Dossier met DigiD.',
    lang: 'nl',
  },
  {
    id: 'en-login',
    title: 'Logging in to Mijn Dossier',
    body: 'You log in to Mijn Dossier with DigiD.',
    lang: 'en',
  },
];

function index(options: ConstructorParameters<typeof HelpIndex>[0] = {}): HelpIndex {
  const built = new HelpIndex(options);
  built.replaceAll(ARTICLES);
  return built;
}

const ids = (help: HelpIndex, query: string) => help.search(query).hits.map((h) => h.id);

describe('HelpIndex', () => {
  it('ranks the article about a word above articles that only mention it', () => {
    expect(ids(index(), 'wisselwoning')).toEqual(['wisselwoning', 'verhuizen']);
  });

  it('finds articles while the visitor is still typing', () => {
    expect(ids(index(), 'wissel')[0]).toBe('wisselwoning');
    expect(ids(index(), 'schade mel')[0]).toBe('schade');
  });

  it('forgives one typo in a short word and two in a long one', () => {
    expect(editBudget('huur')).toBe(1);
    expect(editBudget('wisselwoning')).toBe(2);
    expect(editBudget('u')).toBe(0);
    expect(ids(index(), 'wisselwonnig')[0]).toBe('wisselwoning');
    expect(ids(index(), 'huyr')).toEqual(['wisselwoning']);
    expect(ids(index({ tolerant: false }), 'wisselwonnig')).toEqual([]);
  });

  it('lets a customer word find the official term and the other way round, once approved', () => {
    const help = index();
    expect(ids(help, 'noodwoning')).toEqual([]);
    help.setSynonyms([{ customerTerm: 'noodwoning', officialTerm: 'wisselwoning' }]);
    expect(ids(help, 'noodwoning')[0]).toBe('wisselwoning');
    help.setSynonyms([{ customerTerm: 'wisselwoning', officialTerm: 'scheuren' }]);
    expect(ids(help, 'scheuren')).toContain('wisselwoning');
    help.setSynonyms([]);
    expect(ids(help, 'noodwoning')).toEqual([]);
  });

  it('ranks a synonym below the word the customer typed', () => {
    const help = index({ synonyms: [{ customerTerm: 'inloggen', officialTerm: 'schade' }] });
    expect(ids(help, 'inloggen').slice(0, 2)).toEqual(['inloggen', 'schade']);
  });

  it("prefers articles in the visitor's language", () => {
    const help = index();
    expect(ids(help, 'hoe log ik in op mijn dossier')[0]).toBe('inloggen');
    expect(ids(help, 'how do I log in to mijn dossier')[0]).toBe('en-login');
    expect(help.search('mijn dossier', { lang: 'en' }).hits[0]?.id).toBe('en-login');
    expect(help.search('how do I log in', {}).lang).toBe('en');
  });

  it('follows changes: a replaced article is found by its new words, a removed one not at all', () => {
    const help = index();
    help.upsert({ ...ARTICLES[2]!, title: 'Scheur in de gevel melden' });
    expect(help.size).toBe(ARTICLES.length);
    expect(ids(help, 'gevel')).toEqual(['schade']);
    expect(help.remove('schade')).toBe(true);
    expect(help.remove('schade')).toBe(false);
    expect(ids(help, 'gevel')).toEqual([]);
    expect(help.has('schade')).toBe(false);
    expect([...help.articleIds()]).not.toContain('schade');
  });

  it('limits the hits but counts every relevant article', () => {
    const result = index().search('wisselwoning', { limit: 1 });
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBe(2);
  });

  it.each([
    ['empty', ''],
    ['only punctuation', '?!?... ,;'],
    ['only emoji', '🏠🏚️💥'],
    ['only spaces', '   \t\n'],
  ])('finds nothing, without failing, for a query that is %s', (_name, query) => {
    expect(index().search(query)).toMatchObject({ hits: [], total: 0 });
  });

  it('answers a very long or mixed-language query quickly', () => {
    const long = 'wisselwoning huur scheuren '.repeat(400);
    const started = performance.now();
    expect(ids(index(), long)[0]).toBe('wisselwoning');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(ids(index(), 'how to log in Mijn Dossier wisselwoning 🏠')).toContain('en-login');
  });

  it('names the approved customer words for the official terms an article uses', () => {
    const help = index({
      synonyms: [
        { customerTerm: 'noodwoning', officialTerm: 'wisselwoning' },
        { customerTerm: 'wisselwonig', officialTerm: 'wisselwoning', kind: 'spelling' },
        { customerTerm: 'schadeportaal', officialTerm: 'mijn dossier' },
      ],
    });
    expect(help.alsoKnownAs(ARTICLES[0]!)).toEqual(['noodwoning']);
    expect(help.alsoKnownAs(ARTICLES[3]!)).toEqual(['schadeportaal']);
    expect(help.alsoKnownAs({ title: 'Contact', body: 'Bel ons.' })).toEqual([]);
  });
});
