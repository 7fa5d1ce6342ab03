import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/connect.js';
import { InProcessEventBus, type EventBus } from './events/bus.js';
import { PostgresEventBus } from './events/postgres.js';
import { SmtpMailer, type Mailer } from './features/email/mailer.js';
import { CustomerResolver } from './features/customers/resolver.js';
import { ActorCache } from './features/auth/actor-cache.js';
import { HelpIndexHolder } from './features/help/index-holder.js';
import { IntentRouter } from './features/intents/router.js';
import { TrainingJobs } from './features/intents/service.js';
import { SignalWriter } from './features/signals/writer.js';
import type { Clock } from './platform/clock.js';

/** Everything with a side effect that features need, passed in (never imported as a global). */
export interface AppContext {
  readonly config: Config;
  readonly database: Database;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly customers: CustomerResolver;
  readonly signals: SignalWriter;
  readonly tokens: ActorCache;
  readonly intents: IntentRouter;
  readonly trainingJobs: TrainingJobs;
  readonly helpIndex: HelpIndexHolder;
  /** Conversation events for live screens, across processes on PostgreSQL. */
  readonly events: EventBus;
  /** Outgoing mail; null when no SMTP_OUTBOUND_URL is configured. */
  readonly mailer: Mailer | null;
}

export function createContext(
  parts: Omit<
    AppContext,
    'customers' | 'signals' | 'tokens' | 'intents' | 'trainingJobs' | 'helpIndex' | 'events' | 'mailer'
  >,
): AppContext {
  const ctx = {
    ...parts,
    customers: new CustomerResolver(),
    tokens: new ActorCache(),
    intents: new IntentRouter(parts),
    trainingJobs: new TrainingJobs(),
    helpIndex: new HelpIndexHolder(parts),
    events: eventBusFor(parts.database, parts.logger),
    mailer: parts.config.smtpOutboundUrl ? new SmtpMailer(parts.config.smtpOutboundUrl) : null,
  } as {
    -readonly [K in keyof AppContext]: AppContext[K];
  };
  ctx.signals = new SignalWriter(ctx);
  return ctx;
}

function eventBusFor(database: Database, logger: Logger): EventBus {
  return database.pool && database.schema
    ? new PostgresEventBus(database.pool, database.schema, logger)
    : new InProcessEventBus();
}
