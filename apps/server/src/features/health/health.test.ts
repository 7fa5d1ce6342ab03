import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/dialects.js';
import { startTestApp, type TestApp } from '../../test/app.js';

const sqlite = DIALECTS[0]!;

describe('health, errors and the OpenAPI document', () => {
  let t: TestApp;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const opened = await sqlite.open();
    dispose = opened.dispose;
    t = await startTestApp(opened.database);
  });
  afterAll(async () => {
    await t.close();
    await dispose();
  });

  it('reports alive and ready', async () => {
    expect((await t.request({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.request({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ready',
      database: 'sqlite',
    });
  });

  it('answers unknown routes with the error shape', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: 'not_found', message: 'There is no GET /api/v1/nothing-here.' },
    });
  });

  it('publishes an OpenAPI document describing every API route with its access', async () => {
    const res = await t.request({ method: 'GET', url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    }>();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/signals',
        '/api/v1/customers/{id}/merge',
        '/api/v1/auth/signin',
        '/api/v1/setup',
      ]),
    );
    expect(doc.paths['/api/v1/signals']!.post!.requestBody).toBeDefined();
  });
});
