import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every mail it is given, parsed. */
export interface SmtpSink {
  url: string;
  received: ParsedMail[];
  /** Resolves with the nth mail (1-based) once it has arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/** A sink that refuses recipients at `refusedDomain` (550), as a relay refuses an unknown mailbox. */
export async function startSmtpSink(refusedDomain = 'refused.test'): Promise<SmtpSink> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.endsWith(`@${refusedDomain}`))
        return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline)
          throw new Error(`the sink has ${received.length} mail(s), expected ${count}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return received[count - 1]!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Sends one mail with nodemailer, as a customer's mail server would deliver it. */
export async function deliverMail(port: number, mail: Mail.Options): Promise<void> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    await transport.sendMail({ to: 'support@klantstem.test', ...mail });
  } finally {
    transport.close();
  }
}
