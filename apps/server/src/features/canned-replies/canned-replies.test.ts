import type { CannedReply } from '@klantstem/contracts';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';
import { CLI_ACTOR } from '../auth/actor.js';
import { saveTeam } from '../teams/service.js';

describeEachDialect('canned replies API', (t) => {
  beforeAll(async () => {
    await saveTeam(t.ctx, CLI_ACTOR, { id: 'schade', name: 'Team Schade' });
    await saveTeam(t.ctx, CLI_ACTOR, { id: 'wonen', name: 'Wonen' });
  });

  it('adds, lists per team, replaces and deletes a canned reply', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/canned-replies',
      as: 'agent',
      payload: { teamId: 'schade', title: 'Opname gepland', body: 'De opname is gepland op {datum}.' },
    });
    expect(created.statusCode).toBe(201);
    const reply = created.json<CannedReply>();
    await t.request({
      method: 'POST',
      url: '/api/v1/canned-replies',
      as: 'agent',
      payload: { teamId: 'wonen', title: 'Wisselwoning', body: 'U krijgt een wisselwoning.' },
    });
    const list = (team: string) =>
      t.request({ method: 'GET', url: `/api/v1/canned-replies?team=${team}`, as: 'analyst' });
    expect((await list('schade')).json()).toEqual({ items: [reply] });

    const replaced = await t.request({
      method: 'PUT',
      url: `/api/v1/canned-replies/${reply.id}`,
      as: 'agent',
      payload: {
        teamId: 'schade',
        title: 'Opname gepland',
        body: 'De opname is op {datum} tussen 9 en 12 uur.',
      },
    });
    expect(replaced.json()).toMatchObject({
      id: reply.id,
      body: 'De opname is op {datum} tussen 9 en 12 uur.',
    });

    const deleted = await t.request({
      method: 'DELETE',
      url: `/api/v1/canned-replies/${reply.id}`,
      as: 'agent',
    });
    expect(deleted.statusCode).toBe(204);
    expect((await list('schade')).json()).toEqual({ items: [] });
    expect((await list('wonen')).json<{ items: unknown[] }>().items).toHaveLength(1);
    const again = await t.request({
      method: 'DELETE',
      url: `/api/v1/canned-replies/${reply.id}`,
      as: 'agent',
    });
    expect(again.statusCode).toBe(404);
  });

  it.each([
    [{ teamId: 'bestaat-niet', title: 'x', body: 'y' }, 'teamId'],
    [{ teamId: 'schade', title: ' ', body: 'y' }, 'title'],
    [{ teamId: 'schade', title: 'x', body: 'y'.repeat(20_001) }, 'body'],
  ])('refuses %j naming the field', async (payload, field) => {
    const res = await t.request({ method: 'POST', url: '/api/v1/canned-replies', as: 'agent', payload });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(field);
  });

  it('lets analysts read but not write', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/canned-replies',
      as: 'analyst',
      payload: { teamId: 'schade', title: 'x', body: 'y' },
    });
    expect(res.statusCode).toBe(403);
  });
});
