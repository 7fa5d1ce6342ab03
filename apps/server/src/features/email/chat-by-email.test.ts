import type { ConversationDetail, CustomerConversationView } from '@klantstem/contracts';
import { expect, it } from 'vitest';
import { startTestApp } from '../../test/app.js';
import { describeEmailChannel } from '../../test/email-channel.js';
import { detail } from '../../test/organisation.js';
import { CHAT_REPLY_SUBJECT } from './send.js';

const QUESTION = 'Koop goedkope horloges op spam.example! Of eigenlijk: wanneer komt de opname?';

describeEmailChannel('a chat continued by email', { outbound: true }, (t, smtp) => {
  /** A visitor's chat, as the widget starts it. */
  async function visitorChat(app = t): Promise<{ id: string; token: string }> {
    const res = await app.request({
      method: 'POST',
      url: '/api/v1/customer/conversations',
      payload: { message: QUESTION },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { conversation, customerToken } = res.json<{
      conversation: CustomerConversationView;
      customerToken: string;
    }>();
    return { id: conversation.id, token: customerToken };
  }
  const leaveEmail = (chat: { id: string; token: string }, email: unknown, app = t) =>
    app.request({
      method: 'POST',
      url: `/api/v1/customer/conversations/${chat.id}/email`,
      headers: { 'x-conversation-token': chat.token },
      payload: { email },
    });
  const staffPost = async (id: string, kind: 'reply' | 'note', body: string) => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/conversations/${id}/messages`,
      as: 'agent',
      payload: { kind, body },
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const customerOf = async (address: string) =>
    (
      await t.ctx.database.db
        .selectFrom('customer_identities')
        .select('customer_id')
        .where('value', '=', address)
        .executeTakeFirst()
    )?.customer_id;

  let left: { id: string; token: string };

  it('takes an address for replies by email, refuses a wrong one plainly, and never shows it back', async () => {
    const chat = await visitorChat();
    left = chat;
    const before = await t.request({
      method: 'GET',
      url: `/api/v1/customer/conversations/${chat.id}`,
      headers: { 'x-conversation-token': chat.token },
    });
    expect(before.json<CustomerConversationView>()).toMatchObject({
      replyByEmailOffered: true,
      replyByEmail: false,
    });

    for (const wrong of [
      'els at example.nl',
      'els@localhost',
      'els@example.nl, ander@example.nl',
      'Els <els@example.nl>',
      'els@example.nl\r\nBcc: ander@example.nl',
      '',
    ]) {
      const res = await leaveEmail(chat, wrong);
      expect(res.statusCode, wrong).toBe(400);
      expect(res.json()).toMatchObject({
        error: {
          code: 'validation_failed',
          details: [
            { field: 'email', message: expect.stringMatching(/email address|must not be empty|longer/) },
          ],
        },
      });
    }
    const bad = await leaveEmail(chat, 'els@example');
    expect(bad.json<{ error: { details: { message: string }[] } }>().error.details[0]!.message).toBe(
      'field "email" must be an email address, e.g. naam@voorbeeld.nl',
    );
    expect((await leaveEmail({ ...chat, token: 'geraden' }, 'els@example.nl')).statusCode).toBe(404);
    const other = await visitorChat();
    expect((await leaveEmail({ id: other.id, token: chat.token }, 'els@example.nl')).statusCode).toBe(404);
    const noToken = await t.request({
      method: 'POST',
      url: `/api/v1/customer/conversations/${chat.id}/email`,
      payload: { email: 'els@example.nl' },
    });
    expect(noToken.statusCode).toBe(401);
    expect((await detail(t, chat.id)).replyEmail).toBeNull();

    const res = await leaveEmail(chat, 'Els@Example.NL');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<CustomerConversationView>()).toMatchObject({ replyByEmail: true });
    expect(res.body.toLowerCase()).not.toContain('els@example.nl');
    const staff = await detail(t, chat.id);
    expect(staff.replyEmail).toBe('els@example.nl');
    expect(staff.customerId).toBeNull(); // typing an address proves nothing
    expect(staff.messages.at(-1)).toMatchObject({ authorKind: 'system', internal: true });
    expect(staff.messages.at(-1)!.body).toContain('els@example.nl');
  });

  it('limits how often one address may leave an email, like every customer route', async () => {
    const strict = await startTestApp(t.ctx.database, {
      config: { customerRequestsPerMinute: 3, smtpOutboundUrl: smtp.sink.url },
    });
    try {
      const chat = await visitorChat(strict);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1)
        statuses.push((await leaveEmail(chat, `els${i}@example.nl`, strict)).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await strict.close();
    }
  });

  it('says plainly when this service sends no email', async () => {
    const mailless = await startTestApp(t.ctx.database);
    try {
      const chat = await visitorChat(mailless);
      const res = await leaveEmail(chat, 'els@example.nl', mailless);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({
        error: { code: 'conflict', message: expect.stringContaining('no email') },
      });
      const view = await mailless.request({
        method: 'GET',
        url: `/api/v1/customer/conversations/${chat.id}`,
        headers: { 'x-conversation-token': chat.token },
      });
      expect(view.json<CustomerConversationView>()).toMatchObject({
        replyByEmailOffered: false,
        replyByEmail: false,
      });
      // An address left while mail was sent: the customer is not told replies still go there.
      const earlier = await mailless.request({
        method: 'GET',
        url: `/api/v1/customer/conversations/${left.id}`,
        headers: { 'x-conversation-token': left.token },
      });
      expect(earlier.json<CustomerConversationView>()).toMatchObject({ replyByEmail: false });
    } finally {
      await mailless.close();
    }
  });

  let chat: { id: string; token: string };
  let ours: string;

  it('mails staff replies (not notes) on the chat to that address, with nothing the visitor wrote', async () => {
    chat = await visitorChat();
    expect((await leaveEmail(chat, 'sanne@example.nl')).statusCode).toBe(200);
    const already = smtp.sink.received.length;
    await staffPost(chat.id, 'note', 'Intern: eerst de planning bekijken.');
    await staffPost(chat.id, 'reply', 'De opname is op donderdag 10 december.');

    const mail = await smtp.sink.waitFor(already + 1);
    expect(mail.to).toMatchObject({ value: [{ address: 'sanne@example.nl' }] });
    expect(mail.subject).toBe(CHAT_REPLY_SUBJECT);
    expect(mail.text).toContain('De opname is op donderdag 10 december.');
    expect(mail.text).toContain('omdat in onze chat is gevraagd');
    const everything = `${mail.subject}\n${mail.text}\n${mail.html || ''}`;
    expect(everything).not.toContain('horloges');
    expect(everything).not.toContain('Intern');
    ours = mail.messageId!;
    await expect
      .poll(async () => (await detail(t, chat.id)).messages.find((m) => m.delivery)?.delivery?.state)
      .toBe('sent');
    // The chat goes on in the widget as before.
    const view = await t.request({
      method: 'GET',
      url: `/api/v1/customer/conversations/${chat.id}`,
      headers: { 'x-conversation-token': chat.token },
    });
    expect(view.json<CustomerConversationView>().messages.map((m) => m.from)).toEqual(['you', 'us']);
    expect(smtp.sink.received).toHaveLength(already + 1);
  });

  it('never attaches a reply to that mail from another address: it starts anew', async () => {
    const before = await detail(t, chat.id);
    await smtp.deliver({
      from: 'indringer@example.com',
      subject: 'Re: uw vraag',
      text: 'Laat mij het hele gesprek zien.',
      inReplyTo: ours,
      references: [ours],
    });
    const after = await detail(t, chat.id);
    expect(after.messages).toEqual(before.messages);
    expect(after.customerId).toBeNull();
    const stranger = await customerOf('indringer@example.com');
    const theirs = await t.ctx.database.db
      .selectFrom('conversations')
      .select(['id', 'channel'])
      .where('customer_id', '=', stranger!)
      .execute();
    expect(theirs).toEqual([{ id: expect.not.stringMatching(chat.id), channel: 'email' }]);
  });

  it('threads an answer from that address into the chat and makes the chat that customer’s', async () => {
    const already = smtp.sink.received.length;
    await smtp.deliver({
      from: 'Sanne <Sanne@Example.nl>',
      subject: 'Re: Uw vraag in de chat',
      text: 'Donderdag past prima.\n\nOp di 1 dec 2026 schreef Klantcontact <klantcontact@gemeente.test>:\n> De opname is op donderdag 10 december.',
      messageId: '<antwoord-1@mail.example.nl>',
      inReplyTo: ours,
      references: [ours],
    });
    let after: ConversationDetail = await detail(t, chat.id);
    expect(after.messages.at(-1)).toMatchObject({
      authorKind: 'customer',
      body: 'Donderdag past prima.',
    });
    expect(after.channel).toBe('chat');
    expect(after.status).toBe('waiting_on_us');
    const sanne = await customerOf('sanne@example.nl');
    expect(sanne).toBeDefined();
    expect(after.customerId).toBe(sanne);
    // What she wrote in the chat before is hers now too, in the one store of her words.
    const words = await t.ctx.database.db
      .selectFrom('signals')
      .select(['text', 'channel'])
      .where('customer_id', '=', sanne!)
      .orderBy('at')
      .execute();
    expect(words).toEqual([
      { text: QUESTION, channel: 'chat' },
      { text: 'Donderdag past prima.', channel: 'email' },
    ]);
    // The widget shows it too; the next reply answers her mail.
    const view = await t.request({
      method: 'GET',
      url: `/api/v1/customer/conversations/${chat.id}`,
      headers: { 'x-conversation-token': chat.token },
    });
    expect(view.json<CustomerConversationView>().messages.at(-1)).toMatchObject({
      from: 'you',
      body: 'Donderdag past prima.',
    });
    await staffPost(chat.id, 'reply', 'Tot donderdag!');
    const mail = await smtp.sink.waitFor(already + 1);
    expect(mail.to).toMatchObject({ value: [{ address: 'sanne@example.nl' }] });
    expect(mail.inReplyTo).toBe('<antwoord-1@mail.example.nl>');
    expect(mail.references).toEqual([ours, '<antwoord-1@mail.example.nl>']);
    after = await detail(t, chat.id);
    expect(after.customerId).toBe(sanne);
  });
});
