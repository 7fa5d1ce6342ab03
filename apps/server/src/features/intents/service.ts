import type { IntentModelInfo, IntentRoute, IntentTrainingJob } from '@klantstem/contracts';
import { MAX_INTENT_TEXT } from '@klantstem/contracts';
import {
  evaluateIntents,
  IntentClassifier,
  OUT_OF_SCOPE,
  parseIntentModel,
  type EvaluationReport,
  type Example,
} from '@klantstem/core';
import type { AppContext } from '../../context.js';
import { AppError, invalid, notFound } from '../../http/errors.js';
import { randomSecret } from '../../platform/secrets.js';
import type { Actor } from '../auth/actor.js';
import { recordAudit } from '../audit/repository.js';
import {
  insertActiveModel,
  findRoute,
  markTriaged,
  modelText,
  modelWithStatus,
  routeFromRow,
  swapToPrevious,
  teamsByIntent,
  toModelInfo,
  trainingExamples,
  triageQueue,
  type ModelInfoJson,
} from './repository.js';
import { trainOffThread, TrainingError } from './training.js';

/** Newest examples of each source read for training: plenty for a linear model, bounded memory. */
const MAX_TRAINING_EXAMPLES = 200_000;

export interface TrainOptions {
  /** Examples from a file; by default what the organisation taught (labels, triage, known intents). */
  examples?: Example[];
  source?: string;
  targetPrecision?: number;
}

/** Drops blank texts and cuts very long ones; refuses data that cannot make a router. */
export function cleanExamples(examples: readonly Example[]): Example[] {
  const clean = examples.flatMap((e) => {
    const text = e.text.trim().slice(0, MAX_INTENT_TEXT);
    const label = e.label.trim();
    return text && label ? [{ text, label }] : [];
  });
  if (clean.length === 0) {
    throw new AppError('validation_failed', 'There are no labelled examples to train on.', [
      { field: 'examples', message: 'no examples with both a text and a label' },
    ]);
  }
  const intents = new Set(clean.map((e) => e.label).filter((l) => l !== OUT_OF_SCOPE));
  if (intents.size < 2) {
    throw new AppError('validation_failed', 'Training needs examples of at least two intents.', [
      { field: 'examples', message: `found ${intents.size} intent(s): ${[...intents].join(', ') || 'none'}` },
    ]);
  }
  return clean;
}

/** Trains off the main thread, stores the model as active (the old one stays for rollback), audited. */
export async function trainAndActivate(
  ctx: AppContext,
  actor: Actor,
  options: TrainOptions = {},
): Promise<IntentModelInfo> {
  const source = options.source ?? 'workspace';
  const examples = cleanExamples(
    options.examples ??
      (await trainingExamples(ctx.database.db, ctx.database.dialect, MAX_TRAINING_EXAMPLES)),
  );
  let text: string;
  try {
    text = await trainOffThread({
      examples,
      ...(options.targetPrecision !== undefined && { targetPrecision: options.targetPrecision }),
    });
  } catch (error) {
    if (error instanceof TrainingError) throw new AppError('validation_failed', error.message);
    throw error;
  }
  const model = parseIntentModel(text);
  const info: ModelInfoJson = {
    intents: model.labels,
    examples: model.examples,
    threshold: model.threshold,
    targetPrecision: model.targetPrecision,
    trainSeconds: model.trainSeconds,
    modelBytes: text.length,
    validation: model.validation ?? null,
  };
  const now = ctx.clock.now().toISOString();
  const row = {
    id: `im_${now.replace(/\D/g, '').slice(0, 14)}_${randomSecret(6)}`,
    status: 'active',
    source,
    info: JSON.stringify(info),
    model: text,
    created_at: now,
    created_by: actor.id,
  };
  await ctx.database.db.transaction().execute(async (trx) => {
    await insertActiveModel(trx, row);
    await recordAudit(trx, actor, now, {
      action: 'intents.trained',
      entityType: 'intent_model',
      entityId: row.id,
      details: { source, examples: info.examples, intents: info.intents.length },
    });
  });
  ctx.intents.invalidate();
  return toModelInfo(row);
}

export async function rollbackModel(ctx: AppContext, actor: Actor): Promise<IntentModelInfo> {
  const now = ctx.clock.now().toISOString();
  const id = await ctx.database.db.transaction().execute(async (trx) => {
    const restored = await swapToPrevious(trx);
    if (restored)
      await recordAudit(trx, actor, now, {
        action: 'intents.rolled_back',
        entityType: 'intent_model',
        entityId: restored,
      });
    return restored;
  });
  if (!id) throw new AppError('conflict', 'There is no earlier model to go back to.');
  ctx.intents.invalidate();
  return activeModelInfo(ctx);
}

