import type { Role } from '@klantstem/contracts';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe } from 'vitest';
import { parseConfig, type Config } from '../config.js';
import { createContext, type AppContext } from '../context.js';
import type { Database } from '../db/connect.js';
import { CLI_ACTOR } from '../features/auth/actor.js';
import { createToken } from '../features/tokens/service.js';
import { createUser } from '../features/users/service.js';
import { buildApp } from '../http/app.js';
import { systemClock, type Clock } from '../platform/clock.js';
import { randomSecret } from '../platform/secrets.js';
import { DIALECTS } from './dialects.js';

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  /** Sends a request as the given caller (an API token of that role), or anonymously. */
  request(options: InjectOptions & { as?: Role }): Promise<LightMyRequestResponse>;
  tokenFor(role: Role): Promise<string>;
  close(): Promise<void>;
}

export async function startTestApp(
  database: Database,
  options: { config?: Partial<Config>; clock?: Clock } = {},
): Promise<TestApp> {
  const config = parseConfig({}, { logLevel: 'silent', ...options.config });
  const ctx = createContext({
    config,
    database,
    clock: options.clock ?? systemClock,
    logger: pino({ level: 'silent' }),
  });
  const app = await buildApp(ctx);
  const tokens = new Map<Role, string>();
  const tokenFor = async (role: Role) => {
    let secret = tokens.get(role);
    if (!secret) {
      secret = (await createToken(ctx, CLI_ACTOR, { name: `test ${role}`, role })).secret;
      tokens.set(role, secret);
    }
    return secret;
  };
  return {
    app,
    ctx,
    tokenFor,
    async request({ as, ...inject }) {
      const headers = { ...(inject.headers ?? {}) };
      if (as) headers.authorization = `Bearer ${await tokenFor(as)}`;
      return app.inject({ ...inject, headers });
    },
    close: () => app.close(),
  };
}

/** Creates a staff user and returns their session cookie, as a browser would hold it. */
export async function signedInCookie(
  t: TestApp,
  role: Role,
): Promise<{ cookie: string; email: string; password: string }> {
  const email = `${role}-${randomSecret(6).toLowerCase()}@example.test`;
  const password = randomSecret(16);
  await createUser(t.ctx, CLI_ACTOR, { email, name: `Test ${role}`, role, password });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/signin',
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return { cookie: raw!.split(';')[0]!, email, password };
}

/**
 * Declares a suite once per dialect (PostgreSQL skipped, with the reason in its name, when
 * KLANTSTEM_TEST_PG is unset), each on a fresh database with a running app. The app object is
 * filled in before the first test runs. `config` may be a function, for settings known only once
 * the suite runs (the address of a peer it starts).
 */
export function describeEachDialect(
  name: string,
  body: (t: TestApp) => void,
  options: { config?: Partial<Config> | (() => Promise<Partial<Config>>) } = {},
): void {
  for (const dialect of DIALECTS) {
    describe.skipIf(dialect.skip)(
      `${name} on ${dialect.name}${dialect.skip ? ` (${dialect.skip})` : ''}`,
      () => {
        const t = {} as TestApp;
        let dispose: () => Promise<void> = () => Promise.resolve();
        beforeAll(async () => {
          const opened = await dialect.open();
          dispose = opened.dispose;
          const config = typeof options.config === 'function' ? await options.config() : options.config;
          Object.assign(t, await startTestApp(opened.database, { ...(config && { config }) }));
        });
        afterAll(async () => {
          await t.close();
          await dispose();
        });
        body(t);
      },
    );
  }
}
