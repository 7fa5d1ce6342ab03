import type { Team, TeamInput } from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Tables } from '../../db/tables.js';
import { AppError, notFound } from '../../http/errors.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';

export async function listTeams(db: Kysely<Tables>, ids?: string[]): Promise<Team[]> {
  let q = db.selectFrom('teams').selectAll().orderBy('name');
  if (ids) q = q.where('id', 'in', ids.length ? ids : ['']);
  const teams = await q.execute();
  const members = await db.selectFrom('team_members').selectAll().execute();
  const intents = await db.selectFrom('team_intents').selectAll().orderBy('intent').execute();
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    members: members.filter((m) => m.team_id === t.id).map((m) => m.user_id),
    intents: intents.filter((i) => i.team_id === t.id).map((i) => i.intent),
    authority: intents.filter((i) => i.team_id === t.id && i.authority === 1).map((i) => i.intent),
  }));
}

/** Creates or replaces a team, its members and the intents it resolves. */
export async function saveTeam(ctx: AppContext, actor: Actor, input: TeamInput): Promise<Team> {
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    await saveTeamRows(trx, input, now);
    await recordAudit(trx, actor, now, {
      action: 'team.saved',
      entityType: 'team',
      entityId: input.id,
      details: {
        name: input.name,
        members: input.members,
        intents: input.intents,
        authority: input.authority,
      },
    });
  });
  const [team] = await listTeams(ctx.database.db, [input.id]);
  if (!team) throw notFound('Team');
  return team;
}

export async function saveTeamRows(trx: Kysely<Tables>, input: TeamInput, now: string): Promise<void> {
  const members = [...new Set(input.members ?? [])];
  if (members.length > 0) {
    const known = await trx.selectFrom('users').select('id').where('id', 'in', members).execute();
    const unknown = members.filter((m) => !known.some((k) => k.id === m));
    if (unknown.length > 0) {
      throw new AppError('validation_failed', undefined, [
        { field: 'members', message: `unknown user id(s): ${unknown.join(', ')}` },
      ]);
    }
  }
  await trx
    .insertInto('teams')
    .values({ id: input.id, name: input.name, description: input.description ?? null, created_at: now })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({ name: input.name, description: input.description ?? null }),
    )
    .execute();
  if (input.members !== undefined) {
    await trx.deleteFrom('team_members').where('team_id', '=', input.id).execute();
    if (members.length > 0)
      await trx
        .insertInto('team_members')
        .values(members.map((user_id) => ({ team_id: input.id, user_id })))
        .execute();
  }
  const authority = new Set(input.authority ?? []);
  const stray = [...authority].filter((intent) => !(input.intents ?? []).includes(intent));
  if (stray.length > 0) {
    throw new AppError('validation_failed', undefined, [
      { field: 'authority', message: `not among the team's intents: ${stray.join(', ')}` },
    ]);
  }
  if (input.intents !== undefined) {
    await trx.deleteFrom('team_intents').where('team_id', '=', input.id).execute();
    const intents = [...new Set(input.intents)];
    if (intents.length > 0)
      await trx
        .insertInto('team_intents')
        .values(
          intents.map((intent) => ({ team_id: input.id, intent, authority: authority.has(intent) ? 1 : 0 })),
        )
        .execute();
  }
}
