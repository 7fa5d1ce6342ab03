import {
  SignalInput as SignalInputSchema,
  type SignalInput,
  type SignalPostResult,
} from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import type { Numbered, RecordStore } from '../imports/run.js';
import { prepareSignal, type SignalRow } from './prepare.js';
import { insertSignals } from './repository.js';

/**
 * Stores prepared rows atomically: customers are found or created and the signals written in
 * one transaction, so an interrupted write leaves nothing half done and a retry completes it.
 * Returns the ids that were new.
 */
export async function storeSignalRows(ctx: AppContext, rows: SignalRow[]): Promise<Set<string>> {
  const now = rows[0]?.created_at ?? ctx.clock.now().toISOString();
  const references = rows.flatMap((r) => (r.customer_ref ? [r.customer_ref] : []));
  const { inserted, resolved } = await ctx.database.db.transaction().execute(async (trx) => {
    const resolved = await ctx.customers.resolve(trx, references, now);
    const stored = rows.map(({ customer_ref, ...row }) => ({
      ...row,
      customer_id: customer_ref ? resolved.get(customer_ref) : null,
    }));
    return { inserted: await insertSignals(trx, stored, ctx.database.sqlite), resolved };
  });
  resolved.commit();
  return inserted;
}

export function prepareSignals(ctx: AppContext, inputs: SignalInput[]): SignalRow[] {
  const now = ctx.clock.now().toISOString();
  return inputs.map((input) => prepareSignal(input, now));
}

/** Counts what one request created; an id sent twice (or already claimed by another request) counts once. */
export function resultFor(
  rows: SignalRow[],
  inserted: Set<string>,
  claimed = new Set<string>(),
): SignalPostResult {
  let created = 0;
  for (const row of rows) {
    if (inserted.has(row.id) && !claimed.has(row.id)) {
      claimed.add(row.id);
      created += 1;
    }
  }
  return { created, duplicates: rows.length - created, ids: rows.map((r) => r.id) };
}

export function signalStore(ctx: AppContext): RecordStore<SignalInput> {
  return {
    schema: SignalInputSchema,
    // Larger transactions: each commit costs a WAL write, and a batch is still all-or-nothing.
    batchSize: 5000,
    async store(batch: Numbered<SignalInput>[]) {
      const rows = prepareSignals(
        ctx,
        batch.map((b) => b.value),
      );
      const result = resultFor(rows, await storeSignalRows(ctx, rows));
      return { imported: result.created, updated: 0, duplicates: result.duplicates, errors: [] };
    },
  };
}

/** A question is stored whatever happens to its routing; a failed route is logged, not returned. */
export async function routeQuietly(ctx: AppContext, inputs: SignalInput[], ids: string[]): Promise<void> {
  try {
    await ctx.intents.routeSignals(
      inputs.map((input, i) => ({ id: ids[i]!, channel: input.channel, text: input.text })),
    );
  } catch (error) {
    ctx.logger.error({ err: error }, 'routing new signals failed');
  }
}
