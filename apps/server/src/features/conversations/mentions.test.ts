import type { ConversationDetail, MentionPage, MentionsSeen } from '@klantstem/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI_ACTOR } from '../auth/actor.js';
import { changeUser } from '../users/service.js';
import { describeEachDialect } from '../../test/app.js';
import { organisation, signInAs, start, type Staff } from '../../test/organisation.js';
import { excerpt } from './mentions.js';

const OPNAME = 'Wanneer komt de opname bij mij thuis?';

describeEachDialect('mentions', (t) => {
  let staff: Staff;
  const cookies = {} as Record<keyof Staff, string>;
  beforeAll(async () => {
    staff = await organisation(t);
    for (const name of ['anna', 'bram', 'vera', 'karel'] as const) cookies[name] = await signInAs(t, name);
  });

  const as = (name: keyof Staff) => ({ cookie: cookies[name] });
  const note = async (by: keyof Staff, conversationId: string, body: string, mentions: string[]) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/conversations/${conversationId}/messages`,
      headers: as(by),
      payload: { kind: 'note', body, mentions },
    });
  const mentionsOf = async (name: keyof Staff, query = '?unread=true') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/me/mentions${query}`, headers: as(name) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<MentionPage>();
  };
  const seen = (name: keyof Staff, payload: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/me/mentions/seen', headers: as(name), payload });

  it('waits for the person mentioned, and only for them, until they open the conversation', async () => {
    const { conversation } = await start(t, { message: OPNAME });
    const posted = await note(
      'anna',
      conversation.id,
      '@Vera loopt er voor deze klant ook een vergoeding?\nZe belde er gisteren over.',
      [staff.vera],
    );
    expect(posted.statusCode, posted.body).toBe(201);
    const noteId = posted.json<ConversationDetail>().messages.at(-1)!.id;

    const vera = await mentionsOf('vera');
    expect(vera).toEqual({
      items: [
        {
          messageId: noteId,
          conversation: { id: conversation.id, subject: OPNAME, status: 'open' },
          by: { id: staff.anna, name: 'Anna' },
          excerpt: '@Vera loopt er voor deze klant ook een vergoeding? Ze belde er gisteren over.',
          at: expect.any(String),
          seenAt: null,
        },
      ],
      unread: 1,
    });
    // Nobody else is told: not the colleagues, not the one who wrote the note.
    for (const other of ['anna', 'bram', 'karel'] as const) {
      expect(await mentionsOf(other)).toEqual({ items: [], unread: 0 });
      expect(await mentionsOf(other, '')).toEqual({ items: [], unread: 0 });
    }
    // Someone else opening the conversation does not mark Vera's mention as seen.
    expect((await seen('bram', { conversationId: conversation.id })).json()).toEqual({
      marked: 0,
      unread: 0,
    });
    expect((await mentionsOf('vera')).unread).toBe(1);

    const opened = await seen('vera', { conversationId: conversation.id });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json<MentionsSeen>()).toEqual({ marked: 1, unread: 0 });
    expect(await mentionsOf('vera')).toEqual({ items: [], unread: 0 });
    // Seen, not gone: the whole list still has it, with when it was seen.
    const all = await mentionsOf('vera', '');
    expect(all.items.map((m) => m.messageId)).toEqual([noteId]);
    expect(all.items[0]!.seenAt).toEqual(expect.any(String));
    // Opening it again changes nothing.
    expect((await seen('vera', { conversationId: conversation.id })).json()).toEqual({
      marked: 0,
      unread: 0,
    });
  });

  it('keeps mentions in other conversations waiting, and marks all at once on request', async () => {
    const one = (await start(t, { message: OPNAME })).conversation;
    const two = (await start(t, { message: OPNAME })).conversation;
    await note('anna', one.id, 'Bram, kun jij dit overnemen?', [staff.bram]);
    await note('vera', two.id, 'Bram en Karel: graag even kijken.', [staff.bram, staff.karel]);
    expect((await mentionsOf('bram')).unread).toBe(2);
    expect((await mentionsOf('karel')).unread).toBe(1);

    expect((await seen('bram', { conversationId: one.id })).json()).toEqual({ marked: 1, unread: 1 });
    expect((await mentionsOf('bram')).items.map((m) => m.conversation.id)).toEqual([two.id]);
    // Bram seeing the note does not mark it for Karel.
    expect((await mentionsOf('karel')).unread).toBe(1);

    expect((await seen('bram', { all: true })).json()).toEqual({ marked: 1, unread: 0 });
    expect((await mentionsOf('karel')).unread).toBe(1);
  });

  it('pages the list newest first with a cursor', async () => {
    const { conversation } = await start(t, { message: OPNAME });
    for (let i = 1; i <= 5; i += 1) await note('bram', conversation.id, `Vraag ${i} voor Anna`, [staff.anna]);
    const seenIds: string[] = [];
    let query = '?unread=true&limit=2';
    for (let page = 0; page < 5; page += 1) {
      const res = await mentionsOf('anna', query);
      expect(res.unread).toBe(5);
      seenIds.push(...res.items.map((m) => m.excerpt));
      if (!res.nextCursor) break;
      query = `?unread=true&limit=2&cursor=${res.nextCursor}`;
    }
    expect(seenIds).toEqual([
      'Vraag 5 voor Anna',
      'Vraag 4 voor Anna',
      'Vraag 3 voor Anna',
      'Vraag 2 voor Anna',
      'Vraag 1 voor Anna',
    ]);
    const bad = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/mentions?cursor=niet-geldig',
      headers: as('anna'),
    });
    expect(bad.statusCode).toBe(400);
    await seen('anna', { all: true });
  });

  it('does not wait for someone who mentions themselves', async () => {
    const { conversation } = await start(t, { message: OPNAME });
    const res = await note('karel', conversation.id, 'Notitie voor mezelf en Vera', [
      staff.karel,
      staff.vera,
    ]);
    expect(res.statusCode).toBe(201);
    expect((await mentionsOf('karel')).items.map((m) => m.conversation.id)).not.toContain(conversation.id);
    expect((await mentionsOf('vera')).items.map((m) => m.conversation.id)).toContain(conversation.id);
  });

  it('still refuses to mention an unknown or disabled person, and stores nothing then', async () => {
    const { conversation } = await start(t, { message: OPNAME });
    const gone = await changeUser(t.ctx, CLI_ACTOR, staff.karel, { disabled: true });
    try {
      const before = await mentionsOf('vera');
      for (const mentions of [['u_niemand'], [staff.vera, staff.karel]]) {
        const res = await note('anna', conversation.id, 'Wie weet dit?', mentions);
        expect(res.statusCode).toBe(400);
        expect(
          res.json<{ error: { details: { field: string; message: string }[] } }>().error.details[0],
        ).toMatchObject({
          field: 'mentions',
          message: expect.stringContaining(mentions.at(-1)!),
        });
      }
      expect(await mentionsOf('vera')).toEqual(before);
    } finally {
      await changeUser(t.ctx, CLI_ACTOR, gone.id, { disabled: false });
    }
  });

  it('says which mentions to mark, and keeps mentions for signed-in people', async () => {
    for (const payload of [{}, { conversationId: 'c_x', all: true }]) {
      const res = await seen('vera', payload);
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe(
        'conversationId',
      );
    }
    expect((await seen('vera', { all: false })).statusCode).toBe(400);
    // An API token is no person: it has no mentions and cannot mark anyone's.
    expect((await t.request({ method: 'GET', url: '/api/v1/me/mentions', as: 'agent' })).statusCode).toBe(
      403,
    );
    const marked = await t.request({
      method: 'POST',
      url: '/api/v1/me/mentions/seen',
      as: 'admin',
      payload: { all: true },
    });
    expect(marked.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/mentions' })).statusCode).toBe(401);
  });
});

describe('excerpt of a note', () => {
  it('folds whitespace and keeps a short note whole', () => {
    expect(excerpt('  Kun jij\n\n  dit  bekijken?\t')).toBe('Kun jij dit bekijken?');
  });

  it('cuts a long note at a word, marks the cut, and never splits a character', () => {
    const long = `${'woord '.repeat(60)}einde`;
    const cut = excerpt(long);
    expect(Array.from(cut).length).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/woord…$/);
    const emoji = excerpt('🏠'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(200);
    expect(emoji.endsWith('🏠…')).toBe(true);
    expect(excerpt('kort, maar afgekapt', true)).toBe('kort, maar afgekapt…');
  });
});
