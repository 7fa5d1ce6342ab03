import type { CannedReply, CannedReplyInput } from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Tables } from '../../db/tables.js';
import { invalid, notFound } from '../../http/errors.js';
import { randomId } from '../../platform/secrets.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';
import { teamExists } from '../conversations/repository.js';
import { deleteCannedReply, findCannedReply, insertCannedReply, updateCannedReply } from './repository.js';

async function requireTeam(db: Kysely<Tables>, teamId: string): Promise<void> {
  if (!(await teamExists(db, teamId))) throw invalid('teamId', 'no team has this id');
}

/** Creates a canned reply (id omitted) or replaces one; audited either way. */
export async function saveCannedReply(
  ctx: AppContext,
  actor: Actor,
  input: CannedReplyInput,
  id?: string,
): Promise<CannedReply> {
  const now = ctx.clock.now().toISOString();
  const replyId = id ?? randomId('r');
  await ctx.database.db.transaction().execute(async (trx) => {
    await requireTeam(trx, input.teamId);
    const fields = { team_id: input.teamId, title: input.title.trim(), body: input.body, updated_at: now };
    if (id === undefined) await insertCannedReply(trx, { id: replyId, ...fields, created_at: now });
    else if (!(await updateCannedReply(trx, id, fields))) throw notFound('Canned reply');
    await recordAudit(trx, actor, now, {
      action: id === undefined ? 'canned_reply.created' : 'canned_reply.changed',
      entityType: 'canned_reply',
      entityId: replyId,
      details: { teamId: input.teamId, title: fields.title },
    });
  });
  return (await findCannedReply(ctx.database.db, replyId))!;
}

export async function removeCannedReply(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const existing = await findCannedReply(trx, id);
    if (!existing || !(await deleteCannedReply(trx, id))) throw notFound('Canned reply');
    await recordAudit(trx, actor, now, {
      action: 'canned_reply.deleted',
      entityType: 'canned_reply',
      entityId: id,
      details: { teamId: existing.teamId, title: existing.title, body: existing.body },
    });
  });
}
