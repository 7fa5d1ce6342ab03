import type { AddressObject, ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import type { AppContext } from '../../context.js';
import { receiveMail, SmtpRefusal, type IncomingMail } from './receive.js';

export interface MailListener {
  port: number;
  close(): Promise<void>;
}

/**
 * Listens for customer mail over SMTP. It is meant to sit behind the organisation's mail server
 * (which relays the support address here), so it offers neither AUTH nor STARTTLS.
 */
export async function listenForMail(
  ctx: AppContext,
  options: { port: number; host: string; maxBytes: number },
): Promise<MailListener> {
  const server = new SMTPServer({
    size: options.maxBytes,
    disabledCommands: ['AUTH', 'STARTTLS'],
    banner: 'Klantstem',
    logger: false,
    onData(stream, _session, callback) {
      accept(ctx, stream).then(
        () => callback(),
        (err: unknown) => {
          if (err instanceof SmtpRefusal) return callback(err);
          ctx.logger.error({ err }, 'receiving a mail failed');
          // A temporary failure: the sending server tries again later, so the mail is not lost.
          callback(new SmtpRefusal(451, 'Could not store the message; try again later'));
        },
      );
    },
  });
  server.on('error', (err) => ctx.logger.warn({ err }, 'SMTP listener error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  ctx.logger.info({ port, host: options.host }, `Klantstem receives mail on smtp://${options.host}:${port}`);
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function accept(ctx: AppContext, stream: SMTPServerDataStream): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) if (!stream.sizeExceeded) chunks.push(chunk as Buffer);
  if (stream.sizeExceeded) throw new SmtpRefusal(552, 'Message exceeds the maximum size');
  const mail = incoming(await simpleParser(Buffer.concat(chunks)));
  const filed = await receiveMail(ctx, mail);
  ctx.logger.info({ ...filed, from: mail.from, messageId: mail.messageId }, 'mail received');
}

function incoming(parsed: ParsedMail): IncomingMail {
  const from = firstAddress(parsed.from);
  if (!from) throw new SmtpRefusal(550, 'The message has no From address');
  const references = parsed.references ?? [];
  return {
    from,
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    messageId: parsed.messageId ?? null,
    inReplyTo: parsed.inReplyTo ?? null,
    references: typeof references === 'string' ? [references] : references,
    automatic: autoSubmitted(parsed),
    // Inline images too: mailparser lists them with the others (related: true).
    attachments: parsed.attachments.map((a) => ({
      name: a.filename,
      contentType: a.contentType,
      content: a.content,
    })),
  };
}

/** Auto-Submitted is absent or "no" on mail a person sent; anything else was sent by a machine. */
function autoSubmitted(parsed: ParsedMail): boolean {
  const header = parsed.headers.get('auto-submitted');
  const value = typeof header === 'object' && header !== null && 'value' in header ? header.value : header;
  return typeof value === 'string' && value.trim() !== '' && !/^no\b/i.test(value.trim());
}

function firstAddress(field: AddressObject | undefined): string | undefined {
  return field?.value.find((a) => a.address)?.address;
}
