import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';
import { articleStore } from '../articles/store.js';
import { numberedRecords } from '../imports/records.js';
import { importRecords } from '../imports/run.js';
import { searchStore } from '../searches/store.js';

const ARTICLES = [
  {
    id: 'kb-wissel',
    title: 'Wisselwoning tijdens de versterking',
    body:
      'Tijdens de versterking woont u in een wisselwoning. De wisselwoning staat dicht bij uw huis. ' +
      'U krijgt de sleutel van de wisselwoning van uw bewonersbegeleider. Uw bewonersbegeleider helpt bij de verhuizing. ' +
      'Bel uw bewonersbegeleider als u vragen heeft.',
  },
  {
    id: 'kb-opname',
    title: 'De opname van uw schade',
    body: 'Bij de opname bekijkt een deskundige de schade aan uw huis. Na de opname krijgt u het opnamerapport. De opname duurt een paar uur.',
  },
];

/** Sessions where a visitor's own word found nothing and the organisation's word, minutes later, did. */
function reformulations(from: string, to: string, article: string, sessions: number, offset: number) {
  return Array.from({ length: sessions }, (_, i) => {
    const at = new Date(Date.UTC(2026, 2, 1 + i + offset, 10));
    return [
      { session: `s-${offset}-${i}`, at: at.toISOString(), query: from, resultCount: 0, clicks: [] },
      {
        session: `s-${offset}-${i}`,
        at: new Date(at.getTime() + 90_000).toISOString(),
        query: to,
        resultCount: 3,
        clicks: [article],
      },
    ];
  }).flat();
}

/** Visitors who found what they looked for at once, in the organisation's words. */
function background(sessions: number) {
  const queries = [
    ['opname', 'kb-opname'],
    ['opnamerapport', 'kb-opname'],
    ['sleutel wisselwoning', 'kb-wissel'],
    ['schade opname duur', 'kb-opname'],
    ['contactpersoon bellen', 'kb-wissel'],
  ] as const;
  return Array.from({ length: sessions }, (_, i) => {
    const [query, article] = queries[i % queries.length]!;
    const at = new Date(Date.UTC(2026, 3, 1 + (i % 28), 8 + (i % 9))).toISOString();
    return { session: `b-${i}`, at, query, resultCount: 2, clicks: [article] };
  });
}

