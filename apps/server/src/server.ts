import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { createContext, type AppContext } from './context.js';
import { connect, migrate } from './db/connect.js';
import { startEmailChannel } from './features/email/channel.js';
import { issueSetupLink } from './features/setup/service.js';
import { buildApp } from './http/app.js';
import { createLogger } from './logger.js';
import { systemClock } from './platform/clock.js';

export interface RunningServer {
  app: FastifyInstance;
  ctx: AppContext;
  url: string;
  /** The port the SMTP listener for customer mail took (SMTP_INBOUND_PORT=0 picks a free one), or null. */
  mailPort: number | null;
  /** Stops taking new requests, finishes those in flight, then closes the database. */
  close(): Promise<void>;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config);
  const database = await connect(config.databaseUrl);
  await migrate(database);
  const ctx = createContext({ config, database, clock: systemClock, logger });
  const app = await buildApp(ctx);
  await app.listen({ port: config.port, host: config.host });
  const email = await startEmailChannel(ctx);
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
  logger.info({ url, database: database.dialect }, `Klantstem is listening on ${url}`);

  const setupLink = await issueSetupLink(ctx);
  if (setupLink) {
    logger.warn(
      { setupLink },
      `No administrator yet. Create the first one within 24 hours at ${setupLink} ` +
        '(POST {"token","email","name","password"} to /api/v1/setup) or run: npx klantstem user create --admin',
    );
  }
  let closing: Promise<void> | undefined;
  return {
    app,
    ctx,
    url,
    mailPort: email.listener?.port ?? null,
    close: () =>
      (closing ??= (async () => {
        await email.close();
        await app.close();
        await database.destroy();
      })()),
  };
}

/** SIGTERM/SIGINT: finish in-flight requests, then exit; a second signal exits at once. */
export function closeOnSignals(server: RunningServer): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) process.exit(1);
    signalled = true;
    server.ctx.logger.info({ signal }, 'shutting down: finishing requests in flight');
    server.close().then(
      () => {
        server.ctx.logger.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        server.ctx.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
