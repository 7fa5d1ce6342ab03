import type { ApiToken, Role } from '@klantstem/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { ApiTokensTable, Tables } from '../../db/tables.js';
import type { AppContext } from '../../context.js';
import { notFound } from '../../http/errors.js';
import { hashToken, randomId, randomSecret } from '../../platform/secrets.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';

/** Creates an API token for an integration. Only its hash is stored: the secret is shown once. */
export async function createToken(
  ctx: AppContext,
  actor: Actor,
  input: { name: string; role: Role },
): Promise<{ token: ApiToken; secret: string }> {
  const secret = `ks_${randomSecret()}`;
  const now = ctx.clock.now().toISOString();
  const row: ApiTokensTable = {
    id: randomId('t'),
    name: input.name.trim(),
    token_hash: hashToken(secret),
    role: input.role,
    created_by: actor.type === 'user' ? actor.id : null,
    created_at: now,
    last_used_at: null,
    revoked_at: null,
  };
  await ctx.database.db.transaction().execute(async (trx) => {
    await trx.insertInto('api_tokens').values(row).execute();
    await recordAudit(trx, actor, now, {
      action: 'token.created',
      entityType: 'api_token',
      entityId: row.id,
      details: { name: row.name, role: row.role },
    });
  });
  return { token: toToken(row), secret };
}

export async function listTokens(db: Kysely<Tables>): Promise<ApiToken[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().orderBy('created_at', 'desc').execute();
  return rows.map(toToken);
}

export async function revokeToken(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const now = ctx.clock.now().toISOString();
  await ctx.database.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound('Active API token');
    await recordAudit(trx, actor, now, { action: 'token.revoked', entityType: 'api_token', entityId: id });
  });
  ctx.tokens.clear();
}

function toToken(row: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role as Role,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
