import type { Article, ArticleInput } from '@klantstem/contracts';
import { detectLanguage } from '@klantstem/core';
import type { Kysely, Selectable } from 'kysely';
import type { ArticlesTable, Tables } from '../../db/tables.js';
import { parseJsonStrings } from '../../lib/json.js';
import { sha256 } from '../../platform/secrets.js';

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/** Creates or replaces an article by its own id; an identical re-import changes nothing. */
export async function upsertArticle(
  trx: Kysely<Tables>,
  input: ArticleInput,
  now: string,
): Promise<UpsertOutcome> {
  const detected = detectLanguage(`${input.title}\n${input.body}`);
  const fields = {
    title: input.title,
    body: input.body,
    lang: input.lang ?? (detected === 'unknown' ? 'nl' : detected),
    url: input.url ?? null,
    tags: JSON.stringify(input.tags ?? []),
  };
  const contentHash = sha256(JSON.stringify(fields));
  const existing = await trx
    .selectFrom('articles')
    .select('content_hash')
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (existing?.content_hash === contentHash) return 'unchanged';
  if (existing) {
    await trx
      .updateTable('articles')
      .set({ ...fields, content_hash: contentHash, updated_at: now })
      .where('id', '=', input.id)
      .execute();
    return 'updated';
  }
  await trx
    .insertInto('articles')
    .values({ id: input.id, ...fields, content_hash: contentHash, created_at: now, updated_at: now })
    .execute();
  return 'created';
}

export function toArticle(row: Selectable<ArticlesTable>): Article {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    lang: row.lang,
    url: row.url,
    tags: parseJsonStrings(row.tags),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findArticle(db: Kysely<Tables>, id: string): Promise<Article | undefined> {
  const row = await db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toArticle(row);
}

export async function listArticles(
  db: Kysely<Tables>,
  filter: { lang?: string; updatedSince?: string },
): Promise<Article[]> {
  let q = db.selectFrom('articles').selectAll();
  if (filter.lang) q = q.where('lang', '=', filter.lang);
  if (filter.updatedSince) q = q.where('updated_at', '>=', new Date(filter.updatedSince).toISOString());
  const rows = await q.orderBy('title').execute();
  return rows.map(toArticle);
}
