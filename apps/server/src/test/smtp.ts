import { simpleParser, type ParsedMail } from 'mailparser';
import { createServer, type AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every mail it is given, parsed. */
export interface SmtpSink {
  url: string;
  received: ParsedMail[];
  /** Every recipient a sender tried (RCPT TO), accepted or not, in order. */
  tried: string[];
  /** Resolves with the nth mail (1-based) once it has arrived. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail>;
  close(): Promise<void>;
}

/**
 * A sink that refuses recipients at `refusedDomain` for good (550), as a relay refuses an unknown
 * mailbox, and recipients at `busyDomain` the first time each is tried (451, "try again later", as
 * a greylisting or overloaded relay does), accepting them the next time.
 */
export async function startSmtpSink(
  options: { refusedDomain?: string; busyDomain?: string } = {},
): Promise<SmtpSink> {
  const { refusedDomain = 'refused.test', busyDomain = 'busy.test' } = options;
  const received: ParsedMail[] = [];
  const tried: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const to = address.address.toLowerCase();
      const before = tried.filter((a) => a === to).length;
      tried.push(to);
      if (to.endsWith(`@${refusedDomain}`))
        return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
      if (to.endsWith(`@${busyDomain}`) && before === 0)
        return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
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
    tried,
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

/** A port nobody listens on right now (the OS picks it): a mail server that is down. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
