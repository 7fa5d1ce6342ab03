import type { Handoff, TransferInput } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { invalid } from '../../http/errors.js';
import { sortableId } from '../../platform/secrets.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';
import { activeUserIds, insertTransfer, isTeamMember, teamExists, updateConversation } from './repository.js';
import { announced, ownerFor, requireConversation, userOf } from './service.js';

/**
 * Hands a conversation to another team and/or person, with a note for the receiver. To a team
 * alone: the customer's contact person if they are in it, else the member with the fewest open
 * conversations. To a person alone: the team stays.
 */
export async function transferConversation(
  ctx: AppContext,
  actor: Actor,
  conversationId: string,
  input: TransferInput,
): Promise<Handoff> {
  if (!input.toTeam && !input.toUser) throw invalid('toTeam', 'say where it goes: toTeam, toUser or both');
  const at = ctx.clock.now();
  const now = at.toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await requireConversation(trx, conversationId);
    if (input.toTeam && !(await teamExists(trx, input.toTeam)))
      throw invalid('toTeam', 'no team has this id');
    if (input.toUser && !(await activeUserIds(trx, [input.toUser])).has(input.toUser))
      throw invalid('toUser', 'no active staff user has this id');
    if (input.toTeam && input.toUser && !(await isTeamMember(trx, input.toTeam, input.toUser)))
      throw invalid('toUser', `this person is not a member of team ${input.toTeam}`);
    const team = input.toTeam ?? row.team_id;
    const owner =
      input.toUser ?? (team ? await ownerFor(trx, ctx.database.dialect, team, row.customer_id) : null);
    await insertTransfer(trx, {
      id: sortableId('t', at),
      conversation_id: row.id,
      from_team_id: row.team_id,
      to_team_id: team,
      from_user_id: row.owner_id,
      to_user_id: owner,
      note: input.note.trim(),
      by_user_id: userOf(actor),
      at: now,
    });
    await updateConversation(trx, row.id, { team_id: team, owner_id: owner, updated_at: now });
    await recordAudit(trx, actor, now, {
      action: 'conversation.transferred',
      entityType: 'conversation',
      entityId: row.id,
      details: { fromTeam: row.team_id, toTeam: team, fromUser: row.owner_id, toUser: owner },
    });
  });
  return (await announced(ctx, 'conversation.changed', conversationId, now)).handoff!;
}
