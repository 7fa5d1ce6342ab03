import type { AttachmentInfo } from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { ConversationAttachmentsTable, Tables } from '../../db/tables.js';
import { sortableId } from '../../platform/secrets.js';
import { mediaType, safeFileName } from './files.js';

/** A file as it arrives, before it is made safe to store. */
export interface NewAttachment {
  /** The name the sender gave, if any (made safe when stored). */
  name: string | undefined;
  contentType: string;
  content: Buffer;
}

/** The rows for a message's files: safe names, plain media types, sizes counted from the bytes. */
export function attachmentRows(
  message: { id: string; conversation_id: string; created_at: string },
  files: readonly NewAttachment[],
): ConversationAttachmentsTable[] {
  const at = new Date(message.created_at);
  return files.map((file, i) => {
    const contentType = mediaType(file.contentType);
    return {
      id: sortableId('a', at),
      message_id: message.id,
      conversation_id: message.conversation_id,
      name: safeFileName(file.name, contentType, i + 1),
      content_type: contentType,
      size: file.content.length,
      content: file.content,
      created_at: message.created_at,
    };
  });
}

export async function insertAttachments(
  db: Kysely<Tables>,
  rows: readonly ConversationAttachmentsTable[],
): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('conversation_attachments')
      .values([...rows])
      .execute();
}

/** message id -> what its files are (never their bytes), in the order they came. */
export async function attachmentsOf(
  db: Kysely<Tables>,
  conversationId: string,
): Promise<Map<string, AttachmentInfo[]>> {
  const rows = await db
    .selectFrom('conversation_attachments')
    .select(['id', 'message_id', 'name', 'content_type', 'size'])
    .where('conversation_id', '=', conversationId)
    .orderBy('id')
    .execute();
  const map = new Map<string, AttachmentInfo[]>();
  for (const r of rows) {
    const info = { id: r.id, name: r.name, contentType: r.content_type, size: Number(r.size) };
    map.set(r.message_id, [...(map.get(r.message_id) ?? []), info]);
  }
  return map;
}

/** One file of a conversation with its bytes; undefined when it belongs to another conversation. */
export async function findAttachment(db: Kysely<Tables>, conversationId: string, attachmentId: string) {
  return db
    .selectFrom('conversation_attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('conversation_id', '=', conversationId)
    .executeTakeFirst();
}
