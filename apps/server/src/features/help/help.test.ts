import type { ArticleInput } from '@klantstem/contracts';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../platform/clock.js';
import { describeEachDialect, startTestApp, type TestApp } from '../../test/app.js';
import { runCli } from '../../test/cli.js';
import { DIALECTS } from '../../test/dialects.js';
import { upsertArticle } from '../articles/repository.js';
import { articleStore } from '../articles/store.js';

const ARTICLES: ArticleInput[] = [
  {
    id: 'kb-wisselwoning',
    title: 'De wisselwoning: tijdelijk ergens anders wonen',
    body: 'Tijdens de versterking woont u in een wisselwoning. U betaalt geen huur voor de wisselwoning.',
    tags: ['wisselwoning', 'verhuizen'],
  },
  {
    id: 'kb-schade-melden',
    title: 'Schade melden: zo doet u een schademelding',
    body: 'Ziet u nieuwe scheuren in uw muren? Doe dan een schademelding in Mijn Dossier.',
  },
  {
    id: 'kb-en-report-damage',
    title: 'How to report damage to your home',
    body: 'Do you see new cracks in your walls? Then report damage in Mijn Dossier.',
    lang: 'en',
  },
];

interface SearchBody {
  results: { id: string; title: string; score: number }[];
  total: number;
  searchId: string;
  session: string;
}

function search(t: TestApp, payload: unknown, remoteAddress?: string): Promise<LightMyRequestResponse> {
  return t.request({
    method: 'POST',
    url: '/api/v1/help/search',
    payload: payload as object,
    ...(remoteAddress && { remoteAddress }),
  });
}

async function ids(t: TestApp, query: string): Promise<string[]> {
  return (await search(t, { query })).json<SearchBody>().results.map((r) => r.id);
}

async function putArticle(t: TestApp, article: ArticleInput): Promise<void> {
  const { id, ...body } = article;
  const res = await t.request({ method: 'PUT', url: `/api/v1/articles/${id}`, as: 'agent', payload: body });
  expect(res.statusCode).toBeLessThan(300);
}

