import { expect, it } from 'vitest';
import type { IntentModelInfo, IntentRoute, IntentTrainingJob } from '@klantstem/contracts';
import { describeEachDialect, type TestApp } from '../../test/app.js';
import { numberedRecords } from '../imports/records.js';
import { importRecords } from '../imports/run.js';
import { labelStore } from '../labels/store.js';
import { TRAINING_EXAMPLES } from './fixtures.js';

async function trainViaApi(t: TestApp): Promise<IntentTrainingJob> {
  const started = await t.request({
    method: 'POST',
    url: '/api/v1/intents/train',
    as: 'analyst',
    payload: {},
  });
  expect(started.statusCode).toBe(202);
  let job = started.json<IntentTrainingJob>();
  for (let i = 0; i < 600 && job.status === 'running'; i += 1) {
    await new Promise((r) => setTimeout(r, 100));
    job = (await t.request({ method: 'GET', url: `/api/v1/intents/train/${job.id}`, as: 'analyst' })).json();
  }
  return job;
}

describeEachDialect('intent routing API', (t) => {
  it('says plainly that there is no model before the first training', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/intents/predict',
      as: 'agent',
      payload: { text: 'waar blijft mijn geld' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: { code: 'no_model' } });
    expect((await t.request({ method: 'GET', url: '/api/v1/intents/model', as: 'agent' })).statusCode).toBe(
      409,
    );
  });

  it('refuses to train on a single intent, with the reason', async () => {
    await importRecords(
      labelStore(t.ctx),
      numberedRecords(TRAINING_EXAMPLES.filter((e) => e.label === 'opname')),
    );
    const job = await trainViaApi(t);
    expect(job).toMatchObject({
      status: 'failed',
      error: 'Training needs examples of at least two intents.',
    });
  });

  it('trains from the labelled questions and routes a new question to the team for its intent', async () => {
    await importRecords(labelStore(t.ctx), numberedRecords(TRAINING_EXAMPLES));
    // Two teams take payment questions; only one may decide on a payment, so routing prefers it.
    for (const [id, intents, authority] of [
      ['klantcontact', ['betaling'], []],
      ['vergoedingen', ['betaling'], ['betaling']],
      ['schade', ['opname'], []],
      ['wonen', ['wisselwoning'], []],
    ] as const) {
      const team = await t.request({
        method: 'POST',
        url: '/api/v1/teams',
        as: 'admin',
        payload: { id, name: id, intents, authority },
      });
      expect(team.statusCode).toBeLessThan(300);
    }
    const job = await trainViaApi(t);
    expect(job.status).toBe('done');
    const model = (
      await t.request({ method: 'GET', url: '/api/v1/intents/model', as: 'analyst' })
    ).json<IntentModelInfo>();
    expect(model).toMatchObject({
      status: 'active',
      intents: ['betaling', 'opname', 'wisselwoning'],
      examples: 75,
    });
    expect(model.validation?.accuracy).toBeGreaterThan(0.6);

    const res = await t.request({
      method: 'POST',
      url: '/api/v1/intents/predict',
      as: 'agent',
      payload: { text: 'Wanneer wordt mijn schadevergoeding eindelijk overgemaakt?' },
    });
    expect(res.statusCode).toBe(200);
    const route = res.json<IntentRoute>();
    expect(route).toMatchObject({
      intent: 'betaling',
      team: 'vergoedingen',
      abstained: false,
      modelId: model.id,
    });
    expect(route.alternatives.map((a) => a.intent)).toEqual(
      expect.arrayContaining(['betaling', 'opname', 'wisselwoning']),
    );
  });

  it('routes each new question as it is stored, and sends what it cannot place to triage', async () => {
    const post = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: {
        signals: [
          {
            id: 'q-clear',
            channel: 'chat',
            text: 'Kan ik de opname van mijn huis verzetten?',
            at: '2026-03-02T09:00:00Z',
          },
          { id: 'q-unclear', channel: 'email', text: 'xyzzy plover', at: '2026-03-02T09:01:00Z' },
          { id: 'q-search', channel: 'search', text: 'opname verzetten', at: '2026-03-02T09:02:00Z' },
        ],
      },
    });
    expect(post.statusCode).toBe(201);
    const clear = (await t.request({ method: 'GET', url: '/api/v1/signals/q-clear', as: 'agent' })).json<{
      route: IntentRoute;
    }>();
    expect(clear.route).toMatchObject({ intent: 'opname', team: 'schade' });
    const search = (
      await t.request({ method: 'GET', url: '/api/v1/signals/q-search', as: 'agent' })
    ).json<object>();
    expect(search).not.toHaveProperty('route');

    const queue = (await t.request({ method: 'GET', url: '/api/v1/intents/triage', as: 'agent' })).json<{
      items: { signalId: string; alternatives: unknown[] }[];
    }>();
    expect(queue.items.map((i) => i.signalId)).toEqual(['q-unclear']);
    expect(queue.items[0]!.alternatives).toHaveLength(3);

    const wrong = await t.request({
      method: 'POST',
      url: '/api/v1/intents/triage/q-unclear',
      as: 'agent',
      payload: { intent: 'bestaat_niet' },
    });
    expect(wrong.statusCode).toBe(400);
    const decided = await t.request({
      method: 'POST',
      url: '/api/v1/intents/triage/q-unclear',
      as: 'agent',
      payload: { intent: 'wisselwoning' },
    });
    expect(decided.json()).toMatchObject({ intent: 'wisselwoning', team: 'wonen', abstained: false });
    expect((await t.request({ method: 'GET', url: '/api/v1/intents/triage', as: 'agent' })).json()).toEqual({
      items: [],
    });
    const label = await t.ctx.database.db
      .selectFrom('labels')
      .selectAll()
      .where('source', '=', 'triage')
      .execute();
    expect(label).toMatchObject([{ text: 'xyzzy plover', label: 'wisselwoning' }]);
  });

  it('keeps the previous model for rollback when retrained', async () => {
    const before = (
      await t.request({ method: 'GET', url: '/api/v1/intents/model', as: 'agent' })
    ).json<IntentModelInfo>();
    expect((await trainViaApi(t)).status).toBe('done');
    const after = (
      await t.request({ method: 'GET', url: '/api/v1/intents/model', as: 'agent' })
    ).json<IntentModelInfo>();
    expect(after.id).not.toBe(before.id);
    const rolled = await t.request({ method: 'POST', url: '/api/v1/intents/rollback', as: 'analyst' });
    expect(rolled.json()).toMatchObject({ id: before.id, status: 'active' });
    const models = (await t.request({ method: 'GET', url: '/api/v1/intents/models', as: 'agent' })).json<{
      items: IntentModelInfo[];
    }>();
    expect(models.items.find((m) => m.id === after.id)?.status).toBe('previous');
  });

  it.each([
    [{ text: '' }, 400],
    [{ text: '   ' }, 400],
    [{ text: 'waarom '.repeat(20_000) }, 400],
    [{ text: 'waar blijft mijn geld', extra: 1 }, 400],
    [{ text: '🙂🙂🙂 ??? !!!' }, 200],
    [{ text: "'; DROP TABLE signals; -- <script>alert(1)</script>" }, 200],
  ])('answers case %# with %i', async (payload, status) => {
    const res = await t.request({ method: 'POST', url: '/api/v1/intents/predict', as: 'agent', payload });
    expect(res.statusCode).toBe(status);
    if (status === 200) expect(res.json<IntentRoute>().intent).toBeNull();
  });

  it('lets only the right roles train, triage and roll back', async () => {
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/intents/train', as: 'agent', payload: {} }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/intents/rollback', as: 'agent' })).statusCode,
    ).toBe(403);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/intents/triage/x',
          as: 'analyst',
          payload: { intent: 'opname' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/intents/predict', payload: { text: 'hallo' } }))
        .statusCode,
    ).toBe(401);
  });
});
