import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';

describeEachDialect('knowledge articles API', (t) => {
  const html = '<h1>Schade melden</h1><script>alert(1)</script><img src=x onerror=alert(2)>';

  it('creates, replaces and deletes an article, each change in the audit log', async () => {
    const created = await t.request({
      method: 'PUT',
      url: '/api/v1/articles/kb-schade',
      as: 'agent',
      payload: { title: 'Schade melden', body: html, tags: ['schade'] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ id: 'kb-schade', body: html, lang: 'nl', tags: ['schade'] });
    const same = await t.request({
      method: 'PUT',
      url: '/api/v1/articles/kb-schade',
      as: 'agent',
      payload: { title: 'Schade melden', body: html, tags: ['schade'] },
    });
    expect(same.statusCode).toBe(200);
    const changed = await t.request({
      method: 'PUT',
      url: '/api/v1/articles/kb-schade',
      as: 'agent',
      payload: { title: 'Report damage', body: 'How to report damage to your home.', lang: 'en' },
    });
    expect(changed.json()).toMatchObject({ title: 'Report damage', lang: 'en', tags: [] });
    expect(
      (await t.request({ method: 'DELETE', url: '/api/v1/articles/kb-schade', as: 'agent' })).statusCode,
    ).toBe(204);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/articles/kb-schade', as: 'analyst' })).statusCode,
    ).toBe(404);
    const audit = await t.request({
      method: 'GET',
      url: '/api/v1/audit?entityType=article&entityId=kb-schade',
      as: 'admin',
    });
    expect(audit.json<{ items: { action: string }[] }>().items.map((e) => e.action)).toEqual([
      'article.deleted',
      'article.updated',
      'article.created',
    ]);
  });

  it.each([
    [{ body: 'tekst' }, 'title', 'is required'],
    [{ title: '', body: 'tekst' }, 'title', 'must not be empty'],
    [{ title: 'x', body: 'y'.repeat(200_001) }, 'body', 'longer than'],
    [{ title: 'x', body: 'y', lang: 'de' }, 'lang', 'must be one of'],
    [{ title: 'x', body: 'y', tags: 'schade' }, 'tags', 'must be a list'],
    [{ title: 'x', body: 'y', author: 'ik' }, 'author', 'unknown field'],
  ])('refuses %j', async (payload, field, message) => {
    const res = await t.request({ method: 'PUT', url: '/api/v1/articles/kb-bad', as: 'agent', payload });
    expect(res.statusCode).toBe(400);
    const details = res.json<{ error: { details: { field: string; message: string }[] } }>().error.details;
    expect(details.some((d) => d.field === field && d.message.includes(message))).toBe(true);
  });
});