export async function activeModelInfo(ctx: AppContext): Promise<IntentModelInfo> {
  const row = await modelWithStatus(ctx.database.db, 'active');
  if (!row) throw new AppError('no_model');
  return toModelInfo(row);
}

export async function predictIntent(ctx: AppContext, text: string): Promise<IntentRoute> {
  const route = await ctx.intents.route(text);
  if (!route) throw new AppError('no_model', ctx.intents.unreadable);
  return route;
}

export interface EvaluationResult extends EvaluationReport {
  modelId: string;
  trainSeconds: number;
  predictPerSecond: number;
}

/** Scores the active model on labelled data it may never have seen (label "oos" = out of scope). */
export async function evaluateActiveModel(
  ctx: AppContext,
  data: readonly Example[],
): Promise<EvaluationResult> {
  if (data.length === 0) throw invalid('data', 'the file holds no labelled examples');
  const row = await modelWithStatus(ctx.database.db, 'active');
  const text = row && (await modelText(ctx.database.db, row.id));
  if (!row || !text) throw new AppError('no_model');
  const model = parseIntentModel(text);
  const classifier = new IntentClassifier(model);
  const started = performance.now();
  const report = evaluateIntents(classifier, data);
  const seconds = (performance.now() - started) / 1000;
  return {
    modelId: row.id,
    ...report,
    trainSeconds: model.trainSeconds,
    predictPerSecond: Math.round(data.length / Math.max(seconds, 1e-6)),
  };
}

export async function listTriage(ctx: AppContext, limit: number) {
  const rows = await triageQueue(ctx.database.db, limit);
  return {
    items: rows.map((r) => ({
      signalId: r.signal_id,
      text: r.text,
      at: r.at,
      customerId: r.customer_id,
      confidence: Number(r.confidence),
      alternatives: JSON.parse(r.alternatives) as IntentRoute['alternatives'],
    })),
  };
}

/**
 * A person picks the intent of a question the model would not route: the question goes to that
 * intent's team, and the choice becomes a training label for the next model.
 */
export async function decideTriage(
  ctx: AppContext,
  actor: Actor,
  signalId: string,
  intent: string,
): Promise<IntentRoute> {
  const teams = await teamsByIntent(ctx.database.db);
  const known = await activeModelInfo(ctx);
  if (!known.intents.includes(intent) && !teams.has(intent)) {
    throw invalid('/intent', `"${intent}" is not an intent the model or a team knows`);
  }
  const team = teams.get(intent)?.[0] ?? null;
  const now = ctx.clock.now().toISOString();
  const route = await ctx.database.db.transaction().execute(async (trx) => {
    const signal = await trx
      .selectFrom('signals')
      .select('text')
      .where('id', '=', signalId)
      .executeTakeFirst();
    if (!signal || !(await markTriaged(trx, signalId, { intent, team, by: actor.id, at: now }))) {
      throw notFound('A routed question with this id');
    }
    await trx
      .insertInto('labels')
      .values({
        id: `l_triage_${signalId}`.slice(0, 200),
        text: signal.text,
        label: intent,
        source: 'triage',
        created_at: now,
      })
      .onConflict((oc) => oc.column('id').doUpdateSet({ label: intent, created_at: now }))
      .execute();
    await recordAudit(trx, actor, now, {
      action: 'intents.triaged',
      entityType: 'signal',
      entityId: signalId,
      details: { intent, team },
    });
    return findRoute(trx, signalId);
  });
  return routeFromRow(route!);
}

/** Training jobs started over the API, kept in this process while it runs. */
export class TrainingJobs {
  private readonly jobs = new Map<string, IntentTrainingJob>();

  start(ctx: AppContext, actor: Actor, options: TrainOptions): IntentTrainingJob {
    if ([...this.jobs.values()].some((j) => j.status === 'running')) {
      throw new AppError('conflict', 'A model is being trained already; wait until it is done.');
    }
    const job: IntentTrainingJob = {
      id: `job_${randomSecret(10)}`,
      status: 'running',
      startedAt: ctx.clock.now().toISOString(),
      finishedAt: null,
      model: null,
      error: null,
    };
    this.jobs.set(job.id, job);
    trainAndActivate(ctx, actor, options).then(
      (model) => Object.assign(job, { status: 'done', model, finishedAt: ctx.clock.now().toISOString() }),
      (error: unknown) => {
        ctx.logger.warn({ err: error }, 'intent training failed');
        Object.assign(job, {
          status: 'failed',
          error: error instanceof Error ? error.message : String(error),
          finishedAt: ctx.clock.now().toISOString(),
        });
      },
    );
    return { ...job };
  }

  get(id: string): IntentTrainingJob | undefined {
    const job = this.jobs.get(id);
    return job && { ...job };
  }
}
