import type { LiveEvent } from '@klantstem/contracts';
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { connect } from '../../db/connect.js';
import { describeEachDialect, startTestApp, type TestApp } from '../../test/app.js';
import { DIALECTS } from '../../test/dialects.js';
import { organisation, signInAs, start } from '../../test/organisation.js';

/** How long a feed waits for an event before saying none came. */
const WAIT_MS = 3000;

interface Feed {
  /** Resolves with the first event that matches, or rejects after a few seconds. */
  next(match: (event: LiveEvent) => boolean): Promise<LiveEvent>;
  close(): void;
}

/**
 * Opens a live feed over a real socket, as a browser would: the staff inbox's (with an API token,
 * or a signed-in person's session cookie), or a customer's.
 */
async function openFeed(
  app: TestApp,
  customer?: { id: string; token: string },
  cookie?: string,
): Promise<Feed> {
  const address = app.app.server.listening
    ? `http://127.0.0.1:${(app.app.server.address() as { port: number }).port}`
    : await app.app.listen({ port: 0, host: '127.0.0.1' });
  const events: LiveEvent[] = [];
  const waiting = new Set<() => void>();
  const req = customer
    ? httpRequest(`${address}/api/v1/customer/conversations/${customer.id}/events`, {
        headers: { 'x-conversation-token': customer.token },
      })
    : httpRequest(`${address}/api/v1/conversations/events`, {
        headers: cookie ? { cookie } : { authorization: `Bearer ${await app.tokenFor('agent')}` },
      });
  const opened = new Promise<void>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/event-stream');
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        if (buffer.includes(': listening')) resolve();
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          if (data) events.push(JSON.parse(data.slice(6)) as LiveEvent);
        }
        for (const wake of waiting) wake();
      });
    });
  });
  req.end();
  await opened;
  return {
    next: (match) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no matching event; heard ${JSON.stringify(events)}`)),
          WAIT_MS,
        );
        const check = () => {
          const found = events.find(match);
          if (!found) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(found);
        };
        waiting.add(check);
        check();
      }),
    close: () => req.destroy(),
  };
}

describeEachDialect('live conversation events', (t) => {
  it('tells a listening inbox about a new conversation and each message', async () => {
    const feed = await openFeed(t);
    try {
      const started = await t.request({
        method: 'POST',
        url: '/api/v1/conversations',
        as: 'agent',
        payload: { channel: 'chat', message: 'Wanneer komt de opname?' },
      });
      const { id } = started.json<{ conversation: { id: string } }>().conversation;
      expect(await feed.next((e) => e.conversationId === id)).toMatchObject({
        type: 'conversation.started',
        status: 'open',
      });
      const replied = await t.request({
        method: 'POST',
        url: `/api/v1/conversations/${id}/messages`,
        as: 'agent',
        payload: { kind: 'reply', body: 'Donderdag.' },
      });
      const messageId = replied.json<{ messages: { id: string }[] }>().messages[1]!.id;
      expect(await feed.next((e) => e.messageId === messageId)).toMatchObject({
        type: 'message.added',
        conversationId: id,
        status: 'waiting_on_customer',
      });
    } finally {
      feed.close();
    }
  });

  it("tells a customer what happens in their own conversation, never an internal note or another's", async () => {
    const start = async () =>
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/customer/conversations',
          payload: { message: 'Wanneer komt de opname?' },
        })
      ).json<{ conversation: { id: string }; customerToken: string }>();
    const mine = await start();
    const theirs = await start();
    const feed = await openFeed(t, { id: mine.conversation.id, token: mine.customerToken });
    try {
      const say = async (id: string, kind: string, body: string) =>
        (
          await t.request({
            method: 'POST',
            url: `/api/v1/conversations/${id}/messages`,
            as: 'agent',
            payload: { kind, body },
          })
        )
          .json<{ messages: { id: string }[] }>()
          .messages.at(-1)!.id;
      const elsewhere = await say(theirs.conversation.id, 'reply', 'Voor iemand anders.');
      const note = await say(mine.conversation.id, 'note', 'Lastige klant?');
      const reply = await say(mine.conversation.id, 'reply', 'Donderdag komen we.');
      const heard = await feed.next((e) => e.messageId === reply);
      expect(heard).toEqual({
        type: 'message.added',
        conversationId: mine.conversation.id,
        status: 'waiting_on_customer',
        messageId: reply,
        at: expect.any(String),
      });
      await expect(feed.next((e) => e.messageId === note || e.messageId === elsewhere)).rejects.toThrow(
        'no matching event',
      );
    } finally {
      feed.close();
    }
  });

  it('tells a person they were mentioned on their own streams only', async () => {
    const staff = await organisation(t);
    const [vera, bram] = [await signInAs(t, 'vera'), await signInAs(t, 'bram')];
    const { conversation, customerToken } = await start(t, { message: 'Wanneer komt de opname?' });
    const feeds = {
      vera: await openFeed(t, undefined, vera),
      bram: await openFeed(t, undefined, bram),
      token: await openFeed(t),
      customer: await openFeed(t, { id: conversation.id, token: customerToken }),
    };
    try {
      const noted = await t.app.inject({
        method: 'POST',
        url: `/api/v1/conversations/${conversation.id}/messages`,
        headers: { cookie: bram },
        payload: { kind: 'note', body: 'Vera, loopt hier ook een vergoeding?', mentions: [staff.vera] },
      });
      expect(noted.statusCode, noted.body).toBe(201);
      const noteId = noted.json<{ messages: { id: string }[] }>().messages.at(-1)!.id;
      expect(await feeds.vera.next((e) => e.type === 'mention.added')).toEqual({
        type: 'mention.added',
        userId: staff.vera,
        conversationId: conversation.id,
        messageId: noteId,
        at: expect.any(String),
      });
      // Everyone on staff hears of the note itself; the mention is Vera's alone.
      await feeds.bram.next((e) => e.type === 'message.added' && e.messageId === noteId);
      await feeds.token.next((e) => e.type === 'message.added' && e.messageId === noteId);
      // Vera opens it on one screen: her other screens hear so, nobody else does.
      const seen = await t.app.inject({
        method: 'POST',
        url: '/api/v1/me/mentions/seen',
        headers: { cookie: vera },
        payload: { conversationId: conversation.id },
      });
      expect(seen.json()).toEqual({ marked: 1, unread: 0 });
      expect(await feeds.vera.next((e) => e.type === 'mention.seen')).toMatchObject({
        userId: staff.vera,
        conversationId: conversation.id,
      });
      // Neither the mention nor its being seen reaches anyone but Vera (each feed kept all it heard).
      await Promise.all(
        [feeds.bram, feeds.token, feeds.customer].map((feed) =>
          expect(feed.next((e) => e.type.startsWith('mention.'))).rejects.toThrow('no matching event'),
        ),
      );
    } finally {
      for (const feed of Object.values(feeds)) feed.close();
    }
  });

  it('refuses the feeds to strangers', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/conversations/events' });
    expect(res.statusCode).toBe(401);
    const customer = await t.request({
      method: 'GET',
      url: '/api/v1/customer/conversations/c_x/events',
      headers: { 'x-conversation-token': 'geraden' },
    });
    expect(customer.statusCode).toBe(404);
  });
});

const postgres = DIALECTS.find((d) => d.name === 'postgres')!;

describe.skipIf(postgres.skip)(
  `live events across processes on postgres${postgres.skip ? ` (${postgres.skip})` : ''}`,
  () => {
    it('carries a message from one server process to another on the same PostgreSQL', async () => {
      const opened = await postgres.open();
      // Two processes: each its own connection pool, context, event bus and app, on one schema.
      const database = await connect(opened.url);
      const one = await startTestApp(opened.database);
      const two = await startTestApp(database);
      const feedOne = await openFeed(one);
      const feedTwo = await openFeed(two);
      try {
        const started = await two.request({
          method: 'POST',
          url: '/api/v1/conversations',
          as: 'agent',
          payload: { channel: 'chat', message: 'Is mijn vergoeding al betaald?' },
        });
        const { id } = started.json<{ conversation: { id: string } }>().conversation;
        await feedOne.next((e) => e.conversationId === id && e.type === 'conversation.started');
        const answered = await one.request({
          method: 'POST',
          url: `/api/v1/conversations/${id}/messages`,
          as: 'agent',
          payload: { kind: 'reply', body: 'Ja, gisteren.' },
        });
        expect(answered.statusCode).toBe(201);
        expect(
          await feedTwo.next((e) => e.conversationId === id && e.type === 'message.added'),
        ).toMatchObject({
          status: 'waiting_on_customer',
        });
      } finally {
        feedOne.close();
        feedTwo.close();
        await one.close();
        await two.close();
        await database.destroy();
        await opened.dispose();
      }
    });
  },
);
