import { expect, it } from 'vitest';
import { describeEachDialect, startTestApp } from '../../test/app.js';

describeEachDialect('signals API', (t) => {
  it('stores one signal, detects its language and links it to a customer found by email', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: {
        customer: 'Els.deVries@Example.nl',
        channel: 'chat',
        text: 'Ik heb scheuren in mijn muur, wanneer komt er iemand kijken?',
        at: '2026-03-01T10:30:00+01:00',
      },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ created: number; ids: string[] }>();
    expect(body.created).toBe(1);
    const signal = (
      await t.request({ method: 'GET', url: `/api/v1/signals/${body.ids[0]}`, as: 'analyst' })
    ).json<{
      lang: string;
      at: string;
      customerId: string;
    }>();
    expect(signal.lang).toBe('nl');
    expect(signal.at).toBe('2026-03-01T09:30:00.000Z');
    const customer = (
      await t.request({ method: 'GET', url: `/api/v1/customers/${signal.customerId}`, as: 'agent' })
    ).json<{
      identities: unknown[];
    }>();
    expect(customer.identities).toEqual([{ kind: 'email', value: 'els.devries@example.nl' }]);
  });

  it('stores a batch once: sending it again creates nothing', async () => {
    const signals = Array.from({ length: 30 }, (_, i) => ({
      customer: `klant-${i % 7}`,
      channel: 'email',
      text: `Bericht nummer ${i}: wanneer komt de opname?`,
      at: `2026-02-0${1 + (i % 9)}T08:00:00Z`,
    }));
    const first = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: { signals },
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ created: 30, duplicates: 0 });
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: { signals },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ created: 0, duplicates: 30 });
    expect(again.json<{ ids: string[] }>().ids).toEqual(first.json<{ ids: string[] }>().ids);
    const listed = await t.request({
      method: 'GET',
      url: '/api/v1/signals?customer=klant-3&limit=100',
      as: 'analyst',
    });
    expect(listed.json<{ items: unknown[] }>().items).toHaveLength(4);
  });

  it('pages through signals newest first with a cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/signals?channel=email&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        as: 'analyst',
      });
      expect(res.statusCode).toBe(200);
      const page = res.json<{ items: { id: string; at: string }[]; nextCursor?: string }>();
      seen.push(...page.items.map((s) => s.at));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(30);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('keeps SQL and HTML in text verbatim and never executes them', async () => {
    const hostile = `Robert'); DROP TABLE signals;-- <script>alert("x")</script> ' OR 1=1 -- 😀 \u202e \\`;
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: { channel: 'form', text: hostile, at: '2026-01-05T12:00:00Z', customer: "x' OR '1'='1" },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json<{ ids: string[] }>().ids[0]!;
    const stored = (
      await t.request({ method: 'GET', url: `/api/v1/signals/${encodeURIComponent(id)}`, as: 'agent' })
    ).json<{
      text: string;
    }>();
    expect(stored.text).toBe(hostile);
    const listed = await t.request({ method: 'GET', url: '/api/v1/signals?limit=500', as: 'agent' });
    expect(listed.json<{ items: unknown[] }>().items.length).toBeGreaterThan(30);
  });

  it.each([
    [{ channel: 'chat', at: '2026-01-01T00:00:00Z' }, 'text', 'is required'],
    [{ channel: 'chat', text: '   ', at: '2026-01-01T00:00:00Z' }, 'text', 'must not be empty'],
    [{ channel: 'pigeon', text: 'hallo', at: '2026-01-01T00:00:00Z' }, 'channel', 'must be one of'],
    [{ channel: 'chat', text: 'hallo', at: '2026-02-30T10:00:00Z' }, 'at', 'ISO 8601'],
    [{ channel: 'chat', text: 'hallo', at: '2026-01-01T10:00:00' }, 'at', 'ISO 8601'],
    [{ channel: 'chat', text: 42, at: '2026-01-01T10:00:00Z' }, 'text', 'must be text'],
    [
      { channel: 'chat', text: 'hallo', at: '2026-01-01T10:00:00Z', colour: 'red' },
      'colour',
      'unknown field',
    ],
    [{ channel: 'chat', text: 'nul \u0000 byte', at: '2026-01-01T10:00:00Z' }, 'text', 'NUL character'],
    [
      { channel: 'chat', text: 'x', at: '2026-01-01T10:00:00Z', meta: { a: ['\u0000'] } },
      'meta.a.0',
      'NUL character',
    ],
  ])('refuses %j with a field-level 400', async (payload, field, message) => {
    const res = await t.request({ method: 'POST', url: '/api/v1/signals', as: 'agent', payload });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ error: { code: string; details: { field: string; message: string }[] } }>();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.details.some((d) => d.field === field && d.message.includes(message))).toBe(true);
  });

  it('refuses a batch with one bad signal as a whole and stores none of it', async () => {
    const before = (await t.request({ method: 'GET', url: '/api/v1/signals?limit=500', as: 'agent' })).json<{
      items: unknown[];
    }>();
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: {
        signals: [
          { channel: 'chat', text: 'goed bericht', at: '2026-01-01T10:00:00Z' },
          { channel: 'chat', text: '', at: '2026-01-01T10:00:00Z' },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(
      'signals.1.text',
    );
    const after = (await t.request({ method: 'GET', url: '/api/v1/signals?limit=500', as: 'agent' })).json<{
      items: unknown[];
    }>();
    expect(after.items.length).toBe(before.items.length);
  });

  it('refuses oversized text, too large batches, non-JSON and broken JSON with clear errors', async () => {
    const long = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: { channel: 'chat', text: 'a'.repeat(1_000_001), at: '2026-01-01T10:00:00Z' },
    });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('longer than 1000000 characters');
    const many = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: {
        signals: Array.from({ length: 1001 }, () => ({
          channel: 'chat',
          text: 'x',
          at: '2026-01-01T10:00:00Z',
        })),
      },
    });
    expect(many.statusCode).toBe(400);
    expect(many.body).toContain('more than 1000 items');
    const form = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      headers: { 'content-type': 'text/plain' },
      payload: 'hallo',
    });
    expect(form.statusCode).toBe(415);
    expect(form.json<{ error: { code: string } }>().error.code).toBe('unsupported_media_type');
    const broken = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      headers: { 'content-type': 'application/json' },
      payload: '{"channel": "chat", ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json<{ error: { code: string } }>().error.code).toBe('bad_request');
  });

  it('refuses a body over the size limit with 413', async () => {
    const small = await startTestApp(t.ctx.database, { config: { bodyLimitBytes: 1024 } });
    const res = await small.request({
      method: 'POST',
      url: '/api/v1/signals',
      as: 'agent',
      payload: { channel: 'chat', text: 'a'.repeat(5000), at: '2026-01-01T10:00:00Z' },
    });
    await small.close();
    expect(res.statusCode).toBe(413);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('payload_too_large');
  });

  it('answers 401 without credentials and 403 for a role that may not write, changing nothing', async () => {
    const payload = { channel: 'chat', text: 'mag dit?', at: '2026-01-09T10:00:00Z', id: 'auth-check' };
    const anonymous = await t.request({ method: 'POST', url: '/api/v1/signals', payload });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json<{ error: { code: string } }>().error.code).toBe('unauthenticated');
    const badToken = await t.request({
      method: 'POST',
      url: '/api/v1/signals',
      payload,
      headers: { authorization: 'Bearer not-a-token' },
    });
    expect(badToken.statusCode).toBe(401);
    const analyst = await t.request({ method: 'POST', url: '/api/v1/signals', as: 'analyst', payload });
    expect(analyst.statusCode).toBe(403);
    expect(analyst.json<{ error: { code: string } }>().error.code).toBe('forbidden');
    const lookup = await t.request({ method: 'GET', url: '/api/v1/signals/auth-check', as: 'admin' });
    expect(lookup.statusCode).toBe(404);
  });
});
