import pino, { type Logger } from 'pino';
import type { Config } from './config.js';

/** Structured JSON logs on standard output (pipe through pino-pretty to read them by eye). */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'klantstem' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'password', 'token', 'secret'],
      remove: true,
    },
  });
}
