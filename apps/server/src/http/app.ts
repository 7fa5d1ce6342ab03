import cookie from '@fastify/cookie';
import cors, { type FastifyCorsOptions } from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { FILE_NAME_HEADER } from '@klantstem/contracts';
import type { AppContext } from '../context.js';
import { attachmentRoutes } from '../features/attachments/routes.js';
import { uploadRoutes } from '../features/attachments/upload.js';
import { auditRoutes } from '../features/audit/routes.js';
import { authRoutes } from '../features/auth/routes.js';
import { articleRoutes } from '../features/articles/routes.js';
import { cannedReplyRoutes } from '../features/canned-replies/routes.js';
import { conversationEventRoutes } from '../features/conversations/live.js';
import { conversationRoutes } from '../features/conversations/routes.js';
import { customerRoutes } from '../features/customers/routes.js';
import { glossaryRoutes } from '../features/glossary/routes.js';
import { healthRoutes } from '../features/health/routes.js';
import { helpRoutes } from '../features/help/routes.js';
import { intentRoutes } from '../features/intents/routes.js';
import { overviewRoutes } from '../features/overview/routes.js';
import { setupRoutes } from '../features/setup/routes.js';
import { signalRoutes } from '../features/signals/routes.js';
import { teamRoutes } from '../features/teams/routes.js';
import { tokenRoutes } from '../features/tokens/routes.js';
import { userRoutes } from '../features/users/routes.js';
import { vocabRoutes } from '../features/vocab/routes.js';
import { registerAuth } from './auth.js';
import { errorHandler, sendError } from './error-handler.js';
import { AppError } from './errors.js';
import { validatorCompiler } from './validation.js';
import { registerWebApp, WEB_DIST } from './web-app.js';
import { registerWidget, WIDGET_FILE } from './widget.js';

/**
 * The chat widget runs on other sites and calls the customer API from there. It sends no cookies (its
 * token is a header), so any origin may; every other address stays same-origin only.
 */
const CUSTOMER_API_CORS: FastifyCorsOptions = {
  origin: '*',
  methods: ['GET', 'POST'],
  allowedHeaders: ['content-type', 'x-conversation-token', FILE_NAME_HEADER],
  maxAge: 600,
};

/** Builds the HTTP application; listening (and shutting down) is the caller's business. */
export async function buildApp(
  ctx: AppContext,
  webRoot = WEB_DIST,
  widgetFile = WIDGET_FILE,
): Promise<FastifyInstance> {
  const loggerInstance: FastifyBaseLogger = ctx.logger;
  const app = Fastify({
    loggerInstance,
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: ctx.config.trustProxy,
    // A log line per request only when debugging; errors are logged by our error handler.
    logController: new LogController({
      disableRequestLogging: ctx.config.logLevel !== 'debug' && ctx.config.logLevel !== 'trace',
    }),
    return503OnClosing: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  // The API speaks JSON only; anything else is refused with 415 rather than half-understood.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(errorHandler);
  // Page addresses belong to the browser app, which routes itself; API misses stay JSON errors.
  const webPage = await registerWebApp(app, webRoot);
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    if (webPage && request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/assets/')) {
      return webPage(request, reply);
    }
    return sendError(reply, new AppError('not_found', `There is no ${request.method} ${path}.`));
  });

  await app.register(cookie);
  await app.register(cors, {
    delegator: (request, callback) =>
      callback(null, request.url.startsWith('/api/v1/customer/') ? CUSTOMER_API_CORS : { origin: false }),
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Klantstem API',
        version: '1',
        description:
          'Errors are {"error":{"code","message","details"?}}. Authenticate with the session cookie from ' +
          '/api/v1/auth/signin or an API token as "Authorization: Bearer <token>".',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          session: { type: 'apiKey', in: 'cookie', name: 'ks_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
  });
  registerAuth(app, ctx);

  for (const routes of [
    healthRoutes,
    setupRoutes,
    authRoutes,
    userRoutes,
    tokenRoutes,
    teamRoutes,
    customerRoutes,
    signalRoutes,
    conversationEventRoutes,
    conversationRoutes,
    attachmentRoutes,
    uploadRoutes,
    cannedReplyRoutes,
    articleRoutes,
    glossaryRoutes,
    helpRoutes,
    intentRoutes,
    vocabRoutes,
    overviewRoutes,
    auditRoutes,
  ]) {
    routes(app, ctx);
  }
  registerWidget(app, widgetFile);
  app.get('/api/docs', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());
  await app.ready();
  return app;
}
