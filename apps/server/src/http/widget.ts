import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sendError } from './error-handler.js';
import { AppError } from './errors.js';

/** apps/widget/dist/widget.js, seen from apps/server/src/http and apps/server/dist/http alike. */
export const WIDGET_FILE = fileURLToPath(new URL('../../../widget/dist/widget.js', import.meta.url));

// Host pages link one fixed address (no hash in the name): kept for an hour, then revalidated by
// ETag, so a new release reaches every site within the hour.
const CACHE_CONTROL = 'public, max-age=3600';

/**
 * Serves the chat widget at /widget.js for any site to embed with a script tag. Read once at start;
 * without a build the address answers 404 and the rest of the server runs as usual.
 */
export function registerWidget(app: FastifyInstance, file = WIDGET_FILE): void {
  const script = existsSync(file) ? readFileSync(file) : null;
  if (!script) app.log.warn({ file }, 'The chat widget is not built (run npm run build); /widget.js is 404');
  const etag = script && `"${createHash('sha256').update(script).digest('base64url').slice(0, 32)}"`;

  app.get('/widget.js', { schema: { hide: true } }, (request, reply) => {
    if (!script || !etag) return sendError(reply, new AppError('not_found', 'The chat widget is not built.'));
    reply
      .header('cache-control', CACHE_CONTROL)
      .header('etag', etag)
      .header('x-content-type-options', 'nosniff')
      // Other sites load it: also those that isolate themselves (COEP) or use <script crossorigin>.
      .header('cross-origin-resource-policy', 'cross-origin')
      .header('access-control-allow-origin', '*');
    if (request.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.type('text/javascript; charset=utf-8').send(script);
  });
}
