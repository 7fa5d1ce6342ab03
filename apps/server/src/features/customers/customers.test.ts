import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';

describeEachDialect('customers', (t) => {
  const post = (payload: object) =>
    t.request({ method: 'POST', url: '/api/v1/signals', as: 'agent', payload });

  it('is one customer across channels: email, phone and own id lead to the same person', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/customers',
      as: 'agent',
      payload: {
        id: 'HH-1001',
        name: 'Fam. Dijkstra',
        email: 'dijkstra@example.nl',
        phone: '050-1234567',
      },
    });
    expect(created.statusCode).toBe(200);
    await post({
      customer: 'DIJKSTRA@example.nl',
      channel: 'email',
      text: 'Wanneer komt de opname?',
      at: '2026-01-02T09:00:00Z',
    });
    await post({
      customer: '+31 50 123 4567',
      channel: 'phone',
      text: 'Belde over de opname',
      at: '2026-01-03T09:00:00Z',
    });
    await post({
      customer: 'HH-1001',
      channel: 'counter',
      text: 'Aan de balie geweest',
      at: '2026-01-04T09:00:00Z',
    });
    const timeline = await t.request({
      method: 'GET',
      url: '/api/v1/signals?customer=HH-1001',
      as: 'agent',
    });
    expect(timeline.json<{ items: { channel: string }[] }>().items.map((s) => s.channel)).toEqual([
      'counter',
      'phone',
      'email',
    ]);
  });

  it('merges two customers without losing signals or identities, and the old id keeps working', async () => {
    await post({
      customer: 'dijkstra.werk@example.nl',
      channel: 'chat',
      text: 'Vanaf mijn werk: is er nieuws?',
      at: '2026-01-05T09:00:00Z',
    });
    const found = await t.request({
      method: 'GET',
      url: '/api/v1/customers?q=dijkstra.werk',
      as: 'agent',
    });
    const other = found.json<{ items: { id: string }[] }>().items[0]!.id;
    const merged = await t.request({
      method: 'POST',
      url: '/api/v1/customers/HH-1001/merge',
      as: 'agent',
      payload: { from: other },
    });
    expect(merged.statusCode).toBe(200);
    const customer = merged.json<{
      identities: { kind: string; value: string }[];
      mergedIds: string[];
      name: string;
    }>();
    expect(customer.name).toBe('Fam. Dijkstra');
    expect(customer.mergedIds).toEqual([other]);
    expect(customer.identities).toEqual(
      expect.arrayContaining([
        { kind: 'email', value: 'dijkstra.werk@example.nl' },
        { kind: 'email', value: 'dijkstra@example.nl' },
        { kind: 'phone', value: '+31501234567' },
      ]),
    );
    const timeline = await t.request({
      method: 'GET',
      url: '/api/v1/signals?customer=HH-1001',
      as: 'agent',
    });
    expect(timeline.json<{ items: unknown[] }>().items).toHaveLength(4);
    const viaOld = await t.request({ method: 'GET', url: `/api/v1/customers/${other}`, as: 'agent' });
    expect(viaOld.json<{ id: string }>().id).toBe('HH-1001');
    // New messages from the merged address land on the survivor.
    await post({
      customer: 'dijkstra.werk@example.nl',
      channel: 'chat',
      text: 'Nog een vraag',
      at: '2026-01-06T09:00:00Z',
    });
    const after = await t.request({
      method: 'GET',
      url: '/api/v1/signals?customer=HH-1001',
      as: 'agent',
    });
    expect(after.json<{ items: unknown[] }>().items).toHaveLength(5);
    const audit = await t.request({
      method: 'GET',
      url: '/api/v1/audit?entityType=customer&entityId=HH-1001',
      as: 'admin',
    });
    const entry = audit
      .json<{ items: { action: string; details: { from: { id: string } } }[] }>()
      .items.find((e) => e.action === 'customer.merged');
    expect(entry?.details.from.id).toBe(other);
  });

  it('refuses to give one email address to two customers', async () => {
    await t.request({
      method: 'POST',
      url: '/api/v1/customers',
      as: 'agent',
      payload: { id: 'HH-2000', name: 'Fam. Bos' },
    });
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/customers/HH-2000/identities',
      as: 'agent',
      payload: { kind: 'email', value: 'Dijkstra@example.nl' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { message: string } }>().error.message).toContain('Merge the two customers');
  });

  it('sets a named contact person, and only to an existing staff member', async () => {
    const bad = await t.request({
      method: 'PATCH',
      url: '/api/v1/customers/HH-2000',
      as: 'agent',
      payload: { contactPersonId: 'u_nobody' },
    });
    expect(bad.statusCode).toBe(400);
    const users = await t.ctx.database.db.selectFrom('users').select('id').execute();
    if (users.length > 0) {
      const ok = await t.request({
        method: 'PATCH',
        url: '/api/v1/customers/HH-2000',
        as: 'agent',
        payload: { contactPersonId: users[0]!.id },
      });
      expect(ok.json()).toMatchObject({ contactPersonId: users[0]!.id });
    }
  });

  it('answers 404 for an unknown customer and treats hostile search text as text', async () => {
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/customers/nobody', as: 'agent' })).statusCode,
    ).toBe(404);
    const res = await t.request({
      method: 'GET',
      url: `/api/v1/customers?q=${encodeURIComponent("%' OR 1=1 --")}`,
      as: 'agent',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ items: unknown[] }>().items).toHaveLength(0);
  });
});