describeEachDialect('help-centre search', (t) => {
  beforeAll(async () => {
    for (const article of ARTICLES) await putArticle(t, article);
  });

  it('answers anyone, logs the search with its session, and links later clicks to it', async () => {
    const res = await search(t, { query: 'wisselwoning huur', session: 'bezoek-1', limit: 5 });
    expect(res.statusCode).toBe(200);
    const body = res.json<SearchBody>();
    expect(body).toMatchObject({ session: 'bezoek-1', searchId: expect.any(String), total: 1 });
    expect(body.results).toEqual([
      { id: 'kb-wisselwoning', title: ARTICLES[0]!.title, score: expect.any(Number), lang: 'nl' },
    ]);
    const event = await t.ctx.database.db
      .selectFrom('search_events')
      .selectAll()
      .where('id', '=', body.searchId)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      session: 'bezoek-1',
      query: 'wisselwoning huur',
      result_count: 1,
      source: 'help',
    });

    const click = (payload: object) => t.request({ method: 'POST', url: '/api/v1/help/click', payload });
    const first = await click({ searchId: body.searchId, articleId: 'kb-wisselwoning' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ searchId: body.searchId, articleId: 'kb-wisselwoning', position: 0 });
    expect((await click({ searchId: body.searchId, articleId: 'kb-wisselwoning' })).json()).toMatchObject({
      position: 0,
    });
    const byQuery = await click({
      session: 'bezoek-1',
      query: 'wisselwoning huur',
      articleId: 'kb-schade-melden',
    });
    expect(byQuery.json()).toEqual({ searchId: body.searchId, articleId: 'kb-schade-melden', position: 1 });
    const clicks = await t.ctx.database.db
      .selectFrom('search_clicks')
      .select(['article_id', 'position'])
      .where('search_id', '=', body.searchId)
      .orderBy('position')
      .execute();
    expect(clicks).toEqual([
      { article_id: 'kb-wisselwoning', position: 0 },
      { article_id: 'kb-schade-melden', position: 1 },
    ]);
  });

  it('gives a visitor without a session one, and logs a clicked search it never saw', async () => {
    const body = (await search(t, { query: 'scheuren' })).json<SearchBody>();
    expect(body.session).toMatch(/^s_/);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/help/click',
      payload: { query: 'schade melden', articleId: 'kb-schade-melden' },
    });
    expect(res.statusCode).toBe(201);
    const event = await t.ctx.database.db
      .selectFrom('search_events')
      .selectAll()
      .where('id', '=', res.json<{ searchId: string }>().searchId)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ query: 'schade melden', source: 'help' });
    expect(event.result_count).toBeGreaterThan(0);
  });

  it.each([
    [{ searchId: 'q_onbekend', articleId: 'kb-wisselwoning' }, 404, 'Search does not exist'],
    [{ query: 'huur', articleId: 'kb-bestaat-niet' }, 404, 'Article does not exist'],
    [{ articleId: 'kb-wisselwoning' }, 400, 'searchId'],
    [{ query: '', articleId: 'kb-wisselwoning' }, 400, 'must not be empty'],
    [{ searchId: 'x', articleId: 'kb-wisselwoning', extra: 1 }, 400, 'unknown field'],
  ])('refuses the click %j', async (payload, status, message) => {
    const res = await t.request({ method: 'POST', url: '/api/v1/help/click', payload });
    expect(res.statusCode).toBe(status);
    expect(res.body).toContain(message);
  });

  it('follows article changes made through the API and through imports, without a restart', async () => {
    expect(await ids(t, 'gevelanker')).not.toContain('kb-gevel');
    await putArticle(t, {
      id: 'kb-gevel',
      title: 'Gevelanker plaatsen',
      body: 'Een gevelanker houdt de gevel vast.',
    });
    expect((await ids(t, 'gevelanker'))[0]).toBe('kb-gevel');
    await putArticle(t, { id: 'kb-gevel', title: 'Stalen ankers', body: 'Ankers houden de muur vast.' });
    expect(await ids(t, 'gevel')).not.toContain('kb-gevel');
    expect((await ids(t, 'stalen ankers'))[0]).toBe('kb-gevel');
    await t.request({ method: 'DELETE', url: '/api/v1/articles/kb-gevel', as: 'agent' });
    expect(await ids(t, 'stalen ankers')).not.toContain('kb-gevel');

    await articleStore(t.ctx).store([
      {
        line: 1,
        value: { id: 'kb-kruipruimte', title: 'Vocht in de kruipruimte', body: 'Wat u doet.' },
      },
    ]);
    expect(await ids(t, 'kruipruimte')).toEqual(['kb-kruipruimte']);
  });

  it('approved glossary pairs take effect in search and on the article page at once', async () => {
    const term = await t.request({
      method: 'POST',
      url: '/api/v1/glossary',
      as: 'analyst',
      payload: { officialTerm: 'wisselwoning' },
    });
    const withVariant = await t.request({
      method: 'POST',
      url: `/api/v1/glossary/${term.json<{ id: number }>().id}/variants`,
      as: 'analyst',
      payload: { customerTerm: 'noodwoning' },
    });
    const variantId = withVariant.json<{ variants: { id: number }[] }>().variants[0]!.id;
    const page = async () =>
      (await t.request({ method: 'GET', url: '/api/v1/help/articles/kb-wisselwoning' })).json<{
        alsoKnownAs: string[];
        alsoKnownAsLabel: { nl: string; en: string };
      }>();
    expect(await ids(t, 'noodwoning')).toEqual([]);
    expect((await page()).alsoKnownAs).toEqual([]);

    const decide = (status: string) =>
      t.request({
        method: 'PATCH',
        url: `/api/v1/glossary/variants/${variantId}`,
        as: 'analyst',
        payload: { status },
      });
    await decide('approved');
    expect(await ids(t, 'noodwoning')).toEqual(['kb-wisselwoning']);
    expect(await page()).toMatchObject({
      id: 'kb-wisselwoning',
      title: ARTICLES[0]!.title,
      alsoKnownAs: ['noodwoning'],
      alsoKnownAsLabel: { nl: 'Ook bekend als', en: 'Also known as' },
    });

    await decide('rejected');
    expect(await ids(t, 'noodwoning')).toEqual([]);
    expect((await page()).alsoKnownAs).toEqual([]);
    expect((await t.request({ method: 'GET', url: '/api/v1/help/articles/kb-onbekend' })).statusCode).toBe(
      404,
    );
  });

  it("prefers articles in the visitor's language", async () => {
    expect((await ids(t, 'hoe doe ik een melding in mijn dossier'))[0]).toBe('kb-schade-melden');
    expect((await ids(t, 'how do I report it in mijn dossier'))[0]).toBe('kb-en-report-damage');
    const en = await search(t, { query: 'mijn dossier', lang: 'en' });
    expect(en.json<SearchBody>().results[0]?.id).toBe('kb-en-report-damage');
  });

  it.each([
    ['an empty query', { query: '' }, 'must not be empty'],
    ['a query of spaces', { query: '   ' }, 'must not be empty'],
    ['a query of 10,000 characters', { query: 'schade '.repeat(1429).slice(0, 10_000) }, 'longer than 500'],
    ['a query that is not text', { query: 42 }, 'must be text'],
    ['a NUL character', { query: 'schade\u0000melden' }, 'NUL'],
    ['no query', { limit: 3 }, 'is required'],
    ['a limit of 0', { query: 'schade', limit: 0 }, 'limit'],
    ['a limit above 50', { query: 'schade', limit: 51 }, 'limit'],
    ['an unknown field', { query: 'schade', page: 2 }, 'unknown field'],
  ])('refuses %s with a clear 400', async (_name, payload, message) => {
    const res = await search(t, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('validation_failed');
    expect(res.body).toContain(message);
  });

  it.each([
    ['only punctuation', '?!?... ,;'],
    ['only emoji', '🏠🏚️💥'],
    ['a broken surrogate', 'schade \ud800 melden'],
    ['mixed languages', 'report schade wisselwoning please 🏠'],
    ['500 characters of words', 'wisselwoning huur scheuren '.repeat(19).slice(0, 500)],
    ['SQL', "'; DROP TABLE articles; --"],
  ])('answers %s without failing, and logs it', async (_name, query) => {
    const res = await search(t, { query });
    expect(res.statusCode).toBe(200);
    const body = res.json<SearchBody>();
    const event = await t.ctx.database.db
      .selectFrom('search_events')
      .select('result_count')
      .where('id', '=', body.searchId)
      .executeTakeFirstOrThrow();
    expect(event.result_count).toBe(body.total);
  });

  it('limits how often one address may search', async () => {
    const address = '192.0.2.44';
    for (let i = 0; i < t.ctx.config.helpRequestsPerMinute; i += 1) {
      expect((await search(t, { query: '' }, address)).statusCode).toBe(400);
    }
    const limited = await search(t, { query: 'schade' }, address);
    expect(limited.statusCode).toBe(429);
    expect(limited.json<{ error: { code: string } }>().error.code).toBe('rate_limited');
    expect((await search(t, { query: 'schade' }, '192.0.2.45')).statusCode).toBe(200);
  });
});

