import type { AppContext } from '../../context.js';
import { listenForMail, type MailListener } from './inbound.js';
import { MailOutbox } from './outbox.js';

export interface EmailChannel {
  /** The inbound listener, when SMTP_INBOUND_PORT is set. */
  listener: MailListener | null;
  /** The sender of queued mail, when SMTP_OUTBOUND_URL is set. */
  outbox: MailOutbox | null;
  close(): Promise<void>;
}

/**
 * Starts the email channel as configured: the SMTP listener for customer mail, and the sender of
 * the mail staff replies queue (outbox.ts). The sender looks for due mail at start (mail queued
 * before a restart), whenever the event bus tells of a new message (from any process on
 * PostgreSQL), and every POLL_MS for retries.
 */
export async function startEmailChannel(
  ctx: AppContext,
  options: { pollMs?: number } = {},
): Promise<EmailChannel> {
  const { config, mailer } = ctx;
  const outbox = mailer ? new MailOutbox(ctx, mailer) : null;
  const unsubscribe = outbox
    ? await ctx.events.subscribe((event) => {
        if (event.type === 'message.added' && event.internal === false) outbox.wake();
      })
    : undefined;
  outbox?.start(options.pollMs);
  const listener =
    config.smtpInboundPort === null
      ? null
      : await listenForMail(ctx, {
          port: config.smtpInboundPort,
          host: config.smtpInboundHost,
          maxBytes: config.smtpInboundMaxBytes,
        });
  if (listener && !mailer)
    ctx.logger.warn('mail is received but SMTP_OUTBOUND_URL is not set: replies stay in Klantstem');
  return {
    listener,
    outbox,
    async close() {
      unsubscribe?.();
      await listener?.close();
      await outbox?.close();
      mailer?.close();
    },
  };
}
