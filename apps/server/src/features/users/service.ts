import type { User, UserInput } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { AppError, notFound } from '../../http/errors.js';
import { hashPassword, randomId } from '../../platform/secrets.js';
import type { Actor } from '../auth/actor.js';
import { deleteSessionsOfUser } from '../auth/repository.js';
import { recordAudit } from '../audit/repository.js';
import {
  countActiveAdmins,
  findUserByEmail,
  findUserRow,
  insertUser,
  listUsers,
  updateUser,
} from './repository.js';

export async function createUser(ctx: AppContext, actor: Actor, input: UserInput): Promise<User> {
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now().toISOString();
  const id = randomId('u');
  await ctx.database.db.transaction().execute(async (trx) => {
    if (await findUserByEmail(trx, email))
      throw new AppError('conflict', `A user with email ${email} already exists.`);
    await insertUser(trx, {
      id,
      email,
      name: input.name.trim(),
      role: input.role,
      password_hash: passwordHash,
      created_at: now,
      disabled_at: null,
    });
    await recordAudit(trx, actor, now, {
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      details: { email, role: input.role },
    });
  });
  return getUser(ctx, id);
}

export async function getUser(ctx: AppContext, id: string): Promise<User> {
  const [user] = await listUsers(ctx.database.db, [id]);
  if (!user) throw notFound('User');
  return user;
}

export interface UserChanges {
  name?: string;
  role?: User['role'];
  disabled?: boolean;
  password?: string;
}

export async function changeUser(
  ctx: AppContext,
  actor: Actor,
  id: string,
  changes: UserChanges,
): Promise<User> {
  const now = ctx.clock.now().toISOString();
  const passwordHash = changes.password ? await hashPassword(changes.password) : undefined;
  await ctx.database.db.transaction().execute(async (trx) => {
    const row = await findUserRow(trx, id);
    if (!row) throw notFound('User');
    const losesAdmin =
      row.role === 'admin' &&
      row.disabled_at === null &&
      (changes.disabled === true || (changes.role && changes.role !== 'admin'));
    if (losesAdmin && (await countActiveAdmins(trx)) <= 1) {
      throw new AppError('conflict', 'Klantstem needs at least one active administrator.');
    }
    await updateUser(trx, id, {
      ...(changes.name !== undefined && { name: changes.name.trim() }),
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.disabled !== undefined && { disabled_at: changes.disabled ? now : null }),
      ...(passwordHash !== undefined && { password_hash: passwordHash }),
    });
    // A changed password or a disabled account ends every open session of that person.
    if (changes.disabled || passwordHash) await deleteSessionsOfUser(trx, id);
    await recordAudit(trx, actor, now, {
      action: 'user.changed',
      entityType: 'user',
      entityId: id,
      details: { ...changes, password: changes.password ? '(changed)' : undefined },
    });
  });
  return getUser(ctx, id);
}
