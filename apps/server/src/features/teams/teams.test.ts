import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';

describeEachDialect('teams and staff API', (t) => {
  it('creates users and a team with members and the intents it resolves', async () => {
    const user = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      as: 'admin',
      payload: {
        email: 'Sanne@Example.nl',
        name: 'Sanne de Boer',
        role: 'agent',
        password: 'een veilig wachtwoord',
      },
    });
    expect(user.statusCode).toBe(201);
    const { id } = user.json<{ id: string; email: string }>();
    expect(user.json()).toMatchObject({ email: 'sanne@example.nl', role: 'agent', disabled: false });
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      as: 'admin',
      payload: {
        id: 'schade',
        name: 'Team Schade',
        members: [id],
        intents: ['schade_melden', 'status_opname'],
      },
    });
    expect(team.json()).toEqual({
      id: 'schade',
      name: 'Team Schade',
      description: null,
      members: [id],
      intents: ['schade_melden', 'status_opname'],
      authority: [],
    });
    const users = await t.request({ method: 'GET', url: '/api/v1/users', as: 'admin' });
    expect(
      users.json<{ items: { id: string; teams: string[] }[] }>().items.find((u) => u.id === id)?.teams,
    ).toEqual(['schade']);
  });

  it.each([
    [
      '/api/v1/users',
      { email: 'geen-adres', name: 'X', role: 'agent', password: 'een veilig wachtwoord' },
      'email',
    ],
    ['/api/v1/users', { email: 'a@example.nl', name: 'X', role: 'agent', password: 'kort' }, 'password'],
    [
      '/api/v1/users',
      { email: 'a@example.nl', name: 'X', role: 'baas', password: 'een veilig wachtwoord' },
      'role',
    ],
    ['/api/v1/teams', { id: 'Team Schade!', name: 'X' }, 'id'],
    ['/api/v1/teams', { id: 'x', name: 'X', members: ['u_onbekend'] }, 'members'],
    ['/api/v1/teams', { id: 'x', name: 'X', intents: ['bezwaar'], authority: ['betaling'] }, 'authority'],
    ['/api/v1/tokens', { name: 'x', role: 'root' }, 'role'],
  ])('POST %s refuses %j', async (url, payload, field) => {
    const res = await t.request({ method: 'POST', url, as: 'admin', payload });
    expect(res.statusCode).toBe(400);
    expect(
      res.json<{ error: { details: { field: string }[] } }>().error.details.map((d) => d.field),
    ).toContain(field);
  });

  it('refuses a second user with the same email address', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      as: 'admin',
      payload: {
        email: 'SANNE@example.nl',
        name: 'Sanne twee',
        role: 'analyst',
        password: 'een veilig wachtwoord',
      },
    });
    expect(res.statusCode).toBe(409);
  });
});
