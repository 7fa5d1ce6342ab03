import type { Overview } from '@klantstem/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';
import { weekStart } from './service.js';

describe('weekStart', () => {
  it('is the Monday 00:00 UTC of the week, for every day of that week', () => {
    for (const day of ['2026-10-26', '2026-10-28', '2026-11-01']) {
      expect(new Date(weekStart(Date.parse(`${day}T23:59:00Z`))).toISOString()).toBe(
        '2026-10-26T00:00:00.000Z',
      );
    }
    expect(new Date(weekStart(Date.parse('2026-11-02T00:00:00Z'))).toISOString()).toBe(
      '2026-11-02T00:00:00.000Z',
    );
  });
});

describeEachDialect('overview', (t) => {
  beforeAll(async () => {
    const signals = [
      {
        channel: 'chat',
        text: 'Wanneer komt de opname?',
        at: '2026-10-20T09:00:00Z',
        meta: { intent: 'status_opname' },
      },
      {
        channel: 'chat',
        text: 'Ik zie een scheur',
        at: '2026-10-27T09:00:00Z',
        meta: { intent: 'schade_melden' },
      },
      {
        channel: 'email',
        text: 'Nog een scheur erbij',
        at: '2026-10-28T10:00:00Z',
        meta: { intent: 'schade_melden' },
      },
      { channel: 'phone', text: 'Belde over de opname', at: '2026-11-01T23:00:00Z' },
      { channel: 'chat', text: 'Heel oud bericht', at: '2026-01-05T09:00:00Z', meta: { intent: 'klacht' } },
    ];
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: { signals },
    });
    expect(res.statusCode).toBe(201);
  });

  it('counts signals per channel per week up to the newest signal, with top intents and the newest words', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/overview?weeks=2', as: 'analyst' });
    expect(res.statusCode).toBe(200);
    const body = res.json<Overview>();
    expect(body.weeks).toEqual(['2026-10-19', '2026-10-26']);
    expect(body.channels).toEqual([
      { channel: 'chat', counts: [1, 1] },
      { channel: 'email', counts: [0, 1] },
      { channel: 'phone', counts: [0, 1] },
    ]);
    expect(body.topIntents).toEqual([
      { intent: 'schade_melden', count: 2 },
      { intent: 'status_opname', count: 1 },
    ]);
    expect(body.newest.map((s) => s.text)).toEqual([
      'Belde over de opname',
      'Nog een scheur erbij',
      'Ik zie een scheur',
      'Wanneer komt de opname?',
      'Heel oud bericht',
    ]);
    expect(body.totals).toMatchObject({ signals: 5, triage: 0 });
  });

  it('refuses a period it cannot show, and strangers', async () => {
    const bad = await t.request({ method: 'GET', url: '/api/v1/overview?weeks=0', as: 'agent' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { field: string }[] } }>().error.details[0]?.field).toBe('weeks');
    expect((await t.request({ method: 'GET', url: '/api/v1/overview' })).statusCode).toBe(401);
  });
});
