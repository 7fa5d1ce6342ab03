import { AttachmentParams, AttachmentQuery } from '@klantstem/contracts';
import type { Static } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/errors.js';
import { STAFF } from '../auth/actor.js';
import { contentDisposition, hasSignatureOf, INLINE_IMAGE_TYPES, servedType } from './files.js';
import { findAttachment } from './repository.js';

/**
 * Staff download the files that came with customers' messages (same access as reading the
 * conversation; a file of another conversation is 404).
 *
 * A download never runs in our origin: it is an attachment (a download) unless a PNG, JPEG, GIF or
 * WebP image whose bytes are what it claims is asked for inline; its type is the declared one only
 * when that is a safe type (else application/octet-stream); nosniff stops the browser guessing, and
 * a sandbox policy holds whatever is opened anyway to a scriptless, origin-less page.
 */
export function attachmentRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.database.db;

  app.get(
    '/api/v1/conversations/:id/attachments/:attachmentId',
    {
      config: { access: STAFF },
      schema: {
        tags: ['conversations'],
        summary: 'Download a file that came with a message of this conversation',
        description:
          'Always a download (Content-Disposition: attachment), except a PNG, JPEG, GIF or WebP image asked for with inline=true. ' +
          'Served as its declared type only for images, PDF and plain text; anything else as application/octet-stream.',
        params: AttachmentParams,
        querystring: AttachmentQuery,
      },
    },
    async (request, reply) => {
      const { id, attachmentId } = request.params as Static<typeof AttachmentParams>;
      const { inline } = request.query as Static<typeof AttachmentQuery>;
      const file = await findAttachment(db, id, attachmentId);
      if (!file) throw notFound('Attachment');
      // Both drivers answer a Buffer; a copy is made only if one ever answers a plain Uint8Array.
      const content = Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content);
      const type = servedType(file.content_type);
      const showable = inline === true && INLINE_IMAGE_TYPES.has(type) && hasSignatureOf(type, content);
      return reply
        .header('content-type', type)
        .header('content-disposition', contentDisposition(showable ? 'inline' : 'attachment', file.name))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', 'sandbox')
        .header('cross-origin-resource-policy', 'same-origin')
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );
}
