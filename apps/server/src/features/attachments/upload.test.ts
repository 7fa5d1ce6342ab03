import type { ConversationDetail, CustomerConversationView, LiveEvent } from '@klantstem/contracts';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';
import { jpegBytes, PNG_PIXEL } from '../../test/files.js';
import { detail } from '../../test/organisation.js';

const MAX_KB = 8;

describeEachDialect(
  'a chat visitor adds a photo or a PDF',
  (t) => {
    const visitorStarts = async (message: string) => {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/customer/conversations',
        payload: { message },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ conversation: CustomerConversationView; customerToken: string }>();
    };
    const upload = (
      id: string,
      token: string | undefined,
      body: Buffer | string,
      headers: Record<string, string> = {},
    ) =>
      t.request({
        method: 'POST',
        url: `/api/v1/customer/conversations/${id}/attachments`,
        headers: { ...(token !== undefined && { 'x-conversation-token': token }), ...headers },
        payload: body,
      });

    it('adds the file as the visitor’s message, seen by staff, downloadable byte for byte, and live', async () => {
      const { conversation, customerToken } = await visitorStarts('Er zit een scheur in mijn muur.');
      const heard: LiveEvent[] = [];
      const stop = await t.ctx.events.subscribe((event) => void heard.push(event));
      const res = await upload(conversation.id, customerToken, PNG_PIXEL, {
        'content-type': 'image/png',
        'x-file-name': encodeURIComponent('scheur – woonkamer.png'),
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.headers['x-ratelimit-limit']).toBeDefined(); // the customer routes' own limit
      const view = res.json<CustomerConversationView>();
      expect(view.messages.at(-1)).toMatchObject({
        from: 'you',
        body: '(1 bijlage / 1 attachment)',
        attachments: [{ name: 'scheur – woonkamer.png', contentType: 'image/png', size: PNG_PIXEL.length }],
      });

      const staff: ConversationDetail = await detail(t, conversation.id);
      expect(staff.status).toBe('waiting_on_us');
      const message = staff.messages.at(-1)!;
      expect(message).toMatchObject({
        authorKind: 'customer',
        attachments: [{ name: 'scheur – woonkamer.png' }],
      });
      const file = await t.request({
        method: 'GET',
        url: `/api/v1/conversations/${conversation.id}/attachments/${message.attachments[0]!.id}`,
        as: 'agent',
      });
      expect(file.rawPayload.equals(PNG_PIXEL)).toBe(true);
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename="scheur _ woonkamer.png"; filename*=UTF-8''scheur%20%E2%80%93%20woonkamer.png`,
      );
      await expect
        .poll(() =>
          heard.some((e) => e.type === 'message.added' && 'messageId' in e && e.messageId === message.id),
        )
        .toBe(true);
      stop();

      // A PDF without a name gets one; its own token never opens the staff download.
      const pdf = await upload(conversation.id, customerToken, Buffer.from('%PDF-1.4\n%%EOF\n'), {
        'content-type': 'application/pdf',
      });
      expect(pdf.statusCode, pdf.body).toBe(201);
      const [named] = pdf.json<CustomerConversationView>().messages.at(-1)!.attachments;
      expect(named).toMatchObject({ name: 'bijlage-1.pdf', contentType: 'application/pdf' });
      const asCustomer = await t.request({
        method: 'GET',
        url: `/api/v1/conversations/${conversation.id}/attachments/${named!.id}`,
        headers: { 'x-conversation-token': customerToken },
      });
      expect(asCustomer.statusCode).toBe(401);
    });

    it('refuses too large a file (413) and any other type (415), saying what is accepted', async () => {
      const { conversation, customerToken } = await visitorStarts('Mag ik foto’s sturen?');
      const before = (await detail(t, conversation.id)).messages.length;
      const tooLarge = await upload(conversation.id, customerToken, jpegBytes(MAX_KB * 1024 + 1), {
        'content-type': 'image/jpeg',
      });
      expect(tooLarge.statusCode).toBe(413);
      expect(tooLarge.json()).toEqual({
        error: {
          code: 'payload_too_large',
          message: `The file is too large: at most ${MAX_KB} KB is accepted.`,
          details: { maxBytes: MAX_KB * 1024 },
        },
      });
      for (const [type, body] of [
        ['text/html', '<script>alert(1)</script>'],
        ['image/svg+xml', '<svg onload="alert(1)"/>'],
        ['application/json', '{"body":"hallo"}'],
        ['application/octet-stream', 'MZ...'],
        ['image/png', '<html>not a png</html>'],
      ] as const) {
        const res = await upload(conversation.id, customerToken, body, { 'content-type': type });
        expect(res.statusCode, `${type}: ${res.body}`).toBe(415);
        expect(res.json()).toMatchObject({
          error: {
            code: 'unsupported_media_type',
            message: expect.stringContaining('Only a photo (JPEG, PNG, WebP or GIF) or a PDF can be added'),
          },
        });
      }
      const empty = await upload(conversation.id, customerToken, Buffer.alloc(0), {
        'content-type': 'image/png',
      });
      expect(empty.statusCode).toBe(400);
      expect((await detail(t, conversation.id)).messages).toHaveLength(before);
    });

    it('opens to the conversation’s own token only (404 for a wrong one, 401 without), before reading the file', async () => {
      const mine = await visitorStarts('Mijn vraag.');
      const other = await visitorStarts('Een andere vraag.');
      const png = { 'content-type': 'image/png' };
      const wrong = await upload(mine.conversation.id, other.customerToken, PNG_PIXEL, png);
      expect(wrong.statusCode).toBe(404);
      expect(wrong.json()).toMatchObject({ error: { code: 'not_found' } });
      expect((await upload('c_bestaat-niet', mine.customerToken, PNG_PIXEL, png)).statusCode).toBe(404);
      expect((await upload(mine.conversation.id, undefined, PNG_PIXEL, png)).statusCode).toBe(401);
      // A stranger is turned away before the body counts: a too-large file still gets 404, not 413.
      const large = await upload(mine.conversation.id, 'geraden', jpegBytes(MAX_KB * 1024 + 1), {
        'content-type': 'image/jpeg',
      });
      expect(large.statusCode).toBe(404);
      expect((await detail(t, mine.conversation.id)).messages).toHaveLength(1);
    });

    it('lets the widget on another site send the file name header', async () => {
      const res = await t.request({
        method: 'OPTIONS',
        url: '/api/v1/customer/conversations/c_x/attachments',
        headers: {
          origin: 'https://gemeente.example',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-conversation-token,x-file-name',
        },
      });
      expect(res.statusCode).toBe(204);
      expect(res.headers['access-control-allow-headers']).toContain('x-file-name');
    });
  },
  { config: { attachmentMaxBytes: MAX_KB * 1024 } },
);
