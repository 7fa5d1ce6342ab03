import type { ConversationDetail } from '@klantstem/contracts';
import { expect } from 'vitest';
import type { TestApp } from './app.js';
import { CLI_ACTOR } from '../features/auth/actor.js';
import { numberedRecords } from '../features/imports/records.js';
import { importRecords } from '../features/imports/run.js';
import { TRAINING_EXAMPLES } from '../features/intents/fixtures.js';
import { trainAndActivate } from '../features/intents/service.js';
import { labelStore } from '../features/labels/store.js';
import { saveTeam } from '../features/teams/service.js';
import { createUser } from '../features/users/service.js';

/** Staff of the test organisation, by first name -> user id. */
export type Staff = Record<'anna' | 'bram' | 'vera' | 'karel', string>;

/**
 * A trained router and four teams: schade (opname; Anna and Bram), vergoedingen (may decide on
 * payments; Vera), klantcontact (also takes payments, no authority; Karel), wonen (nobody yet).
 */
export async function organisation(t: TestApp): Promise<Staff> {
  await importRecords(labelStore(t.ctx), numberedRecords(TRAINING_EXAMPLES));
  const staff = {} as Staff;
  for (const name of ['anna', 'bram', 'vera', 'karel'] as const) {
    const user = await createUser(t.ctx, CLI_ACTOR, {
      email: `${name}@example.test`,
      name: name[0]!.toUpperCase() + name.slice(1),
      role: 'agent',
      password: 'een veilig wachtwoord',
    });
    staff[name] = user.id;
  }
  for (const team of [
    { id: 'schade', name: 'Team Schade', members: [staff.anna, staff.bram], intents: ['opname'] },
    {
      id: 'vergoedingen',
      name: 'Vergoedingen',
      members: [staff.vera],
      intents: ['betaling'],
      authority: ['betaling'],
    },
    { id: 'klantcontact', name: 'Klantcontact', members: [staff.karel], intents: ['betaling'] },
    { id: 'wonen', name: 'Wonen', members: [], intents: ['wisselwoning'] },
  ]) {
    await saveTeam(t.ctx, CLI_ACTOR, team);
  }
  await trainAndActivate(t.ctx, CLI_ACTOR);
  t.ctx.intents.invalidate();
  return staff;
}

/** Signs a person of the test organisation in, as their browser would; answers their session cookie. */
export async function signInAs(t: TestApp, name: keyof Staff): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/signin',
    payload: { email: `${name}@example.test`, password: 'een veilig wachtwoord' },
  });
  expect(res.statusCode, res.body).toBe(200);
  const setCookie = res.headers['set-cookie'];
  return (Array.isArray(setCookie) ? setCookie[0]! : setCookie!).split(';')[0]!;
}

export interface Started {
  conversation: ConversationDetail;
  customerToken: string;
}

export async function start(
  t: TestApp,
  payload: { channel?: string; customer?: string; message: string; subject?: string },
): Promise<Started> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/conversations',
    as: 'agent',
    payload: { channel: 'chat', ...payload },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Started>();
}

export async function detail(t: TestApp, id: string): Promise<ConversationDetail> {
  const res = await t.request({ method: 'GET', url: `/api/v1/conversations/${id}`, as: 'agent' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<ConversationDetail>();
}
