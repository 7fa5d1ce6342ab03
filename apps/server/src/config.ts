import { DEFAULT_DB_URL, parseDbUrl } from './db/connect.js';

/** Configuration, parsed once at start into a typed, frozen object. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly publicUrl: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly sessionTtlHours: number;
  readonly cookieSecure: boolean;
  readonly bodyLimitBytes: number;
  readonly signInAttemptsPerMinute: number;
  readonly helpRequestsPerMinute: number;
  readonly customerRequestsPerMinute: number;
  readonly trustProxy: boolean;
  /** Inbound SMTP listener port; null keeps the email channel's listener off. */
  readonly smtpInboundPort: number | null;
  readonly smtpInboundHost: string;
  readonly smtpInboundMaxBytes: number;
  /** Where staff replies on email conversations are sent; null sends no mail. */
  readonly smtpOutboundUrl: string | null;
  readonly mailFrom: string;
  /** Largest file that may come with a message (mail attachment or a visitor's upload). */
  readonly attachmentMaxBytes: number;
  /** Most files one message may carry; a mail with more is refused. */
  readonly attachmentMaxCount: number;
}

/** Every variable Klantstem reads, with its default and meaning (the README table mirrors this). */
export const VARIABLES = {
  PORT: { default: '3000', help: 'HTTP port' },
  HOST: { default: 'localhost', help: 'Interface to listen on (0.0.0.0 for all)' },
  DATABASE_URL: { default: DEFAULT_DB_URL, help: 'sqlite:<file> or postgres://user@host:5432/db' },
  PUBLIC_URL: {
    default: 'http://localhost:<PORT>',
    help: 'Address people use to reach Klantstem (links in logs and mail)',
  },
  LOG_LEVEL: { default: 'info', help: 'fatal, error, warn, info, debug, trace or silent' },
  SESSION_TTL_HOURS: { default: '336', help: 'How long a staff sign-in lasts' },
  COOKIE_SECURE: {
    default: 'true when PUBLIC_URL is https',
    help: 'Send the session cookie over HTTPS only',
  },
  BODY_LIMIT_MB: { default: '16', help: 'Largest accepted request body' },
  SIGNIN_ATTEMPTS_PER_MINUTE: { default: '10', help: 'Sign-in attempts allowed per address per minute' },
  HELP_REQUESTS_PER_MINUTE: {
    default: '120',
    help: 'Help-centre searches, clicks and feedback allowed per visitor address per minute',
  },
  CUSTOMER_REQUESTS_PER_MINUTE: {
    default: '60',
    help: 'Requests a visitor (chat widget, customer stream) may make per address per minute',
  },
  TRUST_PROXY: { default: 'false', help: 'Trust X-Forwarded-* headers from a reverse proxy' },
  SMTP_INBOUND_PORT: { default: 'off', help: 'Port of the SMTP listener that receives customer mail' },
  SMTP_INBOUND_HOST: { default: 'localhost', help: 'Interface the SMTP listener binds to' },
  SMTP_INBOUND_MAX_KB: { default: '10240', help: 'Largest accepted mail; larger is refused (552)' },
  SMTP_OUTBOUND_URL: {
    default: 'off',
    help: 'SMTP server for staff replies, e.g. smtp://127.0.0.1:2525 or smtps://user:pass@host',
  },
  MAIL_FROM: { default: 'Klantstem <klantstem@localhost>', help: 'Sender of staff replies by email' },
  ATTACHMENT_MAX_KB: {
    default: '10240',
    help: 'Largest file a message may carry (mail attachment, photo or PDF from the chat); a mail with a larger one is refused (552), an upload gets 413',
  },
  ATTACHMENT_MAX_COUNT: {
    default: '10',
    help: 'Most files one mail may carry; a mail with more is refused (552)',
  },
} as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function parseConfig(
  env: Record<string, string | undefined>,
  overrides: Partial<Config> = {},
): Config {
  const problems: string[] = [];
  const int = (name: keyof typeof VARIABLES, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const bool = (name: keyof typeof VARIABLES, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes'].includes(raw)) return true;
    if (['0', 'false', 'no'].includes(raw)) return false;
    problems.push(`${name} must be true or false, got "${env[name]}"`);
    return fallback;
  };

  const port = overrides.port ?? int('PORT', 3000, 0, 65535);
  const databaseUrl = overrides.databaseUrl ?? (env.DATABASE_URL || DEFAULT_DB_URL);
  try {
    parseDbUrl(databaseUrl);
  } catch (err) {
    problems.push(`DATABASE_URL: ${(err as Error).message}`);
  }
  const publicUrl = overrides.publicUrl ?? (env.PUBLIC_URL || `http://localhost:${port}`);
  if (!/^https?:\/\/[^\s]+$/.test(publicUrl))
    problems.push(`PUBLIC_URL must be an http(s) address, got "${publicUrl}"`);
  const smtpOutboundUrl = env.SMTP_OUTBOUND_URL || null;
  if (smtpOutboundUrl !== null && !/^smtps?:\/\/[^\s]+$/.test(smtpOutboundUrl))
    problems.push(`SMTP_OUTBOUND_URL must be an smtp:// or smtps:// address, got "${smtpOutboundUrl}"`);
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);

  const config: Config = {
    port,
    host: overrides.host ?? (env.HOST || 'localhost'),
    databaseUrl,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    logLevel: overrides.logLevel ?? logLevel,
    sessionTtlHours: int('SESSION_TTL_HOURS', 336, 1, 24 * 365),
    cookieSecure: bool('COOKIE_SECURE', publicUrl.startsWith('https://')),
    bodyLimitBytes: int('BODY_LIMIT_MB', 16, 1, 1024) * 1024 * 1024,
    signInAttemptsPerMinute: int('SIGNIN_ATTEMPTS_PER_MINUTE', 10, 1, 10_000),
    helpRequestsPerMinute: int('HELP_REQUESTS_PER_MINUTE', 120, 1, 1_000_000),
    customerRequestsPerMinute: int('CUSTOMER_REQUESTS_PER_MINUTE', 60, 1, 1_000_000),
    trustProxy: bool('TRUST_PROXY', false),
    smtpInboundPort: env.SMTP_INBOUND_PORT ? int('SMTP_INBOUND_PORT', 0, 0, 65535) : null,
    smtpInboundHost: env.SMTP_INBOUND_HOST || 'localhost',
    smtpInboundMaxBytes: int('SMTP_INBOUND_MAX_KB', 10240, 1, 1024 * 1024) * 1024,
    smtpOutboundUrl,
    mailFrom: env.MAIL_FROM || 'Klantstem <klantstem@localhost>',
    attachmentMaxBytes: int('ATTACHMENT_MAX_KB', 10240, 1, 1024 * 1024) * 1024,
    attachmentMaxCount: int('ATTACHMENT_MAX_COUNT', 10, 1, 1000),
    ...overrides,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
