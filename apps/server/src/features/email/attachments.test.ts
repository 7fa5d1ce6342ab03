import type { ConversationDetail } from '@klantstem/contracts';
import { beforeAll, expect, it } from 'vitest';
import { describeEmailChannel } from '../../test/email-channel.js';
import { jpegBytes, PNG_PIXEL } from '../../test/files.js';
import { detail, organisation } from '../../test/organisation.js';
import { addCustomerMessage } from '../conversations/messages.js';

const MAX_COUNT = 3;
const MAX_KB = 16;

describeEmailChannel(
  'attachments by email',
  {
    config: {
      smtpInboundMaxBytes: 512 * 1024,
      attachmentMaxBytes: MAX_KB * 1024,
      attachmentMaxCount: MAX_COUNT,
    },
  },
  (t, smtp) => {
    beforeAll(async () => {
      await organisation(t);
    });

    const conversationOf = async (address: string): Promise<ConversationDetail> => {
      const row = await t.ctx.database.db
        .selectFrom('conversations')
        .innerJoin('customer_identities', 'customer_identities.customer_id', 'conversations.customer_id')
        .select('conversations.id')
        .where('customer_identities.value', '=', address)
        .orderBy('conversations.created_at', 'desc')
        .orderBy('conversations.id', 'desc')
        .executeTakeFirstOrThrow();
      return detail(t, row.id);
    };
    const download = (conversationId: string, attachmentId: string, query = '') =>
      t.request({
        method: 'GET',
        url: `/api/v1/conversations/${conversationId}/attachments/${attachmentId}${query}`,
        as: 'analyst',
      });
    const stored = async () =>
      Number(
        (
          await t.ctx.database.db
            .selectFrom('conversation_attachments')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    const photo = jpegBytes(12 * 1024);
    let cracks: ConversationDetail;

    it('keeps every file of a mail with the customer’s message, a pasted image too, byte for byte', async () => {
      await smtp.deliver({
        from: 'Els de Vries <els@example.nl>',
        subject: 'Scheuren in de muur',
        text: 'Hierbij de foto’s van de scheuren in mijn muur.',
        html: '<p>Hierbij de foto’s van de scheuren in mijn muur.</p><p><img src="cid:geplakt@els"></p>',
        messageId: '<scheuren-1@mail.example.nl>',
        attachments: [
          { filename: '../../foto-scheur.jpg', content: photo, contentType: 'image/jpeg' },
          {
            cid: 'geplakt@els',
            content: PNG_PIXEL,
            contentType: 'image/png',
            contentDisposition: 'inline',
          },
        ],
      });
      cracks = await conversationOf('els@example.nl');
      const [message] = cracks.messages;
      expect(message).toMatchObject({
        authorKind: 'customer',
        body: 'Hierbij de foto’s van de scheuren in mijn muur.',
      });
      expect(message!.attachments).toHaveLength(2);
      const jpeg = message!.attachments.find((a) => a.contentType === 'image/jpeg');
      const png = message!.attachments.find((a) => a.contentType === 'image/png');
      expect(jpeg).toMatchObject({
        name: 'foto-scheur.jpg',
        contentType: 'image/jpeg',
        size: photo.length,
      });
      expect(png).toMatchObject({ contentType: 'image/png', size: PNG_PIXEL.length });
      expect(png!.name).toMatch(/\.png$/);

      const res = await download(cracks.id, jpeg!.id);
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.equals(photo)).toBe(true);
      expect(res.headers).toMatchObject({
        'content-type': 'image/jpeg',
        'content-disposition': `attachment; filename="foto-scheur.jpg"; filename*=UTF-8''foto-scheur.jpg`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': 'sandbox',
        'cache-control': 'private, no-store',
      });
      const pasted = await download(cracks.id, png!.id);
      expect(pasted.rawPayload.equals(PNG_PIXEL)).toBe(true);
      expect(pasted.headers['content-disposition']).toMatch(/^attachment; /);
      // A thumbnail may be shown in the page: a real PNG, asked for inline.
      const thumbnail = await download(cracks.id, png!.id, '?inline=true');
      expect(thumbnail.headers['content-disposition']).toMatch(/^inline; /);
      expect(thumbnail.headers['content-type']).toBe('image/png');
      expect(thumbnail.headers['content-security-policy']).toBe('sandbox');
    });

    it('files a reply with its files in the same conversation', async () => {
      await smtp.deliver({
        from: 'els@example.nl',
        subject: 'Re: Scheuren in de muur',
        text: 'En nog een van de achterkant.',
        inReplyTo: '<scheuren-1@mail.example.nl>',
        attachments: [{ filename: 'achterkant.jpg', content: jpegBytes(2000, 2) }],
      });
      const after = await detail(t, cracks.id);
      expect(after.messages.at(-1)).toMatchObject({
        body: 'En nog een van de achterkant.',
        attachments: [{ name: 'achterkant.jpg', contentType: 'image/jpeg', size: 2000 }],
      });
    });

    it('serves a web page or an SVG as plain bytes to download, never as something that runs', async () => {
      await smtp.deliver({
        from: 'piet@example.nl',
        subject: 'Factuur',
        text: 'Zie bijlage.',
        attachments: [
          {
            filename: 'factuur.html',
            content: '<script>fetch("/api/v1/me")</script>',
            contentType: 'text/html',
          },
          { filename: 'tekening.svg', content: '<svg onload="alert(1)"/>', contentType: 'image/svg+xml' },
        ],
      });
      const { id, messages } = await conversationOf('piet@example.nl');
      const [html, svg] = messages[0]!.attachments;
      expect(html).toMatchObject({ name: 'factuur.html', contentType: 'text/html' });
      for (const file of [html!, svg!]) {
        for (const query of ['', '?inline=true']) {
          const res = await download(id, file.id, query);
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toBe('application/octet-stream');
          expect(res.headers['content-disposition']).toMatch(/^attachment; /);
          expect(res.headers['x-content-type-options']).toBe('nosniff');
          expect(res.headers['content-security-policy']).toBe('sandbox');
        }
      }
      // Claiming to be a PNG does not make a web page a thumbnail.
      await smtp.deliver({
        from: 'piet@example.nl',
        subject: 'Foto',
        text: 'Foto.',
        attachments: [{ filename: 'foto.png', content: '<html>hallo</html>', contentType: 'image/png' }],
      });
      const fake = (await conversationOf('piet@example.nl')).messages[0]!.attachments[0]!;
      const res = await download((await conversationOf('piet@example.nl')).id, fake.id, '?inline=true');
      expect(res.headers['content-disposition']).toMatch(/^attachment; /);
    });

    it('reads a mail of only files as such, and leaves it to a person to route', async () => {
      await smtp.deliver({
        from: 'kees@example.nl',
        subject: 'Re: schade',
        attachments: [
          { filename: 'voor.jpg', content: jpegBytes(100, 3) },
          { filename: 'na.jpg', content: jpegBytes(100, 4) },
        ],
      });
      const onlyFiles = await conversationOf('kees@example.nl');
      expect(onlyFiles.messages[0]).toMatchObject({ body: '(2 bijlagen / 2 attachments)' });
      expect(onlyFiles.messages[0]!.attachments.map((a) => a.name)).toEqual(['voor.jpg', 'na.jpg']);
      expect(onlyFiles.route).toMatchObject({ triage: true, intent: null });
      // The placeholder is not the customer's words: it never joins their signals.
      const signals = await t.ctx.database.db
        .selectFrom('signals')
        .select('text')
        .where('customer_id', '=', onlyFiles.customerId)
        .execute();
      expect(signals).toEqual([]);
    });

    it('refuses a mail with more files than allowed, or too large a file, whole: nothing is stored', async () => {
      const before = await stored();
      const tooMany = smtp.deliver({
        from: 'veel@example.nl',
        subject: 'Foto’s',
        text: 'Alle foto’s.',
        attachments: Array.from({ length: MAX_COUNT + 1 }, (_, i) => ({
          filename: `foto-${i}.jpg`,
          content: jpegBytes(100, i),
        })),
      });
      await expect(tooMany).rejects.toMatchObject({ responseCode: 552 });
      await expect(tooMany).rejects.toThrow(`at most ${MAX_COUNT} are accepted per message`);

      const tooLarge = smtp.deliver({
        from: 'groot@example.nl',
        subject: 'Foto',
        text: 'Een grote foto.',
        attachments: [
          { filename: 'klein.jpg', content: jpegBytes(100) },
          { filename: 'groot.jpg', content: jpegBytes(MAX_KB * 1024 + 1) },
        ],
      });
      await expect(tooLarge).rejects.toMatchObject({ responseCode: 552 });
      await expect(tooLarge).rejects.toThrow(`at most ${MAX_KB} KB is accepted per attachment`);

      expect(await stored()).toBe(before);
      const customers = await t.ctx.database.db
        .selectFrom('customer_identities')
        .select('value')
        .where('value', 'in', ['veel@example.nl', 'groot@example.nl'])
        .execute();
      expect(customers).toEqual([]);
    });

    it('keeps a message and its files together: a file that cannot be stored takes its message with it', async () => {
      const before = (await detail(t, cracks.id)).messages.length;
      // Storing this one fails after the message row is written, inside the same transaction.
      const broken = null as unknown as Buffer;
      await expect(
        addCustomerMessage(t.ctx, cracks.id, 'Met een kapotte bijlage.', null, {
          attachments: [
            { name: 'goed.jpg', contentType: 'image/jpeg', content: jpegBytes(10) },
            { name: 'kapot.jpg', contentType: 'image/jpeg', content: broken },
          ],
        }),
      ).rejects.toThrow();
      expect((await detail(t, cracks.id)).messages).toHaveLength(before);
    });

    it('answers 404 for a file of another conversation, and never to a customer', async () => {
      const piet = await conversationOf('piet@example.nl');
      const elsFile = cracks.messages[0]!.attachments[0]!;
      const res = await download(piet.id, elsFile.id);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
      expect((await download(cracks.id, 'a_bestaat-niet')).statusCode).toBe(404);

      // A conversation's token is no staff sign-in (the upload tests try a real one).
      const asCustomer = await t.request({
        method: 'GET',
        url: `/api/v1/conversations/${cracks.id}/attachments/${elsFile.id}`,
        headers: { 'x-conversation-token': 'a-customer-token' },
      });
      expect(asCustomer.statusCode).toBe(401);
      expect(asCustomer.rawPayload.includes(photo.subarray(0, 64))).toBe(false);
    });
  },
);
