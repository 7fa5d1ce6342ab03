import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';

describeEachDialect('glossary API', (t) => {
  it('keeps an official term with customer terms and their status, audited', async () => {
    const term = await t.request({
      method: 'POST',
      url: '/api/v1/glossary',
      as: 'analyst',
      payload: { officialTerm: '  Wisselwoning ', description: 'Tijdelijke woning tijdens de versterking' },
    });
    expect(term.statusCode).toBe(201);
    const { id } = term.json<{ id: number; officialTerm: string }>();
    expect(term.json()).toMatchObject({ officialTerm: 'wisselwoning', lang: 'nl', variants: [] });

    const withVariant = await t.request({
      method: 'POST',
      url: `/api/v1/glossary/${id}/variants`,
      as: 'analyst',
      payload: { customerTerm: 'Noodwoning' },
    });
    const variant = withVariant.json<{ variants: { id: number; customerTerm: string; status: string }[] }>()
      .variants[0]!;
    expect(variant).toMatchObject({ customerTerm: 'noodwoning', status: 'suggested' });

    const approved = await t.request({
      method: 'PATCH',
      url: `/api/v1/glossary/variants/${variant.id}`,
      as: 'analyst',
      payload: { status: 'approved' },
    });
    expect(
      approved.json<{ variants: { status: string; decidedAt: string | null }[] }>().variants[0],
    ).toMatchObject({
      status: 'approved',
      decidedAt: expect.any(String),
    });
    const audit = await t.request({
      method: 'GET',
      url: '/api/v1/audit?entityType=glossary_variant',
      as: 'admin',
    });
    expect(audit.json<{ items: { action: string; details: { to?: string } }[] }>().items[0]).toMatchObject({
      action: 'glossary.variant_decided',
      details: { to: 'approved' },
    });
  });

  it('refuses duplicates, self-references, unknown statuses and ids that are not numbers', async () => {
    const dup = await t.request({
      method: 'POST',
      url: '/api/v1/glossary',
      as: 'analyst',
      payload: { officialTerm: 'WISSELWONING' },
    });
    expect(dup.statusCode).toBe(409);
    const list = await t.request({ method: 'GET', url: '/api/v1/glossary', as: 'agent' });
    const id = list.json<{ items: { id: number }[] }>().items[0]!.id;
    const self = await t.request({
      method: 'POST',
      url: `/api/v1/glossary/${id}/variants`,
      as: 'analyst',
      payload: { customerTerm: 'wisselwoning' },
    });
    expect(self.statusCode).toBe(409);
    const status = await t.request({
      method: 'PATCH',
      url: '/api/v1/glossary/variants/1',
      as: 'analyst',
      payload: { status: 'maybe' },
    });
    expect(status.statusCode).toBe(400);
    expect(status.body).toContain('must be one of');
    const notNumber = await t.request({
      method: 'PATCH',
      url: "/api/v1/glossary/variants/1'--",
      as: 'analyst',
      payload: { status: 'approved' },
    });
    expect(notNumber.statusCode).toBe(400);
    const missing = await t.request({
      method: 'PATCH',
      url: '/api/v1/glossary/variants/999999',
      as: 'analyst',
      payload: { status: 'approved' },
    });
    expect(missing.statusCode).toBe(404);
  });
});
