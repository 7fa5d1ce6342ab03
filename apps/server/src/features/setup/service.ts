import type { User } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import { hashToken, randomSecret } from '../../platform/secrets.js';
import { SYSTEM_ACTOR } from '../auth/actor.js';
import { countActiveAdmins } from '../users/repository.js';
import { createUser } from '../users/service.js';

const SETUP_TOKEN_TTL_MS = 24 * 3600_000;

export async function setupNeeded(ctx: AppContext): Promise<boolean> {
  return (await countActiveAdmins(ctx.database.db)) === 0;
}

/**
 * On a first start there is no administrator and no default password: a one-time link with a
 * random token lets whoever reads the server's log create the first administrator.
 */
export async function issueSetupLink(ctx: AppContext): Promise<string | undefined> {
  if (!(await setupNeeded(ctx))) return undefined;
  const secret = randomSecret(24);
  const now = ctx.clock.now();
  await ctx.database.db
    .insertInto('setup_tokens')
    .values({
      token_hash: hashToken(secret),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SETUP_TOKEN_TTL_MS).toISOString(),
      used_at: null,
    })
    .execute();
  return `${ctx.config.publicUrl}/setup?token=${secret}`;
}

export async function completeSetup(
  ctx: AppContext,
  input: { token: string; email: string; name: string; password: string },
): Promise<User> {
  if (!(await setupNeeded(ctx))) throw new AppError('setup_done');
  const now = ctx.clock.now().toISOString();
  // Claim the token first (one use only), so two people racing with one link cannot both succeed.
  const claimed = await ctx.database.db
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', hashToken(input.token))
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) {
    throw new AppError(
      'forbidden',
      'This setup link is not valid or has expired. Restart Klantstem for a new one.',
    );
  }
  return createUser(ctx, SYSTEM_ACTOR, {
    email: input.email,
    name: input.name,
    password: input.password,
    role: 'admin',
  });
}
