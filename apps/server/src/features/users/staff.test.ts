import type { StaffRef } from '@klantstem/contracts';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';
import { CLI_ACTOR } from '../auth/actor.js';
import { changeUser, createUser } from './service.js';

describeEachDialect('staff directory', (t) => {
  it('names the active staff to every staff role, without emails or roles, and not to strangers', async () => {
    const anna = await createUser(t.ctx, CLI_ACTOR, {
      email: 'anna@example.test',
      name: 'Anna de Vries',
      role: 'agent',
      password: 'een-lang-wachtwoord',
    });
    const gone = await createUser(t.ctx, CLI_ACTOR, {
      email: 'gone@example.test',
      name: 'Vertrokken Collega',
      role: 'agent',
      password: 'een-lang-wachtwoord',
    });
    await changeUser(t.ctx, CLI_ACTOR, gone.id, { disabled: true });

    const res = await t.request({ method: 'GET', url: '/api/v1/staff', as: 'agent' });
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: StaffRef[] }>().items;
    expect(items).toContainEqual({ id: anna.id, name: 'Anna de Vries' });
    expect(items.some((s) => s.id === gone.id)).toBe(false);
    expect(Object.keys(items[0]!).sort()).toEqual(['id', 'name']);
    expect((await t.request({ method: 'GET', url: '/api/v1/staff' })).statusCode).toBe(401);
  });
});
