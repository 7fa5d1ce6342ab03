import type { Role, User } from '@klantstem/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { Tables, UsersTable } from '../../db/tables.js';

export async function findUserByEmail(db: Kysely<Tables>, email: string) {
  return db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

export async function findUserRow(db: Kysely<Tables>, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(db: Kysely<Tables>, row: UsersTable): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

export async function updateUser(
  db: Kysely<Tables>,
  id: string,
  patch: Partial<Pick<UsersTable, 'name' | 'role' | 'disabled_at' | 'password_hash'>>,
): Promise<void> {
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

export async function countActiveAdmins(db: Kysely<Tables>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listUsers(db: Kysely<Tables>, ids?: string[]): Promise<User[]> {
  let q = db.selectFrom('users').selectAll().orderBy('name');
  if (ids) q = q.where('id', 'in', ids.length ? ids : ['']);
  const rows = await q.execute();
  const memberships = await db.selectFrom('team_members').select(['team_id', 'user_id']).execute();
  return rows.map((row) =>
    toUser(
      row,
      memberships.filter((m) => m.user_id === row.id).map((m) => m.team_id),
    ),
  );
}

export function toUser(row: Selectable<UsersTable>, teams: string[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    teams,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at,
  };
}
