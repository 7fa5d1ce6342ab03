import type { ConversationEvent } from '@klantstem/contracts';
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { connect } from '../../db/connect.js';
import { describeEachDialect, startTestApp, type TestApp } from '../../test/app.js';
import { DIALECTS } from '../../test/dialects.js';

interface Feed {
  /** Resolves with the first event that matches, or rejects after a few seconds. */
  next(match: (event: ConversationEvent) => boolean): Promise<ConversationEvent>;
  close(): void;
}

/** Opens the live feed over a real socket, as a browser's EventSource would. */
async function openFeed(app: TestApp): Promise<Feed> {
  const address = await app.app.listen({ port: 0, host: '127.0.0.1' });
  const token = await app.tokenFor('agent');
  const events: ConversationEvent[] = [];
  const waiting = new Set<() => void>();
  const req = httpRequest(`${address}/api/v1/conversations/events`, {
    headers: { authorization: `Bearer ${token}` },
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
          5000,
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

  it('refuses the feed to strangers', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/conversations/events' });
    expect(res.statusCode).toBe(401);
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
