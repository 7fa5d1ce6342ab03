import type { AppContext } from '../../context.js';
import { randomSecret } from '../../platform/secrets.js';
import { insertMessage } from '../conversations/repository.js';
import { announced, messageRow } from '../conversations/service.js';
import type { Mailer } from './mailer.js';
import { claimMail, dueMail, settleMail, type OutboxRow } from './repository.js';
import { isPermanent, sendReplyMail } from './send.js';

const MINUTE = 60_000;

/** How long to wait after each failed attempt before the next; after the last, we give up. */
export const RETRY_AFTER_MS = [MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 360 * MINUTE] as const;
export const MAX_ATTEMPTS = RETRY_AFTER_MS.length + 1;

/**
 * How long a sender holds a mail it claimed. A sender that dies meanwhile (a restart mid-send)
 * leaves the mail to be taken over after this, so it may then go twice, never not at all.
 * Longer than the mailer's own time limits (mailer.ts).
 */
export const CLAIM_MS = 5 * MINUTE;

/** How often a sender looks for due mail besides being woken (retries, other processes' mail). */
export const POLL_MS = 30_000;

const BATCH = 20;

/**
 * Sends the mail in the outbox (mail_outbox) that is due. Every server process runs one; they share
 * the queue through the database and claim each mail atomically, so one mail goes out once.
 * Passes in one process run one after another.
 */
export class MailOutbox {
  private tail: Promise<unknown> = Promise.resolve();
  private wakePending = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly ctx: AppContext,
    private readonly mailer: Mailer,
  ) {}

  /** Looks for due mail now and every `pollMs` until closed. */
  start(pollMs = POLL_MS): void {
    this.wake();
    this.timer = setInterval(() => this.wake(), pollMs);
    this.timer.unref();
  }

  /** Sends all mail due now (after any pass under way); resolves with how many were tried. */
  sendDue(): Promise<number> {
    const pass = this.tail.then(() => this.pass());
    this.tail = pass.catch(() => undefined);
    return pass;
  }

  /** A pass in the background: mail was queued, or time has passed. Wakes while one waits are one. */
  wake(): void {
    if (this.closed || this.wakePending) return;
    this.wakePending = true;
    this.tail = this.tail.then(async () => {
      this.wakePending = false;
      try {
        await this.pass();
      } catch (err) {
        this.ctx.logger.error({ err }, 'sending queued mail failed');
      }
    });
  }

  /** Stops looking; waits for the mail being sent now. What is still queued stays for the next start. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.tail;
  }

  private async pass(): Promise<number> {
    let tried = 0;
    for (;;) {
      const now = this.ctx.clock.now();
      const due = await dueMail(this.ctx.database.db, now.toISOString(), BATCH);
      for (const messageId of due) {
        if (this.closed) return tried;
        const claim = randomSecret(12);
        const until = new Date(now.getTime() + CLAIM_MS).toISOString();
        const mail = await claimMail(this.ctx.database.db, messageId, now.toISOString(), claim, until);
        if (!mail) continue; // another sender has it
        tried += 1;
        await this.deliver(mail, claim);
      }
      // What was due is claimed, sent or rescheduled now, so a full batch means there may be more.
      if (due.length < BATCH) return tried;
    }
  }

  private async deliver(mail: OutboxRow, claim: string): Promise<void> {
    const { ctx } = this;
    const db = ctx.database.db;
    try {
      await sendReplyMail(ctx, this.mailer, mail);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const now = ctx.clock.now();
      const log = {
        err: error,
        conversationId: mail.conversation_id,
        to: mail.to_address,
        attempt: mail.attempts,
      };
      if (isPermanent(error) || mail.attempts >= MAX_ATTEMPTS) {
        ctx.logger.error(log, 'a reply could not be sent by email: given up');
        await this.giveUp(mail, claim, reason, now);
      } else {
        const retryAt = new Date(now.getTime() + RETRY_AFTER_MS[mail.attempts - 1]!);
        ctx.logger.warn({ ...log, retryAt }, 'sending a reply by email failed: trying again later');
        const settled = await settleMail(db, mail.message_id, claim, {
          state: 'queued',
          last_error: reason,
          next_attempt_at: retryAt.toISOString(),
        });
        if (settled) await announced(ctx, 'conversation.changed', mail.conversation_id, now.toISOString());
      }
      return;
    }
    const now = ctx.clock.now().toISOString();
    const settled = await settleMail(db, mail.message_id, claim, {
      state: 'sent',
      last_error: null,
      sent_at: now,
    });
    if (settled) await announced(ctx, 'conversation.changed', mail.conversation_id, now);
  }

  /** Failed for good: only now a system note on the conversation says so, once. */
  private async giveUp(mail: OutboxRow, claim: string, reason: string, at: Date): Promise<void> {
    const to = mail.to_address;
    const note = messageRow(mail.conversation_id, at, {
      author_kind: 'system',
      author_id: null,
      internal: 1,
      body:
        `Deze reactie is niet per e-mail verstuurd${to ? ` naar ${to}` : ''} / ` +
        `This reply was not sent by email${to ? ` to ${to}` : ''}: ${reason}`,
    });
    const settled = await this.ctx.database.db.transaction().execute(async (trx) => {
      if (!(await settleMail(trx, mail.message_id, claim, { state: 'failed', last_error: reason })))
        return false;
      await insertMessage(trx, note);
      return true;
    });
    if (settled) await announced(this.ctx, 'message.added', mail.conversation_id, at.toISOString(), note);
  }
}
