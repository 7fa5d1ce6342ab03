import type Mail from 'nodemailer/lib/mailer/index.js';
import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../config.js';
import { startEmailChannel, type EmailChannel } from '../features/email/channel.js';
import { describeEachDialect, type TestApp } from './app.js';
import { deliverMail, startSmtpSink, type SmtpSink } from './smtp.js';

export interface SmtpPeers {
  /** Delivers a mail to the app's own SMTP listener, as a customer's mail server would. */
  deliver(mail: Mail.Options): Promise<void>;
  /** Where staff replies go (with `outbound`): a real SMTP server on loopback that keeps them. */
  sink: SmtpSink;
}

/**
 * A suite per dialect (as describeEachDialect) whose app runs its email channel: an SMTP listener
 * on a free loopback port and, with `outbound`, replies sent to a real SMTP sink.
 */
export function describeEmailChannel(
  name: string,
  options: { config?: Partial<Config>; outbound?: boolean },
  body: (t: TestApp, smtp: SmtpPeers) => void,
): void {
  // The sink the running suite's config started: suites of a file run one after another.
  let started: SmtpSink | undefined;
  describeEachDialect(
    name,
    (t) => {
      const smtp = {} as SmtpPeers;
      let channel: EmailChannel;
      beforeAll(async () => {
        if (started) smtp.sink = started;
        channel = await startEmailChannel(t.ctx);
        const port = channel.listener!.port;
        smtp.deliver = (mail) => deliverMail(port, mail);
      });
      afterAll(async () => {
        await channel.close();
        await smtp.sink?.close();
      });
      body(t, smtp);
    },
    {
      config: async () => {
        started = options.outbound ? await startSmtpSink() : undefined;
        const outbound = started
          ? { smtpOutboundUrl: started.url, mailFrom: 'Klantcontact <klantcontact@gemeente.test>' }
          : {};
        return { smtpInboundPort: 0, smtpInboundHost: '127.0.0.1', ...outbound, ...options.config };
      },
    },
  );
}
