import type { Signal } from '@klantstem/contracts';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';

describeEachDialect('signal filters', (t) => {
  beforeAll(async () => {
    const signals = [
      { id: 's1', channel: 'chat', text: 'Er zit een SCHEUR in de muur', at: '2026-10-01T09:00:00Z' },
      {
        id: 's2',
        channel: 'chat',
        text: 'Scheur in het plafond, en de muur ook',
        at: '2026-10-02T09:00:00Z',
      },
      { id: 's3', channel: 'email', text: 'Korting van 50% op_zicht?', at: '2026-10-03T09:00:00Z' },
    ];
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/signals', as: 'agent', payload: { signals } }))
        .statusCode,
    ).toBe(201);
    const db = t.ctx.database.db;
    await db
      .insertInto('signal_routes')
      .values({
        signal_id: 's2',
        model_id: 'm',
        intent: 'schade_melden',
        team_id: 'schade',
        confidence: 0.9,
        abstained: 0,
        out_of_scope: 0,
        alternatives: '[]',
        routed_at: '2026-10-02T09:00:01.000Z',
        triaged_by: null,
        triaged_at: null,
      })
      .execute();
  });

  async function ids(query: string): Promise<string[]> {
    const res = await t.request({ method: 'GET', url: `/api/v1/signals?${query}`, as: 'analyst' });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Signal[] }>().items.map((s) => s.id);
  }

  it('finds signals containing every word, in any case', async () => {
    expect(await ids('q=scheur')).toEqual(['s2', 's1']);
    expect(await ids('q=muur%20plafond')).toEqual(['s2']);
  });

  it('takes % and _ in the words literally', async () => {
    expect(await ids(`q=${encodeURIComponent('50%')}`)).toEqual(['s3']);
    expect(await ids(`q=${encodeURIComponent('p_z')}`)).toEqual(['s3']);
    expect(await ids(`q=${encodeURIComponent('%')}`)).toEqual(['s3']);
    expect(await ids(`q=${encodeURIComponent('0_')}`)).toEqual([]);
  });

  it('filters by the intent and team a signal was routed to, and lists the route', async () => {
    expect(await ids('intent=schade_melden')).toEqual(['s2']);
    expect(await ids('team=schade&q=muur')).toEqual(['s2']);
    expect(await ids('team=nobody')).toEqual([]);
    const res = await t.request({ method: 'GET', url: '/api/v1/signals?team=schade', as: 'analyst' });
    expect(res.json<{ items: Signal[] }>().items[0]?.route).toMatchObject({
      intent: 'schade_melden',
      team: 'schade',
    });
  });

  it('refuses a blank search', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/signals?q=%20%20', as: 'analyst' });
    expect(res.statusCode).toBe(400);
  });
});