describeEachDialect('vocabulary API', (t) => {
  it('suggests a customer word seen in several sessions, with its evidence, and not one seen once', async () => {
    await importRecords(articleStore(t.ctx), numberedRecords(ARTICLES));
    await importRecords(
      searchStore(t.ctx),
      numberedRecords([
        ...reformulations('noodwoning', 'wisselwoning', 'kb-wissel', 5, 0),
        ...reformulations('keuring', 'opname', 'kb-opname', 1, 10),
        ...background(40),
      ]),
    );
    const res = await t.request({ method: 'GET', url: '/api/v1/vocab/suggestions', as: 'analyst' });
    expect(res.statusCode).toBe(200);
    const { suggestions } = res.json<{
      suggestions: {
        customerTerm: string;
        officialTerm: string;
        kind: string;
        evidence: { sessions: number };
      }[];
    }>();
    const pair = suggestions.find((s) => s.customerTerm === 'noodwoning');
    expect(pair).toMatchObject({ officialTerm: 'wisselwoning', kind: 'synonym' });
    expect(pair!.evidence.sessions).toBe(5);
    expect(suggestions.some((s) => s.customerTerm === 'keuring')).toBe(false);
  });

  it('reports the vocabulary gap of the customer word', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/vocab/gaps', as: 'agent' });
    const gap = res
      .json<{ gaps: { term: string; zeroResultRate: number; noClickRate: number }[] }>()
      .gaps.find((g) => g.term === 'noodwoning');
    expect(gap).toMatchObject({ zeroResultRate: 1, noClickRate: 1 });
  });

  it('approves a pair into the glossary, audited, and suggests it no more', async () => {
    const search = async () =>
      (await t.request({ method: 'POST', url: '/api/v1/help/search', payload: { query: 'noodwoning' } }))
        .json<{
          results: { id: string }[];
        }>()
        .results.map((r) => r.id);
    expect(await search()).not.toContain('kb-wissel');
    const approved = await t.request({
      method: 'POST',
      url: '/api/v1/vocab/approve',
      as: 'analyst',
      payload: { customerTerm: ' Noodwoning ', officialTerm: 'Wisselwoning' },
    });
    expect(approved.statusCode).toBe(200);
    expect(await search()).toContain('kb-wissel');
    expect(approved.json()).toMatchObject({
      officialTerm: 'wisselwoning',
      variants: [{ customerTerm: 'noodwoning', status: 'approved' }],
    });
    const again = (await t.request({ method: 'GET', url: '/api/v1/vocab/suggestions', as: 'analyst' })).json<{
      suggestions: { customerTerm: string }[];
    }>();
    expect(again.suggestions.some((s) => s.customerTerm === 'noodwoning')).toBe(false);
    const contact = { customerTerm: 'contactpersoon', officialTerm: 'bewonersbegeleider' };
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/vocab/approve', as: 'admin', payload: contact }))
        .statusCode,
    ).toBe(200);
    const audit = await t.ctx.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'glossary.pair_decided')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('marks jargon in a draft with the customers word for it', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/vocab/check',
      as: 'agent',
      payload: { text: 'Tijdens de verhuizing helpt uw bewonersbegeleider.' },
    });
    expect(res.statusCode).toBe(200);
    const finding = res
      .json<{ findings: { term: string; start: number; end: number; customerTerms: string[] }[] }>()
      .findings.find((f) => f.term === 'bewonersbegeleider');
    expect(finding).toMatchObject({ start: 31, end: 49, customerTerms: ['contactpersoon'] });

    // A decision made after the first check shows in the next one.
    const pair = { customerTerm: 'begeleider', officialTerm: 'bewonersbegeleider' };
    await t.request({ method: 'POST', url: '/api/v1/vocab/approve', as: 'analyst', payload: pair });
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/vocab/check',
      as: 'agent',
      payload: { text: 'Tijdens de verhuizing helpt uw bewonersbegeleider.' },
    });
    const terms = again.json<{ findings: { term: string; customerTerms: string[] }[] }>().findings[0]
      ?.customerTerms;
    expect(terms).toEqual(expect.arrayContaining(['contactpersoon', 'begeleider']));
  });

  it.each([
    ['/api/v1/vocab/approve', { customerTerm: '', officialTerm: 'opname' }, 400],
    ['/api/v1/vocab/approve', { customerTerm: 'opname', officialTerm: 'Opname' }, 409],
    ['/api/v1/vocab/approve', { customerTerm: 'keuring', officialTerm: 'opname', extra: true }, 400],
    ['/api/v1/vocab/check', { text: '' }, 400],
    ['/api/v1/vocab/check', { text: "<script>alert('x')</script> '; DROP TABLE articles; --" }, 200],
    ['/api/v1/vocab/check', { text: '🙂 ?!' }, 200],
  ])('POST %s %j answers %i', async (url, payload, status) => {
    expect((await t.request({ method: 'POST', url, as: 'analyst', payload })).statusCode).toBe(status);
  });

  it('lets agents read but not decide, and nobody unauthenticated', async () => {
    const pair = { customerTerm: 'keuring', officialTerm: 'opname' };
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/vocab/approve', as: 'agent', payload: pair }))
        .statusCode,
    ).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/vocab/suggestions' })).statusCode).toBe(401);
    const rejected = await t.request({
      method: 'POST',
      url: '/api/v1/vocab/reject',
      as: 'admin',
      payload: pair,
    });
    expect(rejected.json()).toMatchObject({ variants: [{ customerTerm: 'keuring', status: 'rejected' }] });
  });
});
