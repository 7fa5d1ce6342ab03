import type { CustomerConversationView } from '@klantstem/contracts';
import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import type { AppContext } from '../../context.js';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';
import { AppError, notFound } from '../../http/errors.js';
import { hashToken } from '../../platform/secrets.js';
import { attachmentsOf } from '../attachments/repository.js';
import { contactPersonOf } from '../customers/repository.js';
import { findUserRow } from '../users/repository.js';
import { findConversation, messagesOf, promisesOf, toPromise } from './repository.js';

export const CUSTOMER_TOKEN_HEADER = 'x-conversation-token';

/** Per visitor address (CUSTOMER_REQUESTS_PER_MINUTE): plenty for a person typing, too little to flood. */
export const customerAccess = (config: Config) =>
  ({
    access: 'public',
    rateLimit: { max: config.customerRequestsPerMinute, timeWindow: '1 minute' },
  }) as const;

/** Runs before the body is validated: without the conversation's token a caller learns nothing. */
export const customerOnlyHook = (db: Kysely<Tables>) => async (request: FastifyRequest) =>
  authorizeCustomer(db, (request.params as { id?: string }).id ?? '', request.headers[CUSTOMER_TOKEN_HEADER]);

/**
 * A customer's token opens exactly one conversation. A wrong token and an unknown conversation get
 * the same answer, so a guess learns nothing about which conversations exist.
 */
export async function authorizeCustomer(
  db: Kysely<Tables>,
  conversationId: string,
  token: string | string[] | undefined,
): Promise<void> {
  if (typeof token !== 'string' || token === '')
    throw new AppError(
      'unauthenticated',
      `Send the conversation's token in the ${CUSTOMER_TOKEN_HEADER} header.`,
    );
  const row = await findConversation(db, conversationId);
  const given = Buffer.from(hashToken(token));
  const stored = Buffer.from(row?.customer_token_hash ?? '');
  if (!row || given.length !== stored.length || !timingSafeEqual(given, stored))
    throw notFound('Conversation');
}

/**
 * What the customer sees: their words and our replies (with the names of the files on them), never
 * internal notes or staff ids; whether
 * replies also go by mail, never the address (whoever holds the token need not learn it).
 */
export async function customerView(
  ctx: AppContext,
  conversationId: string,
): Promise<CustomerConversationView> {
  const db = ctx.database.db;
  const now = ctx.clock.now().toISOString();
  const row = await findConversation(db, conversationId);
  if (!row) throw notFound('Conversation');
  const contact = row.customer_id ? await contactPersonOf(db, row.customer_id) : null;
  const owner = row.owner_id ? await findUserRow(db, row.owner_id) : undefined;
  const messages = await messagesOf(db, conversationId);
  const files = await attachmentsOf(db, conversationId);
  const promises = (await promisesOf(db, conversationId)).map((p) => toPromise(p, now));
  return {
    id: row.id,
    status: row.status as CustomerConversationView['status'],
    subject: row.subject,
    contactPerson: contact && { name: contact.name },
    handledBy: owner ? { name: owner.name } : null,
    messages: messages
      .filter((m) => m.internal === 0 && m.author_kind !== 'system')
      .map((m) => ({
        id: m.id,
        from: m.author_kind === 'customer' ? ('you' as const) : ('us' as const),
        body: m.body,
        createdAt: m.created_at,
        attachments: files.get(m.id) ?? [],
      })),
    openPromises: promises.filter((p) => p.status === 'open').map((p) => ({ text: p.text, dueAt: p.dueAt })),
    attachmentMaxBytes: ctx.config.attachmentMaxBytes,
    replyByEmailOffered: ctx.mailer !== null,
    // Only while mail is sent: an address left before SMTP_OUTBOUND_URL was removed gets nothing.
    replyByEmail: ctx.mailer !== null && row.reply_email !== null,
  };
}
