import type { IntentModelInfo, IntentReport, IntentRoute } from '@klantstem/contracts';
import type { Example } from '@klantstem/core';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { IntentModelsTable, SignalRoutesTable, Tables } from '../../db/tables.js';
import type { Dialect } from '../../db/connect.js';

/** What is kept about a model beside its weights (the `info` JSON column). */
export interface ModelInfoJson {
  intents: string[];
  examples: number;
  threshold: number;
  targetPrecision: number;
  trainSeconds: number;
  modelBytes: number;
  validation: IntentReport | null;
}

export type ModelStatus = IntentModelInfo['status'];

export function toModelInfo(row: Omit<Selectable<IntentModelsTable>, 'model'>): IntentModelInfo {
  const info = JSON.parse(row.info) as ModelInfoJson;
  return {
    id: row.id,
    status: row.status as ModelStatus,
    source: row.source,
    intents: info.intents,
    examples: info.examples,
    threshold: info.threshold,
    targetPrecision: info.targetPrecision,
    trainSeconds: info.trainSeconds,
    modelBytes: info.modelBytes,
    createdAt: row.created_at,
    validation: info.validation,
  };
}

const INFO_COLUMNS = ['id', 'status', 'source', 'info', 'created_at', 'created_by'] as const;

export async function listModels(db: Kysely<Tables>): Promise<IntentModelInfo[]> {
  const rows = await db
    .selectFrom('intent_models')
    .select(INFO_COLUMNS)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toModelInfo);
}

export async function modelWithStatus(
  db: Kysely<Tables>,
  status: ModelStatus,
): Promise<Omit<Selectable<IntentModelsTable>, 'model'> | undefined> {
  return db
    .selectFrom('intent_models')
    .select(INFO_COLUMNS)
    .where('status', '=', status)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function modelText(db: Kysely<Tables>, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('intent_models').select('model').where('id', '=', id).executeTakeFirst();
  return row?.model;
}

/** The new model routes from now on; the one it replaces is kept as the rollback target. */
export async function insertActiveModel(trx: Kysely<Tables>, row: IntentModelsTable): Promise<void> {
  await trx
    .updateTable('intent_models')
    .set({ status: 'retired' })
    .where('status', '=', 'previous')
    .execute();
  await trx.updateTable('intent_models').set({ status: 'previous' }).where('status', '=', 'active').execute();
  await trx.insertInto('intent_models').values(row).execute();
}

/** Swaps the active and the previous model; false when there is nothing to go back to. */
export async function swapToPrevious(trx: Kysely<Tables>): Promise<string | undefined> {
  const previous = await modelWithStatus(trx, 'previous');
  if (!previous) return undefined;
  await trx.updateTable('intent_models').set({ status: 'swap' }).where('status', '=', 'active').execute();
  await trx.updateTable('intent_models').set({ status: 'active' }).where('id', '=', previous.id).execute();
  await trx.updateTable('intent_models').set({ status: 'previous' }).where('status', '=', 'swap').execute();
  return previous.id;
}

/**
 * What the organisation has taught: imported and triaged labels, plus signals whose intent is
 * known from the system they came from (meta.intent). Newest first, at most `limit` of each.
 */
export async function trainingExamples(
  db: Kysely<Tables>,
  dialect: Dialect,
  limit: number,
): Promise<Example[]> {
  const labels = await db
    .selectFrom('labels')
    .select(['text', 'label'])
    .orderBy('created_at', 'desc')
    .limit(limit)
    .execute();
  const intent =
    dialect === 'sqlite'
      ? sql<string | null>`json_extract(meta, '$.intent')`
      : sql<string | null>`(meta::jsonb ->> 'intent')`;
  const signals = await db
    .selectFrom('signals')
    .select(['text', intent.as('label')])
    .where(intent, 'is not', null)
    .where('channel', '!=', 'search')
    .orderBy('at', 'desc')
    .limit(limit)
    .execute();
  return [
    ...labels,
    ...signals.flatMap((s) =>
      typeof s.label === 'string' && s.label.trim() ? [{ text: s.text, label: s.label }] : [],
    ),
  ];
}

/** intent -> the teams that handle it, those with authority first. */
export async function teamsByIntent(db: Kysely<Tables>): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom('team_intents')
    .select(['intent', 'team_id', 'authority'])
    .orderBy('intent')
    .orderBy('authority', 'desc')
    .orderBy('team_id')
    .execute();
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.intent, [...(map.get(r.intent) ?? []), r.team_id]);
  return map;
}

export async function insertRoutes(db: Kysely<Tables>, rows: SignalRoutesTable[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('signal_routes')
    .values(rows)
    .onConflict((oc) => oc.column('signal_id').doNothing())
    .execute();
}

export function routeFromRow(row: Selectable<SignalRoutesTable>): IntentRoute {
  return {
    intent: row.intent,
    team: row.team_id,
    confidence: Number(row.confidence),
    abstained: row.abstained === 1 && row.triaged_at === null,
    outOfScope: row.out_of_scope === 1 && row.triaged_at === null,
    alternatives: JSON.parse(row.alternatives) as IntentRoute['alternatives'],
    modelId: row.model_id,
  };
}

export async function findRoute(
  db: Kysely<Tables>,
  signalId: string,
): Promise<Selectable<SignalRoutesTable> | undefined> {
  return db.selectFrom('signal_routes').selectAll().where('signal_id', '=', signalId).executeTakeFirst();
}

/**
 * Questions the model would not route and no person has triaged yet, oldest first. A conversation's
 * first message is triaged with its conversation (POST /api/v1/conversations/:id/triage) instead.
 */
export async function triageQueue(db: Kysely<Tables>, limit: number) {
  return db
    .selectFrom('signal_routes')
    .innerJoin('signals', 'signals.id', 'signal_routes.signal_id')
    .select([
      'signal_routes.signal_id',
      'signals.text',
      'signals.at',
      'signals.customer_id',
      'signal_routes.confidence',
      'signal_routes.alternatives',
    ])
    .where('signal_routes.team_id', 'is', null)
    .where('signal_routes.triaged_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('conversation_messages')
            .select('conversation_messages.id')
            .whereRef('conversation_messages.signal_id', '=', 'signal_routes.signal_id'),
        ),
      ),
    )
    .orderBy('signal_routes.routed_at')
    .orderBy('signal_routes.signal_id')
    .limit(limit)
    .execute();
}

export async function markTriaged(
  trx: Kysely<Tables>,
  signalId: string,
  decision: { intent: string; team: string | null; by: string | null; at: string },
): Promise<boolean> {
  const result = await trx
    .updateTable('signal_routes')
    .set({
      intent: decision.intent,
      team_id: decision.team,
      triaged_by: decision.by,
      triaged_at: decision.at,
    })
    .where('signal_id', '=', signalId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
