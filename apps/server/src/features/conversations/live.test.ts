import type { ConversationEvent } from '@klantstem/contracts';
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { connect } from '../../db/connect.js';
import { describeEachDialect, startTestApp, type TestApp } from '../../test/app.js';
import { DIALECTS } from '../../test/dialects.js';

/** How long a feed waits for an event before saying none came. */
const WAIT_MS = 3000;

interface Feed {
  /** Resolves with the first event that matches, or rejects after a few seconds. */
  next(match: (event: ConversationEvent) => boolean): Promise<ConversationEvent>;
  close(): void;
}

/** Opens a live feed over a real socket, as a browser would: the staff inbox's, or a customer's. */
async function openFeed(app: TestApp, customer?: { id: string; token: string }): Promise<Feed> {
  const address = app.app.server.listening
    ? `http://127.0.0.1:${(app.app.server.address() as { port: number }).port}`
    : await app.app.listen({ port: 0, host: '127.0.0.1' });
  const events: ConversationEvent[] = [];
  const waiting = new Set<() => void>();
  const req = customer
    ? httpRequest(`${address}/api/v1/customer/conversations/${customer.id}/events`, {
        headers: { 'x-conversation-token': customer.token },
      })
    : httpRequest(`${address}/api/v1/conversations/events`, {
        headers: { authorization: `Bearer ${await app.tokenFor('agent')}` },
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
          if (data) events.push(JSON.parse(data.slice(6)) as ConversationEvent);
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