describeEachDialect('help-centre search across processes', (t) => {
  let other: TestApp;
  const clock = manualClock(new Date('2026-03-01T09:00:00Z'));

  beforeAll(async () => {
    other = await startTestApp(t.ctx.database, { clock });
    await search(other, { query: 'opstarten' }); // builds this app's index
  });
  afterAll(() => other.close());

  it('sees articles and approvals written by another process within a second', async () => {
    const write = (article: ArticleInput, now: string) =>
      t.ctx.database.db.transaction().execute((trx) => upsertArticle(trx, article, now));
    await write(
      { id: 'kb-dak', title: 'Lekkage aan het dak', body: 'Bel de aannemer.' },
      '2026-03-01T09:00:01Z',
    );
    expect(await ids(other, 'lekkage')).toEqual([]);
    clock.advance(1000);
    expect(await ids(other, 'lekkage')).toEqual(['kb-dak']);

    await t.ctx.database.db.deleteFrom('articles').where('id', '=', 'kb-dak').execute();
    clock.advance(1000);
    expect(await ids(other, 'lekkage')).toEqual([]);

    await write({ id: 'kb-dak', title: 'Daklekkage', body: 'Bel de aannemer.' }, '2026-03-01T09:00:02Z');
    const term = await t.request({
      method: 'POST',
      url: '/api/v1/glossary',
      as: 'analyst',
      payload: { officialTerm: 'daklekkage' },
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/glossary/${term.json<{ id: number }>().id}/variants`,
      as: 'analyst',
      payload: { customerTerm: 'regen binnen', status: 'approved' },
    });
    expect(await ids(other, 'regen binnen')).toEqual([]);
    clock.advance(1000);
    expect(await ids(other, 'regen binnen')).toEqual(['kb-dak']);
  });
});

for (const dialect of DIALECTS) {
  describe.skipIf(dialect.skip)(
    `klantstem search on ${dialect.name}${dialect.skip ? ` (${dialect.skip})` : ''}`,
    () => {
      let url: string;
      let app: TestApp;
      let dispose: () => Promise<void>;
      beforeAll(async () => {
        const opened = await dialect.open();
        ({ url, dispose } = opened);
        app = await startTestApp(opened.database);
        await articleStore(app.ctx).store(ARTICLES.map((value, i) => ({ line: i + 1, value })));
      });
      afterAll(async () => {
        await app.close();
        await dispose();
      });

      it('prints the results as JSON and logs the search as made from the command line', async () => {
        const res = await runCli(['search', 'wisselwonig', '--limit', '1', '--db', url]);
        expect(res.code).toBe(0);
        const body = JSON.parse(res.stdout) as SearchBody;
        expect(body.results).toEqual([expect.objectContaining({ id: 'kb-wisselwoning' })]);
        const event = await app.ctx.database.db
          .selectFrom('search_events')
          .selectAll()
          .where('id', '=', body.searchId)
          .executeTakeFirstOrThrow();
        expect(event).toMatchObject({ query: 'wisselwonig', source: 'cli' });
      });

      it.each([
        [['search', ''], 'must not be empty'],
        [['search', 'schade', '--limit', 'veel'], '--limit must be a number'],
      ])('explains %j and exits 2', async (args, message) => {
        const res = await runCli([...args, '--db', url]);
        expect(res.code).toBe(2);
        expect(res.stderr).toContain(message);
      });
    },
  );
}
