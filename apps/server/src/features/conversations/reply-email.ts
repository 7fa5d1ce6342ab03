import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { normaliseIdentity } from '../customers/identities.js';
import { insertMessage, updateConversation } from './repository.js';
import { announced, messageRow, requireConversation } from './service.js';

/**
 * A chat visitor asks for our replies by mail too. From now on every staff reply (never a note)
 * also goes to this address (email/queue.ts), and a reply from it that names our mail continues
 * the conversation (email/receive.ts). The address is not linked to any customer: typing it proves
 * nothing. An internal note keeps when it was given, so staff can tell where earlier mail went.
 */
export async function setReplyEmail(ctx: AppContext, conversationId: string, email: string): Promise<void> {
  if (!ctx.mailer)
    throw new AppError('conflict', 'This service sends no email, so replies cannot go by email.');
  const address = normaliseIdentity('email', email);
  const at = ctx.clock.now();
  const note = messageRow(conversationId, at, {
    author_kind: 'system',
    author_id: null,
    internal: 1,
    body:
      `De klant wil antwoorden ook per e-mail, naar ${address} / ` +
      `The customer wants replies by email too, to ${address}`,
  });
  const changed = await ctx.database.db.transaction().execute(async (trx) => {
    const row = await requireConversation(trx, conversationId);
    if (row.reply_email === address) return false;
    await updateConversation(trx, row.id, { reply_email: address });
    await insertMessage(trx, note);
    return true;
  });
  if (changed) await announced(ctx, 'message.added', conversationId, at.toISOString(), note);
}
