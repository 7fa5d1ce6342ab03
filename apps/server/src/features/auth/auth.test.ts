import { expect, it } from 'vitest';
import { sql } from 'kysely';
import { describeEachDialect, signedInCookie, startTestApp } from '../../test/app.js';
import { issueSetupLink } from '../setup/service.js';

describeEachDialect(
  'staff authentication',
  (t) => {
    it('creates the first administrator only through the one-time setup link', async () => {
      expect((await t.request({ method: 'GET', url: '/api/v1/setup' })).json()).toEqual({ needed: true });
      const link = await issueSetupLink(t.ctx);
      const token = new URL(link!).searchParams.get('token')!;
      const person = { email: 'beheer@example.nl', name: 'Beheerder', password: 'een lang wachtwoord' };

      const wrong = await t.request({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { ...person, token: 'x'.repeat(32) },
      });
      expect(wrong.statusCode).toBe(403);
      const weak = await t.request({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { ...person, token, password: 'kort' },
      });
      expect(weak.statusCode).toBe(400);
      expect(weak.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(
        'password',
      );

      const ok = await t.request({ method: 'POST', url: '/api/v1/setup', payload: { ...person, token } });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ email: 'beheer@example.nl', role: 'admin' });
      expect(ok.body).not.toContain('password');

      const reuse = await t.request({
        method: 'POST',
        url: '/api/v1/setup',
        payload: { ...person, email: 'ander@example.nl', token },
      });
      expect(reuse.statusCode).toBe(409);
      expect(reuse.json<{ error: { code: string } }>().error.code).toBe('setup_done');
      expect(await issueSetupLink(t.ctx)).toBeUndefined();
    });

    it('stores passwords only as memory-hard hashes', async () => {
      const row = await t.ctx.database.db
        .selectFrom('users')
        .select('password_hash')
        .where('email', '=', 'beheer@example.nl')
        .executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect(row.password_hash).not.toContain('een lang wachtwoord');
    });

    it('signs in with a session cookie, knows who you are, and signs out', async () => {
      const signIn = await t.request({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: 'Beheer@Example.nl', password: 'een lang wachtwoord' },
      });
      expect(signIn.statusCode).toBe(200);
      const setCookie = String(signIn.headers['set-cookie']);
      expect(setCookie).toMatch(/ks_session=[^;]+;.*HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Lax/);
      const cookie = setCookie.split(';')[0]!;
      const me = await t.request({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      expect(me.json()).toMatchObject({ email: 'beheer@example.nl', role: 'admin' });
      const out = await t.request({ method: 'POST', url: '/api/v1/auth/signout', headers: { cookie } });
      expect(out.statusCode).toBe(204);
      const after = await t.request({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
      expect(after.statusCode).toBe(401);
    });

    it('gives the same answer for a wrong password and an unknown email, and limits attempts', async () => {
      const app = await startTestApp(t.ctx.database, { config: { signInAttemptsPerMinute: 3 } });
      const wrong = await app.request({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: 'beheer@example.nl', password: 'fout fout fout' },
      });
      const unknown = await app.request({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: 'niemand@example.nl', password: 'fout fout fout' },
      });
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.json<{ error: { code: string } }>().error.code).toBe('invalid_credentials');
      await app.request({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: 'x@example.nl', password: 'y' },
      });
      const limited = await app.request({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: 'beheer@example.nl', password: 'een lang wachtwoord' },
      });
      expect(limited.statusCode).toBe(429);
      expect(limited.json<{ error: { code: string } }>().error.code).toBe('rate_limited');
      await app.close();
    });

    it('ends the sessions of a disabled user and refuses their sign-in', async () => {
      const agent = await signedInCookie(t, 'agent');
      const me = (
        await t.request({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: agent.cookie } })
      ).json<{ id: string }>();
      const disable = await t.request({
        method: 'PATCH',
        url: `/api/v1/users/${me.id}`,
        as: 'admin',
        payload: { disabled: true },
      });
      expect(disable.json()).toMatchObject({ disabled: true });
      expect(
        (await t.request({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: agent.cookie } }))
          .statusCode,
      ).toBe(401);
      const again = await t.request({
        method: 'POST',
        url: '/api/v1/auth/signin',
        payload: { email: agent.email, password: agent.password },
      });
      expect(again.statusCode).toBe(401);
    });

    it('never lets the last administrator be demoted or disabled', async () => {
      const admins = (await t.request({ method: 'GET', url: '/api/v1/users', as: 'admin' })).json<{
        items: { id: string; role: string }[];
      }>();
      const only = admins.items.find((u) => u.role === 'admin')!;
      const res = await t.request({
        method: 'PATCH',
        url: `/api/v1/users/${only.id}`,
        as: 'admin',
        payload: { role: 'agent' },
      });
      expect(res.statusCode).toBe(409);
    });

    it('lets an admin create API tokens that are shown once, stored hashed and can be revoked', async () => {
      const created = await t.request({
        method: 'POST',
        url: '/api/v1/tokens',
        as: 'admin',
        payload: { name: 'CRM koppeling', role: 'agent' },
      });
      expect(created.statusCode).toBe(201);
      const { token, secret } = created.json<{ token: { id: string }; secret: string }>();
      const stored = await t.ctx.database.db
        .selectFrom('api_tokens')
        .select('token_hash')
        .where('id', '=', token.id)
        .executeTakeFirstOrThrow();
      expect(stored.token_hash).not.toContain(secret);
      const listed = await t.request({ method: 'GET', url: '/api/v1/tokens', as: 'admin' });
      expect(listed.body).not.toContain(secret);
      const auth = { authorization: `Bearer ${secret}` };
      expect((await t.request({ method: 'GET', url: '/api/v1/signals', headers: auth })).statusCode).toBe(
        200,
      );
      expect(
        (await t.request({ method: 'DELETE', url: `/api/v1/tokens/${token.id}`, as: 'admin' })).statusCode,
      ).toBe(204);
      expect((await t.request({ method: 'GET', url: '/api/v1/signals', headers: auth })).statusCode).toBe(
        401,
      );
    });

    it.each([
      ['GET', '/api/v1/users', 'agent'],
      ['POST', '/api/v1/tokens', 'analyst'],
      ['GET', '/api/v1/audit', 'agent'],
      ['POST', '/api/v1/teams', 'agent'],
      ['POST', '/api/v1/customers', 'analyst'],
      ['POST', '/api/v1/glossary', 'agent'],
      ['PUT', '/api/v1/articles/kb-x', 'analyst'],
    ] as const)('%s %s is forbidden for %s and changes nothing', async (method, url, role) => {
      await t.tokenFor(role);
      const before = await t.ctx.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const res = await t.request({
        method,
        url,
        as: role,
        payload: { name: 'x', role: 'admin', id: 'x', officialTerm: 'x', title: 'x', body: 'x' },
      });
      expect(res.statusCode).toBe(403);
      const anonymous = await t.request({ method, url, payload: {} });
      expect(anonymous.statusCode).toBe(401);
      const after = await t.ctx.database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('keeps the audit log append-only, enforced by the database itself', async () => {
      const entries = (await t.request({ method: 'GET', url: '/api/v1/audit', as: 'admin' })).json<{
        items: { action: string }[];
      }>();
      expect(entries.items.map((e) => e.action)).toEqual(
        expect.arrayContaining(['user.created', 'token.created', 'token.revoked']),
      );
      await expect(sql`UPDATE audit_log SET action = 'x'`.execute(t.ctx.database.db)).rejects.toThrow(
        /append-only/,
      );
      await expect(sql`DELETE FROM audit_log`.execute(t.ctx.database.db)).rejects.toThrow(/append-only/);
    });
  },
  { config: { signInAttemptsPerMinute: 5 } },
);
