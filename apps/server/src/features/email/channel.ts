import type { AppContext } from '../../context.js';
import { listenForMail, type MailListener } from './inbound.js';
import { sendReply } from './send.js';

export interface EmailChannel {
  /** The inbound listener, when SMTP_INBOUND_PORT is set. */
  listener: MailListener | null;
  close(): Promise<void>;
}

/**
 * Starts the email channel as configured: the SMTP listener for customer mail, and sending every
 * staff reply (not notes) on an email conversation. Sending hears of replies through the event bus,
 * so the reply is stored and the request answered before any mail goes out.
 */
export async function startEmailChannel(ctx: AppContext): Promise<EmailChannel> {
  const { config, mailer } = ctx;
  // Replies being sent now: closing waits for them.
  const pending = new Set<Promise<void>>();
  const unsubscribe = mailer
    ? await ctx.events.subscribe((event) => {
        if (event.type !== 'message.added' || event.internal !== false || !event.messageId) return;
        const sending = sendReply(ctx, mailer, event.messageId)
          .catch((err: unknown) => ctx.logger.error({ err, event }, 'sending a reply by email failed'))
          .finally(() => pending.delete(sending));
        pending.add(sending);
      })
    : undefined;
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
    async close() {
      unsubscribe?.();
      await listener?.close();
      await Promise.allSettled(pending);
      mailer?.close();
    },
  };
}
