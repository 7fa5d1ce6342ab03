import { parseConfig } from '../config.js';
import { createContext, type AppContext } from '../context.js';
import { connect, migrate } from '../db/connect.js';
import { createLogger } from '../logger.js';
import { systemClock } from '../platform/clock.js';

/** Opens the database for a one-shot command (migrating it first) and closes it afterwards. */
export async function withContext<T>(
  dbUrl: string | undefined,
  work: (ctx: AppContext) => Promise<T>,
): Promise<T> {
  // One-shot commands log only warnings unless asked: their output is the result.
  const config = parseConfig(
    { LOG_LEVEL: 'warn', ...process.env },
    dbUrl !== undefined ? { databaseUrl: dbUrl } : {},
  );
  const database = await connect(config.databaseUrl);
  try {
    await migrate(database);
    return await work(createContext({ config, database, clock: systemClock, logger: createLogger(config) }));
  } finally {
    await database.destroy();
  }
}
