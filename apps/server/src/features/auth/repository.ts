import type { Role } from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';
import type { Actor } from './actor.js';

export async function insertSession(
  db: Kysely<Tables>,
  session: { idHash: string; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function deleteSession(db: Kysely<Tables>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOfUser(db: Kysely<Tables>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function findSessionActor(
  db: Kysely<Tables>,
  idHash: string,
  now: string,
): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.role'])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.expires_at', '>', now)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst();
  return row && { type: 'user', id: row.id, role: row.role as Role };
}

export async function findTokenActor(db: Kysely<Tables>, tokenHash: string): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'role'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row && { type: 'token', id: row.id, role: row.role as Role };
}

export async function touchToken(db: Kysely<Tables>, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}
