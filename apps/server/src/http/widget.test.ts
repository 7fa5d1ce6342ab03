import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config.js';
import { createContext } from '../context.js';
import { systemClock } from '../platform/clock.js';
import { DIALECTS } from '../test/dialects.js';
import { buildApp } from './app.js';

describe('serving the chat widget to other sites', () => {
  let dir: string;
  let app: FastifyInstance;
  let bare: FastifyInstance;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'klantstem-widget-'));
    writeFileSync(join(dir, 'widget.js'), 'console.log("widget")');
    const opened = await DIALECTS[0]!.open();
    dispose = opened.dispose;
    const ctx = createContext({
      config: parseConfig({}, { logLevel: 'silent' }),
      database: opened.database,
      clock: systemClock,
      logger: pino({ level: 'silent' }),
    });
    // No web app in either; the second has no widget build either.
    app = await buildApp(ctx, join(dir, 'web/'), join(dir, 'widget.js'));
    bare = await buildApp(ctx, join(dir, 'web/'), join(dir, 'missing.js'));
  });
  afterAll(async () => {
    await app.close();
    await bare.close();
    await dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves /widget.js as a script any site may load, cached for an hour and revalidated by ETag', async () => {
    const res = await app.inject({ method: 'GET', url: '/widget.js' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('console.log("widget")');
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=3600');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    const etag = res.headers.etag as string;
    const again = await app.inject({ method: 'GET', url: '/widget.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('answers 404 for /widget.js without a build, and serves the API as usual', async () => {
    const res = await bare.inject({ method: 'GET', url: '/widget.js' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await bare.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('lets any origin call the customer API with the token header, and no other part of the API', async () => {
    const preflight = (url: string) =>
      app.inject({
        method: 'OPTIONS',
        url,
        headers: {
          origin: 'https://shop.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-conversation-token',
        },
      });
    const customer = await preflight('/api/v1/customer/conversations/c-1/messages');
    expect(customer.statusCode).toBe(204);
    expect(customer.headers['access-control-allow-origin']).toBe('*');
    expect(customer.headers['access-control-allow-headers']).toBe(
      'content-type, x-conversation-token, x-file-name',
    );
    expect(customer.headers['access-control-allow-credentials']).toBeUndefined();

    const staff = await preflight('/api/v1/conversations');
    expect(staff.headers['access-control-allow-origin']).toBeUndefined();

    const read = await app.inject({
      method: 'GET',
      url: '/api/v1/customer/conversations/c-1',
      headers: { origin: 'https://shop.example', 'x-conversation-token': 'wrong' },
    });
    expect(read.statusCode).toBe(404);
    // The widget on the other site can read the error, so it can tell the visitor what happened.
    expect(read.headers['access-control-allow-origin']).toBe('*');
  });
});
