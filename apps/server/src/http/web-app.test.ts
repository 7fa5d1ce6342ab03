import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config.js';
import { createContext } from '../context.js';
import type { Database } from '../db/connect.js';
import { systemClock } from '../platform/clock.js';
import { DIALECTS } from '../test/dialects.js';
import { buildApp } from './app.js';

async function appServing(database: Database, root: string): Promise<FastifyInstance> {
  const ctx = createContext({
    config: parseConfig({}, { logLevel: 'silent' }),
    database,
    clock: systemClock,
    logger: pino({ level: 'silent' }),
  });
  return buildApp(ctx, root);
}

describe('serving the web app', () => {
  let dir: string;
  let app: FastifyInstance;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klantstem-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<title>staff</title>');
    writeFileSync(join(dir, 'help.html'), '<title>help</title>');
    writeFileSync(join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
    const opened = await DIALECTS[0]!.open();
    dispose = opened.dispose;
    app = await appServing(opened.database, `${dir}/`);
  });
  afterAll(async () => {
    await app.close();
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the help centre at /help and below, under a strict content security policy', async () => {
    for (const url of ['/help', '/help/articles/kb-opname?q=scheur']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('<title>help</title>');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves the staff app for every other page address, so links into it work', async () => {
    for (const url of ['/', '/overview', '/customers/c-1']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toBe('<title>staff</title>');
    }
  });

  it('caches hashed assets for a year, and answers a missing asset or API address with a 404', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ method: 'GET', url: '/assets/gone.js' })).statusCode).toBe(404);
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({
      error: { code: 'not_found', message: 'There is no GET /api/v1/nothing-here.' },
    });
    expect((await app.inject({ method: 'POST', url: '/overview' })).statusCode).toBe(404);
  });

  it('serves the API alone when the web app is not built', async () => {
    const opened = await DIALECTS[0]!.open();
    const bare = await appServing(opened.database, join(dir, 'missing/'));
    expect((await bare.inject({ method: 'GET', url: '/help' })).statusCode).toBe(404);
    expect((await bare.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await bare.close();
    await opened.dispose();
  });
});
