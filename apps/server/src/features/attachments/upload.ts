import {
  CustomerConversationView,
  FILE_NAME_HEADER,
  IdParams,
  VISITOR_ATTACHMENT_TYPES,
} from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyError, FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { errorHandler } from '../../http/error-handler.js';
import { AppError } from '../../http/errors.js';
import { customerAccess, customerOnlyHook, customerView } from '../conversations/customer-access.js';
import { addCustomerMessage } from '../conversations/messages.js';
import { attachmentsLabel, hasSignatureOf, mediaType } from './files.js';

const VISITOR_TYPES: readonly string[] = VISITOR_ATTACHMENT_TYPES;

const ONLY =
  'Only a photo (JPEG, PNG, WebP or GIF) or a PDF can be added, sent with its type as the Content-Type';

const notAPhotoOrPdf = (why: string) =>
  new AppError('unsupported_media_type', `${ONLY}; ${why}.`, { accepted: VISITOR_ATTACHMENT_TYPES });

const fileTooLarge = (maxBytes: number) =>
  new AppError(
    'payload_too_large',
    `The file is too large: at most ${Math.floor(maxBytes / 1024)} KB is accepted.`,
    { maxBytes },
  );

/** The name sent in the X-File-Name header (percent-encoded UTF-8), or nothing. */
function fileNameFrom(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string' || header === '') return undefined;
  try {
    return decodeURIComponent(header);
  } catch {
    return header;
  }
}

/**
 * A chat visitor adds a photo or a PDF: it becomes their message in the conversation (its text says
 * a file came), with the file, announced live like any message of theirs. Only the types in
 * VISITOR_ATTACHMENT_TYPES, and only when the bytes are what the type says; nothing empty.
 */
export async function addVisitorFile(
  ctx: AppContext,
  conversationId: string,
  file: { contentType: string | undefined; name: string | undefined; content: unknown },
): Promise<void> {
  const type = mediaType(file.contentType);
  if (!VISITOR_TYPES.includes(type) || !Buffer.isBuffer(file.content))
    throw notAPhotoOrPdf(`this request is ${file.contentType ? `"${type}"` : 'without a type'}`);
  if (file.content.length === 0) throw new AppError('bad_request', 'The file is empty.');
  if (file.content.length > ctx.config.attachmentMaxBytes) throw fileTooLarge(ctx.config.attachmentMaxBytes);
  if (!hasSignatureOf(type, file.content)) throw notAPhotoOrPdf(`this file is not the ${type} it says it is`);
  await addCustomerMessage(ctx, conversationId, attachmentsLabel(1), null, {
    attachments: [{ name: file.name, contentType: type, content: file.content }],
    wordless: true,
  });
}

/**
 * POST /api/v1/customer/conversations/:id/attachments: the body is the file itself (a raw body with
 * the file's type as Content-Type, so no multipart parser is needed), its name in X-File-Name. Same
 * per-visitor rate limit as the other customer routes; the token is checked before a byte of the
 * body is read.
 */
export function uploadRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.database.db;
  // Its own scope: the photo and PDF parsers (raw bytes, up to ATTACHMENT_MAX_KB) serve this route
  // only; everywhere else the API keeps speaking JSON alone.
  void app.register((scope, _options, done) => {
    const maxBytes = ctx.config.attachmentMaxBytes;
    const customerOnly = customerOnlyHook(db);
    scope.addContentTypeParser(
      [...VISITOR_ATTACHMENT_TYPES],
      { parseAs: 'buffer', bodyLimit: maxBytes },
      (_request, body, parsed) => parsed(null, body),
    );
    scope.addContentTypeParser('*', (request, _payload, parsed) =>
      parsed(notAPhotoOrPdf(`this request is "${mediaType(request.headers['content-type'])}"`)),
    );
    scope.setErrorHandler((error: FastifyError, request, reply) =>
      errorHandler(
        error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? fileTooLarge(maxBytes) : error,
        request,
        reply,
      ),
    );
    scope.post(
      '/api/v1/customer/conversations/:id/attachments',
      {
        config: customerAccess(ctx.config),
        bodyLimit: maxBytes,
        // Before the body is read: without the conversation's token nobody gets to send bytes.
        preParsing: async (request, _reply, payload) => {
          await customerOnly(request);
          return payload;
        },
        schema: {
          tags: ['customer'],
          summary: 'The customer adds a photo or a PDF to their conversation, as a message of theirs',
          description:
            'The body is the file itself, with its type as the Content-Type (image/jpeg, image/png, image/webp, image/gif or application/pdf) ' +
            `and its name, percent-encoded, in the ${FILE_NAME_HEADER} header. Larger than ATTACHMENT_MAX_KB: 413; another type, ` +
            'or bytes that are not what the type says: 415.',
          security: [],
          params: IdParams,
          response: { 201: CustomerConversationView },
        },
      },
      async (request, reply) => {
        const { id } = request.params as Static<typeof IdParams>;
        await addVisitorFile(ctx, id, {
          contentType: request.headers['content-type'],
          name: fileNameFrom(request.headers[FILE_NAME_HEADER]),
          content: request.body,
        });
        return reply.status(201).send(await customerView(ctx, id));
      },
    );
    done();
  });
}
