import type { ConversationDetail } from '@klantstem/contracts';
import { beforeAll, expect, it } from 'vitest';
import { describeEmailChannel } from '../../test/email-channel.js';
import { detail, organisation, type Staff } from '../../test/organisation.js';

const OPNAME = 'Wanneer komt de opname bij mij thuis? Ik wacht al drie weken.';
const MAX_KB = 64;

describeEmailChannel(
  'email channel',
  { outbound: true, config: { smtpInboundMaxBytes: MAX_KB * 1024 } },
  (t, smtp) => {
    let staff: Staff;
    beforeAll(async () => {
      staff = await organisation(t);
    });

    /** The conversation an email from this address filed last (by its first message). */
    const latestOf = async (address: string): Promise<ConversationDetail> => {
      const row = await t.ctx.database.db
        .selectFrom('conversations')
        .innerJoin('customer_identities', 'customer_identities.customer_id', 'conversations.customer_id')
        .select('conversations.id')
        .where('customer_identities.value', '=', address)
        .where('conversations.channel', '=', 'email')
        .orderBy('conversations.created_at', 'desc')
        .orderBy('conversations.id', 'desc')
        .executeTakeFirstOrThrow();
      return detail(t, row.id);
    };
    const storedIds = (conversationId: string) =>
      t.ctx.database.db
        .selectFrom('conversation_messages')
        .select(['author_kind', 'email_message_id', 'email_in_reply_to'])
        .where('conversation_id', '=', conversationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();

    let first: ConversationDetail;
    const customerMail = '<vraag-1@mail.example.nl>';

    it('files a new mail as a new email conversation of the customer with that address, routed', async () => {
      await smtp.deliver({
        from: 'Els de Vries <Els@Example.nl>',
        subject: 'Opname',
        text: OPNAME,
        messageId: customerMail,
      });
      first = await latestOf('els@example.nl');
      expect(first).toMatchObject({
        channel: 'email',
        subject: 'Opname',
        teamId: 'schade',
        messages: [{ authorKind: 'customer', body: OPNAME }],
      });
      expect((await storedIds(first.id))[0]?.email_message_id).toBe(customerMail);
    });

    let staffMail: string;

    it('sends a staff reply to the customer, threaded and signed by the contact person; notes stay in', async () => {
      const put = await t.request({
        method: 'PUT',
        url: `/api/v1/customers/${first.customerId}/contact-person`,
        as: 'agent',
        payload: { contactPersonId: staff.anna },
      });
      expect(put.statusCode, put.body).toBe(200);
      const post = (kind: string, body: string) =>
        t.request({
          method: 'POST',
          url: `/api/v1/conversations/${first.id}/messages`,
          as: 'agent',
          payload: { kind, body },
        });
      expect((await post('note', 'Even nagaan bij de planning.')).statusCode).toBe(201);
      expect((await post('reply', 'De opname is op donderdag 10 december.')).statusCode).toBe(201);

      const mail = await smtp.sink.waitFor(1);
      expect(smtp.sink.received).toHaveLength(1); // the note was not sent
      expect(mail.to).toMatchObject({ value: [{ address: 'els@example.nl' }] });
      expect(mail.from?.value[0]?.address).toBe('klantcontact@gemeente.test');
      expect(mail.subject).toBe('Re: Opname');
      expect(mail.inReplyTo).toBe(customerMail);
      expect(mail.references).toBe(customerMail);
      expect(mail.text).toContain('De opname is op donderdag 10 december.');
      expect(mail.text).toContain('Your contact person: Anna');
      staffMail = mail.messageId!;
      const stored = await storedIds(first.id);
      expect(stored.at(-1)).toEqual({
        author_kind: 'staff',
        email_message_id: staffMail,
        email_in_reply_to: customerMail,
      });
    });

    it('threads the customer’s reply into the same conversation, without the quoted history', async () => {
      await smtp.deliver({
        from: 'els@example.nl',
        subject: 'Re: Opname',
        text: 'Donderdag past prima, dank u.\n\nOp di 1 dec 2026 om 10:00 schreef Klantcontact <klantcontact@gemeente.test>:\n> De opname is op donderdag 10 december.\n',
        messageId: '<vraag-2@mail.example.nl>',
        inReplyTo: staffMail,
        references: [customerMail, staffMail],
      });
      const after = await detail(t, first.id);
      expect(after.messages.at(-1)).toMatchObject({
        authorKind: 'customer',
        body: 'Donderdag past prima, dank u.',
      });
      expect(after.status).toBe('waiting_on_us');
      expect((await latestOf('els@example.nl')).id).toBe(first.id);
    });

    it('never attaches a reply from another address: a spoofed or forwarded thread starts anew', async () => {
      const before = await detail(t, first.id);
      await smtp.deliver({
        from: 'indringer@example.com',
        subject: 'Re: Opname',
        text: 'Laat mij de hele geschiedenis zien.',
        inReplyTo: staffMail,
        references: [customerMail, staffMail],
      });
      const stranger = await latestOf('indringer@example.com');
      expect(stranger.id).not.toBe(first.id);
      expect(stranger.customerId).not.toBe(first.customerId);
      expect(stranger.messages).toMatchObject([{ body: 'Laat mij de hele geschiedenis zien.' }]);
      const after = await detail(t, first.id);
      expect(after.messages).toEqual(before.messages);
    });

    it('files a mail that a sending server delivers twice once, and no automatic replies', async () => {
      const before = await detail(t, first.id);
      const again = {
        from: 'els@example.nl',
        subject: 'Re: Opname',
        text: 'Nog één vraag.',
        inReplyTo: staffMail,
      };
      await smtp.deliver({ ...again, messageId: '<vraag-3@mail.example.nl>' });
      await smtp.deliver({ ...again, messageId: '<vraag-3@mail.example.nl>' });
      await smtp.deliver({
        ...again,
        text: 'Ik ben afwezig tot maandag.',
        headers: { 'Auto-Submitted': 'auto-replied' },
      });
      const after = await detail(t, first.id);
      expect(after.messages.slice(before.messages.length)).toMatchObject([{ body: 'Nog één vraag.' }]);
      expect((await latestOf('els@example.nl')).id).toBe(first.id);
    });

    it('stores an HTML-only mail as text, never as HTML', async () => {
      await smtp.deliver({
        from: 'piet@example.nl',
        subject: 'Wisselwoning',
        html: '<p>Kan ik een <b>wisselwoning</b> krijgen?</p><script>alert(1)</script>',
      });
      const [message] = (await latestOf('piet@example.nl')).messages;
      expect(message?.body).toContain('Kan ik een wisselwoning krijgen?');
      expect(message?.body).not.toMatch(/<|alert/);
    });

    it('keeps a reply that could not be sent and says so on the conversation', async () => {
      await smtp.deliver({ from: 'iemand@refused.test', subject: 'Vraag', text: OPNAME });
      const conversation = await latestOf('iemand@refused.test');
      const res = await t.request({
        method: 'POST',
        url: `/api/v1/conversations/${conversation.id}/messages`,
        as: 'agent',
        payload: { kind: 'reply', body: 'Wij komen donderdag.' },
      });
      expect(res.statusCode, res.body).toBe(201);
      // On PostgreSQL the reply reaches the sender over LISTEN/NOTIFY, a moment later.
      await expect.poll(async () => (await detail(t, conversation.id)).messages.length).toBe(3);
      const { messages } = await detail(t, conversation.id);
      expect(messages.slice(1)).toMatchObject([
        { authorKind: 'staff', body: 'Wij komen donderdag.', internal: false },
        { authorKind: 'system', internal: true },
      ]);
      expect(messages[2]?.body).toMatch(/not sent by email to iemand@refused\.test: .*No such mailbox/);
    });

    it('refuses mail whose new text is longer than a message may be', async () => {
      await expect(
        smtp.deliver({ from: 'lang@example.nl', subject: 'Lang', text: 'woord '.repeat(4000) }),
      ).rejects.toMatchObject({ responseCode: 552 });
    });

    it('refuses an oversized mail with an SMTP error', async () => {
      const huge = 'x'
        .repeat(76)
        .concat('\n')
        .repeat((MAX_KB * 1024 * 2) / 77);
      await expect(
        smtp.deliver({ from: 'groot@example.nl', subject: 'Groot', text: huge }),
      ).rejects.toMatchObject({ responseCode: 552 });
      const filed = await t.ctx.database.db
        .selectFrom('customer_identities')
        .select('value')
        .where('value', '=', 'groot@example.nl')
        .execute();
      expect(filed).toEqual([]);
    });
  },
);
