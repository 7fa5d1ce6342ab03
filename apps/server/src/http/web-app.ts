import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** apps/web/dist, seen from apps/server/src/http (tests, tsx) and apps/server/dist/http (npm start) alike. */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

// Scripts only from our own origin; styles set by script (charts) are allowed, markup styles are not.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

/**
 * Serves the web app built by Vite: the help centre at /help, the staff workspace at every other page
 * address (the browser app routes itself), hashed assets cached for a year. Returns the handler for
 * addresses nothing else answers, so the caller can keep API misses as JSON errors.
 */
export async function registerWebApp(
  app: FastifyInstance,
  root = WEB_DIST,
): Promise<((request: FastifyRequest, reply: FastifyReply) => FastifyReply) | null> {
  if (!existsSync(`${root}index.html`) || !existsSync(`${root}help.html`)) {
    app.log.warn({ root }, 'The web app is not built (run npm run build); serving the API only');
    return null;
  }
  await app.register(fastifyStatic, {
    root: `${root}assets`,
    prefix: '/assets/',
    decorateReply: true,
    index: false,
    // sendFile of the pages goes through this plugin too; only hashed assets may be cached for good.
    setHeaders(res, path) {
      if (path.startsWith(`${root}assets`))
        res.header('cache-control', 'public, max-age=31536000, immutable');
    },
  });
  const page = (file: 'index.html' | 'help.html') => (_request: FastifyRequest, reply: FastifyReply) =>
    reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .sendFile(file, root, { cacheControl: false });
  const helpPage = page('help.html');
  for (const url of ['/help', '/help/*']) {
    app.get(url, { schema: { hide: true } }, helpPage);
  }
  return page('index.html');
}
