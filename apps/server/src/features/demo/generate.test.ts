import { ArticleInput, CustomerInput, LabelInput, SearchInput, SignalInput } from '@klantstem/contracts';
import type { TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../../schema/validate.js';
import { toCustomerInput } from './customers.js';
import { generateDemo, type DemoSearch } from './generate.js';
import { oldHelpSearch } from './help-search.js';
import { INTENTS } from './organisation.js';
import { VOCABULARY, vocabularyPairs } from './vocabulary.js';

const demo = generateDemo();
const intents = demo.teams.flatMap((t) => t.intents);
const articleIds = new Set(demo.articles.map((a) => a.id));
const sessions = new Map<string, DemoSearch[]>();
for (const s of demo.searches) sessions.set(s.session, [...(sessions.get(s.session) ?? []), s]);

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const unique = (values: readonly string[]) => new Set(values).size === values.length;

/**
 * Sessions where a search with the customer's word found nothing, and a search with the official
 * word one to three minutes later opened the article that explains it.
 */
function reformulations(customerTerm: string, officialTerm: string, article: string): number {
  let count = 0;
  for (const steps of sessions.values()) {
    const found = steps.some((miss, i) => {
      if (
        !miss.query.toLowerCase().includes(customerTerm) ||
        miss.resultCount !== 0 ||
        miss.clicks.length > 0
      )
        return false;
      return steps.slice(i + 1).some((hit) => {
        const gap = (Date.parse(hit.at) - Date.parse(miss.at)) / 1000;
        return (
          hit.query.toLowerCase().includes(officialTerm.toLowerCase()) &&
          hit.clicks.includes(article) &&
          gap >= 60 &&
          gap <= 180 * (steps.indexOf(hit) - i)
        );
      });
    });
    if (found) count++;
  }
  return count;
}

describe('demo workspace', () => {
  it('is the same for the same seed and different for another seed', () => {
    expect(generateDemo()).toEqual(demo);
    const other = generateDemo(7);
    expect(other.signals).not.toEqual(demo.signals);
    expect(other.searches).not.toEqual(demo.searches);
    expect(other.customers).not.toEqual(demo.customers);
  });

  it('has an organisation with 5-7 teams, 15-25 intents and about twelve staff', () => {
    expect(demo.organisation).toEqual({ name: 'Herstelbureau Noord', lang: 'nl' });
    expect(demo.teams.length).toBeGreaterThanOrEqual(5);
    expect(demo.teams.length).toBeLessThanOrEqual(7);
    expect(intents.length).toBeGreaterThanOrEqual(15);
    expect(intents.length).toBeLessThanOrEqual(25);
    expect(demo.staff.length).toBeGreaterThanOrEqual(10);
    expect(demo.staff.length).toBeLessThanOrEqual(14);
    expect(demo.staff.filter((s) => s.role === 'admin').length).toBeGreaterThanOrEqual(1);
    const teamKeys = new Set(demo.teams.map((t) => t.key));
    for (const person of demo.staff) {
      expect(person.email).toMatch(/@herstelbureau-noord\.example$/);
      if (person.team) expect(teamKeys.has(person.team)).toBe(true);
    }
    for (const team of demo.teams) expect(demo.staff.some((s) => s.team === team.key)).toBe(true);
  });

  it('gives every intent exactly one team', () => {
    expect(unique(intents)).toBe(true);
    for (const team of demo.teams) expect(team.intents.length).toBeGreaterThan(0);
  });

  it('has a Dutch knowledge base of real articles and English articles beside it', () => {
    const nl = demo.articles.filter((a) => a.lang === 'nl');
    const en = demo.articles.filter((a) => a.lang === 'en');
    expect(nl.length).toBeGreaterThanOrEqual(40);
    expect(en.length).toBeGreaterThanOrEqual(5);
    expect(en.length).toBeLessThanOrEqual(8);
    for (const a of nl) {
      expect(a.id).toMatch(/^kb-[a-z0-9-]+$/);
      expect(words(a.body), a.id).toBeGreaterThanOrEqual(120);
      expect(words(a.body), a.id).toBeLessThanOrEqual(300);
      expect(a.tags.length).toBeGreaterThan(0);
    }
    // The compounds a search should split are there: customers type the compound, we write it apart.
    expect(nl.some((a) => a.title.includes('kappen van een boom'))).toBe(true);
    expect(nl.some((a) => a.title.includes('container voor afval'))).toBe(true);
  });

  it('explains every official term in its own article', () => {
    const search = oldHelpSearch(demo.articles);
    for (const entry of VOCABULARY) {
      expect(articleIds.has(entry.article), entry.article).toBe(true);
      expect(search.search(entry.official), entry.official).toContain(entry.article);
    }
  });

  it('writes articles in official terms, not in most of the customers’ words', () => {
    const search = oldHelpSearch(demo.articles);
    const synonyms = VOCABULARY.flatMap((e) =>
      e.variants.filter((v) => v.kind === 'synonym').map((v) => ({ term: v.term, article: e.article })),
    );
    const missed = synonyms.filter((s) => !search.search(s.term).includes(s.article));
    expect(missed.length / synonyms.length).toBeGreaterThan(0.8);
    for (const term of [
      'noodwoning',
      'inspectie',
      'second opinion',
      'smartengeld',
      'kapvergunning',
      'afvalcontainer',
    ])
      expect(search.search(term), term).toEqual([]);
  });

  it('has about 800 customers, some English-speaking and some without e-mail, with unique identities', () => {
    expect(demo.customers.length).toBeGreaterThanOrEqual(700);
    expect(demo.customers.length).toBeLessThanOrEqual(900);
    expect(demo.customers.filter((c) => c.lang === 'en').length).toBeGreaterThanOrEqual(10);
    expect(demo.customers.filter((c) => !c.email).length).toBeGreaterThanOrEqual(50);
    expect(unique(demo.customers.map((c) => c.id))).toBe(true);
    // Two customers with the same e-mail or phone would be merged (or refused) on import.
    expect(unique(demo.customers.flatMap((c) => (c.email ? [c.email] : [])))).toBe(true);
    expect(unique(demo.customers.flatMap((c) => (c.phone ? [c.phone] : [])))).toBe(true);
    for (const c of demo.customers) {
      expect(c.email ?? c.phone).toBeTruthy();
      expect(c.postcode).toMatch(/^\d{4} [A-Z]{2}$/);
    }
    const households = new Set(demo.customers.map((c) => c.household));
    expect(households.size).toBeLessThan(demo.customers.length);
  });

  it('has at least 5,000 signals spread over the twelve months before November 2026', () => {
    expect(demo.signals.length).toBeGreaterThanOrEqual(5000);
    const months = new Set(demo.signals.map((s) => s.at.slice(0, 7)));
    expect([...months].sort()).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    for (const s of demo.signals) {
      expect(s.at >= '2025-11-01T00:00:00Z' && s.at < '2026-11-01T00:00:00Z', s.at).toBe(true);
    }
    expect(new Set(demo.signals.map((s) => s.channel))).toEqual(
      new Set(['chat', 'email', 'phone', 'form', 'survey', 'counter']),
    );
  });

  it('links signals to existing customers and known intents, with stable unique ids', () => {
    const customers = new Set(demo.customers.map((c) => c.id));
    const teamOf = new Map(demo.teams.flatMap((t) => t.intents.map((i) => [i, t.key] as const)));
    const ids = demo.signals.map((s) => s.id);
    expect(unique(ids)).toBe(true);
    expect(ids[0]).toBe('sig-000001');
    let linked = 0;
    let routed = 0;
    for (const s of demo.signals) {
      expect(s.id).toMatch(/^sig-\d{6}$/);
      expect(s.text.trim().length).toBeGreaterThan(0);
      if (s.customer) {
        expect(customers.has(s.customer), s.customer).toBe(true);
        linked++;
      }
      if (s.meta.intent) {
        expect(s.meta.team).toBe(teamOf.get(s.meta.intent));
        routed++;
      }
    }
    expect(linked / demo.signals.length).toBeGreaterThan(0.8);
    expect(routed / demo.signals.length).toBeGreaterThan(0.4);
    expect(routed).toBeLessThan(demo.signals.length);
  });

  it('lets customers speak their own words, in Dutch and sometimes English', () => {
    const written = demo.signals.filter((s) => ['chat', 'email', 'form'].includes(s.channel));
    const lower = written.map((s) => s.text.toLowerCase());
    const mentions = (term: string) => lower.filter((t) => t.includes(term)).length;
    // Customers say "noodwoning" and friends more often than the official "wisselwoning".
    const wissel = VOCABULARY.find((e) => e.key === 'wisselwoning')!;
    const customerWords = wissel.variants
      .filter((v) => v.kind === 'synonym')
      .reduce((n, v) => n + mentions(v.term), 0);
    expect(customerWords).toBeGreaterThan(mentions('wisselwoning'));
    expect(mentions('noodwoning')).toBeGreaterThan(20);
    expect(mentions('jullie zouden')).toBeGreaterThan(20);
    expect(demo.signals.filter((s) => s.lang === 'en').length).toBeGreaterThan(20);
    expect(new Set(demo.signals.map((s) => s.text)).size / demo.signals.length).toBeGreaterThan(0.9);
  });

  it('shows the year’s events: a spike after the August quake and a theme rising at the end', () => {
    const between = (from: string, to: string, pick: (text: string) => boolean) =>
      demo.signals.filter((s) => s.at >= from && s.at < to && pick(s.text.toLowerCase())).length;
    const reports = (from: string, to: string) =>
      demo.signals.filter((s) => s.at >= from && s.at < to && s.meta.intent === 'schade_melden').length;
    expect(reports('2026-08-14', '2026-09-14')).toBeGreaterThan(2 * reports('2026-07-14', '2026-08-14'));
    const sustainable = (t: string) =>
      /zonnepanel|warmtepomp|isol|verduurzam|solar|insulation|heat pump/.test(t);
    const late = between('2026-08-01', '2026-11-01', sustainable) / 3;
    const early = between('2025-11-01', '2026-08-01', sustainable) / 9;
    expect(late).toBeGreaterThan(3 * early);
  });

  it('has at least 3,000 search sessions of one to four searches, clicking only existing articles', () => {
    expect(sessions.size).toBeGreaterThanOrEqual(3000);
    for (const [id, steps] of sessions) {
      expect(id).toMatch(/^s-\d{5}$/);
      expect(steps.length).toBeGreaterThanOrEqual(1);
      expect(steps.length).toBeLessThanOrEqual(4);
      for (let i = 1; i < steps.length; i++) expect(steps[i]!.at > steps[i - 1]!.at).toBe(true);
    }
    for (const s of demo.searches) {
      expect(s.query.trim().length).toBeGreaterThan(0);
      expect(s.at >= '2025-11-01T00:00:00Z' && s.at < '2026-11-01T00:00:00Z').toBe(true);
      for (const click of s.clicks) expect(articleIds.has(click), click).toBe(true);
      if (s.resultCount === 0) expect(s.clicks).toEqual([]);
    }
  });

  it('has result counts that agree with the articles', () => {
    const search = oldHelpSearch(demo.articles);
    for (const s of demo.searches) expect(s.resultCount, s.query).toBe(search.search(s.query).length);
  });

  it('shows the vocabulary gap: a customer word finds nothing, the official word minutes later is clicked', () => {
    expect(reformulations('noodwoning', 'wisselwoning', 'kb-wisselwoning')).toBeGreaterThanOrEqual(20);
    expect(reformulations('inspectie', 'opname', 'kb-opname')).toBeGreaterThanOrEqual(20);
    expect(
      reformulations('second opinion', 'contra-expertise', 'kb-contra-expertise'),
    ).toBeGreaterThanOrEqual(8);
    expect(
      reformulations('smartengeld', 'immateriële schadevergoeding', 'kb-immateriele-schadevergoeding'),
    ).toBeGreaterThanOrEqual(8);
    expect(reformulations('kapvergunning', 'kappen van een boom', 'kb-boom-kappen')).toBeGreaterThanOrEqual(
      3,
    );
    expect(reformulations('wisselwonig', 'wisselwoning', 'kb-wisselwoning')).toBeGreaterThanOrEqual(2);
    // Enough pairs recur often enough to be learned from the log alone.
    const learnable = VOCABULARY.flatMap((e) =>
      e.variants.map((v) => reformulations(v.term.toLowerCase(), e.official, e.article)),
    ).filter((n) => n >= 5);
    expect(learnable.length).toBeGreaterThanOrEqual(40);
    // Some customer words already work, and some sessions are just noise.
    const hits = demo.searches.filter((s) =>
      vocabularyPairs().some(
        (p) => s.query.toLowerCase() === p.customerTerm.toLowerCase() && s.clicks.length > 0,
      ),
    );
    expect(hits.length).toBeGreaterThan(50);
    expect(demo.searches.some((s) => s.query === 'openingstijden')).toBe(true);
  });

  it('has a few hundred distinct labelled questions per team, all with a known intent', () => {
    const known = new Set(intents);
    for (const l of demo.labels) {
      expect(known.has(l.label), l.label).toBe(true);
      expect(l.text.trim()).toBe(l.text);
      expect(l.text.length).toBeGreaterThan(0);
    }
    for (const team of demo.teams) {
      const count = demo.labels.filter((l) => team.intents.includes(l.label)).length;
      expect(count, team.key).toBeGreaterThanOrEqual(250);
      expect(count, team.key).toBeLessThanOrEqual(400);
      for (const intent of team.intents) expect(demo.labels.some((l) => l.label === intent)).toBe(true);
    }
    expect(unique(demo.labels.map((l) => l.text.toLowerCase().replace(/\s+/g, ' ')))).toBe(true);
  });

  it('has conversations of existing customers in the last weeks of the year, each turn after the one before', () => {
    const customers = new Set(demo.customers.map((c) => c.id));
    expect(demo.conversations.length).toBeGreaterThanOrEqual(50);
    for (const c of demo.conversations) {
      expect(customers.has(c.customer)).toBe(true);
      expect(INTENTS).toContain(c.intent);
      const times = [c.at, ...c.turns.map((turn) => turn.at)];
      expect([...times].sort()).toEqual(times);
      expect(times.every((at) => at >= '2026-09-01' && at < '2026-11-01')).toBe(true);
    }
  });

  it('fills every template completely', () => {
    const texts = [
      ...demo.signals.flatMap((s) => [s.text, s.meta.subject ?? '']),
      ...demo.labels.map((l) => l.text),
      ...demo.searches.map((s) => s.query),
      ...demo.conversations.flatMap((c) => [
        c.message,
        c.subject ?? '',
        ...c.turns.flatMap((turn) => ('body' in turn ? [turn.body] : 'note' in turn ? [turn.note] : [])),
      ]),
    ];
    expect(texts.filter((t) => /[{}[\]|]/.test(t))).toEqual([]);
  });

  it('produces records the importers accept', () => {
    const check = <T extends TSchema>(schema: T, values: readonly unknown[]) => {
      const validator = compileValidator(schema);
      for (const value of values) expect(validator.problems(value), JSON.stringify(value)).toEqual([]);
    };
    check(CustomerInput, demo.customers.map(toCustomerInput));
    check(ArticleInput, demo.articles);
    check(SignalInput, demo.signals);
    check(SearchInput, demo.searches);
    check(LabelInput, demo.labels);
  });
});
