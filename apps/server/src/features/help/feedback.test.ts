import type { Signal } from '@klantstem/contracts';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';

describeEachDialect('help-centre feedback', (t) => {
  beforeAll(async () => {
    const res = await t.request({
      method: 'PUT',
      url: '/api/v1/articles/kb-opname',
      as: 'agent',
      payload: { title: 'De opname', body: 'Een deskundige bekijkt de schade.' },
    });
    expect(res.statusCode).toBe(201);
  });

  async function feedback(payload: object) {
    return t.request({ method: 'POST', url: '/api/v1/help/feedback', payload });
  }

  it("stores an answer, without signing in, as a survey signal in the visitor's words", async () => {
    const res = await feedback({
      articleId: 'kb-opname',
      helpful: false,
      comment: 'Ik mis hoe lang het duurt.',
      query: 'wanneer komt de inspectie',
      session: 'visit-1',
    });
    expect(res.statusCode).toBe(201);
    const { signalId } = res.json<{ signalId: string }>();
    const stored = await t.request({ method: 'GET', url: `/api/v1/signals/${signalId}`, as: 'analyst' });
    expect(stored.json<Signal>()).toMatchObject({
      channel: 'survey',
      lang: 'nl',
      text: 'Nee, dit heeft niet geholpen. Ik mis hoe lang het duurt.',
      meta: {
        kind: 'article_feedback',
        articleId: 'kb-opname',
        helpful: false,
        query: 'wanneer komt de inspectie',
        session: 'visit-1',
      },
    });
    const yes = await feedback({ articleId: 'kb-opname', helpful: true, lang: 'en' });
    expect(yes.statusCode).toBe(201);
    const signal = await t.request({
      method: 'GET',
      url: `/api/v1/signals/${yes.json<{ signalId: string }>().signalId}`,
      as: 'analyst',
    });
    expect(signal.json<Signal>().text).toBe('Yes, this helped.');
  });

  it('refuses an unknown article and bad fields, one message per field', async () => {
    expect((await feedback({ articleId: 'kb-nope', helpful: true })).statusCode).toBe(404);
    const bad = await feedback({ articleId: 'kb-opname', comment: 'x'.repeat(2001), extra: 1 });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['helpful', 'comment', 'extra']));
  });
});
