import type { AuditEntry } from '@klantstem/contracts';
import type { Kysely } from 'kysely';
import type { Tables } from '../../db/tables.js';
import { parseJsonObject } from '../../lib/json.js';
import type { Actor } from '../auth/actor.js';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
}

/** Appends to the audit log; call it inside the transaction of the change it records. */
export async function recordAudit(
  db: Kysely<Tables>,
  actor: Actor,
  at: string,
  event: AuditEvent,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at,
      actor_type: actor.type,
      actor_id: actor.id,
      action: event.action,
      entity_type: event.entityType,
      entity_id: event.entityId ?? null,
      details: JSON.stringify(event.details ?? {}),
    })
    .execute();
}

export async function listAudit(
  db: Kysely<Tables>,
  filter: { entityType?: string; entityId?: string; before?: number; limit: number },
): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (filter.entityType) q = q.where('entity_type', '=', filter.entityType);
  if (filter.entityId) q = q.where('entity_id', '=', filter.entityId);
  if (filter.before) q = q.where('id', '<', filter.before);
  const rows = await q.orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actorType: r.actor_type,
    actorId: r.actor_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    details: parseJsonObject(r.details),
  }));
}
