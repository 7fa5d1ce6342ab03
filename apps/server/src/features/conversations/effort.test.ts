import type { ConversationEffort, TeamEffort } from '@klantstem/contracts';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect, startTestApp, type TestApp } from '../../test/app.js';
import { organisation, start } from '../../test/organisation.js';
import { manualClock } from '../../platform/clock.js';

const MINUTE = 60_000;
const OPNAME = 'Wanneer komt de opname bij mij thuis?';

describeEachDialect('customer effort', (t) => {
  const clock = manualClock(new Date('2026-03-02T09:00:00Z'));
  let app: TestApp;
  beforeAll(async () => {
    await organisation(t);
    app = await startTestApp(t.ctx.database, { clock });
    return () => app.close();
  });
  const post = (url: string, payload: object) => app.request({ method: 'POST', url, as: 'agent', payload });
  const effort = async (id: string) =>
    (
      await app.request({ method: 'GET', url: `/api/v1/conversations/${id}/effort`, as: 'analyst' })
    ).json<ConversationEffort>();

  it('measures each conversation and each team: repeats, transfers, reopenings, FCR, times and promises', async () => {
    // 1: answered in 10 minutes, resolved after an hour, nothing else: first-contact resolution.
    const solved = (await start(app, { customer: 'een@example.nl', message: OPNAME })).conversation;
    clock.advance(10 * MINUTE);
    await post(`/api/v1/conversations/${solved.id}/messages`, { kind: 'reply', body: 'Donderdag.' });
    clock.advance(50 * MINUTE);
    await post(`/api/v1/conversations/${solved.id}/status`, { status: 'resolved' });

    // 2: a customer who comes back a day later about the same thing: a repeat, and 1 is no FCR after all.
    clock.advance(24 * 60 * MINUTE);
    const repeat = (
      await start(app, { customer: 'een@example.nl', message: 'Ik wacht al maanden op de inspectie' })
    ).conversation;
    clock.advance(30 * MINUTE);
    await post(`/api/v1/conversations/${repeat.id}/messages`, { kind: 'reply', body: 'Ik kijk het na.' });
    await post(`/api/v1/conversations/${repeat.id}/promises`, {
      text: 'We bellen u binnen een uur',
      dueAt: new Date(clock.now().getTime() + 60 * MINUTE).toISOString(),
    });
    await post(`/api/v1/conversations/${repeat.id}/status`, { status: 'resolved' });
    await post(`/api/v1/conversations/${repeat.id}/status`, { status: 'open' });
    await post(`/api/v1/conversations/${repeat.id}/status`, { status: 'resolved' });

    // 3: transferred to vergoedingen, a promise kept; not answered yet.
    const moved = (await start(app, { customer: 'twee@example.nl', message: OPNAME })).conversation;
    await post(`/api/v1/conversations/${moved.id}/transfer`, {
      toTeam: 'vergoedingen',
      note: 'Gaat om geld.',
    });
    const made = (
      await post(`/api/v1/conversations/${moved.id}/promises`, {
        text: 'We sturen de brief vandaag',
        dueAt: new Date(clock.now().getTime() + 8 * 60 * MINUTE).toISOString(),
      })
    ).json<{ promises: { id: string }[] }>();
    await post(`/api/v1/conversations/${moved.id}/promises/${made.promises[0]!.id}`, { status: 'kept' });
    clock.advance(2 * 60 * MINUTE); // the repeat's callback promise is now overdue

    expect(await effort(solved.id)).toMatchObject({
      contactNumber: 1,
      firstContactResolution: false,
      firstResponseSeconds: 600,
      resolutionSeconds: 3600,
      transfers: 0,
      reopenings: 0,
    });
    expect(await effort(repeat.id)).toMatchObject({
      contactNumber: 2,
      repeatOf: solved.id,
      reopenings: 1,
      firstResponseSeconds: 1800,
      firstContactResolution: false,
      promisesBroken: 1,
      promisesOpen: 0,
    });
    expect(await effort(moved.id)).toMatchObject({
      transfers: 1,
      firstResponseSeconds: null,
      resolutionSeconds: null,
      promisesKept: 1,
    });

    const report = (
      await app.request({ method: 'GET', url: '/api/v1/conversations/effort', as: 'analyst' })
    ).json<{ items: TeamEffort[] }>();
    expect(report.items.find((i) => i.teamId === 'schade')).toEqual({
      teamId: 'schade',
      conversations: 2,
      issues: 1,
      contactsPerIssue: 2,
      repeatRate: 0.5,
      transfersPerConversation: 0,
      reopenRate: 0.5,
      resolved: 2,
      firstContactResolutionRate: 0,
      medianFirstResponseSeconds: 1200,
      medianResolutionSeconds: expect.any(Number),
      promisesKept: 0,
      promisesBroken: 1,
    });
    expect(report.items.find((i) => i.teamId === 'vergoedingen')).toMatchObject({
      conversations: 1,
      transfersPerConversation: 1,
      resolved: 0,
      firstContactResolutionRate: null,
      promisesKept: 1,
    });

    const later = await app.request({
      method: 'GET',
      url: `/api/v1/conversations/effort?from=${encodeURIComponent(new Date(clock.now().getTime() - MINUTE).toISOString())}`,
      as: 'analyst',
    });
    expect(later.json()).toEqual({ items: [] });
    const bad = await app.request({
      method: 'GET',
      url: '/api/v1/conversations/effort?from=gisteren',
      as: 'analyst',
    });
    expect(bad.statusCode).toBe(400);
  });
});
