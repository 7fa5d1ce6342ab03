import nodemailer from 'nodemailer';

/** One outgoing mail, with the threading headers a mail client uses to group it. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
  inReplyTo: string | null;
  references: string[];
}

/** Sends mail; behind this interface so tests and other transports can take its place. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Sends through an SMTP server (the organisation's relay) with nodemailer. */
export class SmtpMailer implements Mailer {
  private readonly transport;

  constructor(url: string) {
    // Time limits well inside the outbox's claim (CLAIM_MS), so a hung relay is a failed attempt
    // (tried again later) rather than a mail another process takes over while this one still sends.
    this.transport = nodemailer.createTransport({
      url,
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      ...(mail.inReplyTo && { inReplyTo: mail.inReplyTo }),
      ...(mail.references.length > 0 && { references: mail.references }),
    });
  }

  close(): void {
    this.transport.close();
  }
}
