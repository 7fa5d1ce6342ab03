import type { CannedReply } from '@klantstem/contracts';
import type { Kysely, Selectable } from 'kysely';
import type { CannedRepliesTable, Tables } from '../../db/tables.js';

function toCannedReply(row: Selectable<CannedRepliesTable>): CannedReply {
  return { id: row.id, teamId: row.team_id, title: row.title, body: row.body, updatedAt: row.updated_at };
}

export async function listCannedReplies(db: Kysely<Tables>, teamId?: string): Promise<CannedReply[]> {
  let q = db.selectFrom('canned_replies').selectAll();
  if (teamId) q = q.where('team_id', '=', teamId);
  const rows = await q.orderBy('team_id').orderBy('title').orderBy('id').execute();
  return rows.map(toCannedReply);
}

export async function findCannedReply(db: Kysely<Tables>, id: string): Promise<CannedReply | undefined> {
  const row = await db.selectFrom('canned_replies').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toCannedReply(row);
}

export async function insertCannedReply(db: Kysely<Tables>, row: CannedRepliesTable): Promise<void> {
  await db.insertInto('canned_replies').values(row).execute();
}

export async function updateCannedReply(
  db: Kysely<Tables>,
  id: string,
  patch: Pick<CannedRepliesTable, 'team_id' | 'title' | 'body' | 'updated_at'>,
): Promise<boolean> {
  const result = await db.updateTable('canned_replies').set(patch).where('id', '=', id).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteCannedReply(db: Kysely<Tables>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('canned_replies').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
