import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { DUMMY_PASSWORD_HASH, hashToken, randomSecret, verifyPassword } from '../../platform/secrets.js';
import { findUserByEmail } from '../users/repository.js';
import { deleteSession, insertSession } from './repository.js';

export interface SignedIn {
  userId: string;
  secret: string;
  expiresAt: Date;
}

export async function signIn(ctx: AppContext, email: string, password: string): Promise<SignedIn> {
  const user = await findUserByEmail(ctx.database.db, email);
  // Verify against a dummy hash for unknown emails too: the answer time must not reveal who has an account.
  const valid = await verifyPassword(password, user?.password_hash ?? DUMMY_PASSWORD_HASH);
  if (!user || !valid || user.disabled_at !== null) throw new AppError('invalid_credentials');
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3600_000);
  const secret = randomSecret();
  await insertSession(ctx.database.db, {
    idHash: hashToken(secret),
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { userId: user.id, secret, expiresAt };
}

export async function signOut(ctx: AppContext, secret: string): Promise<void> {
  await deleteSession(ctx.database.db, hashToken(secret));
}
