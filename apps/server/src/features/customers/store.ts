import { CustomerInput } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { AppError } from '../../http/errors.js';
import type { BatchResult, Numbered, RecordStore } from '../imports/run.js';
import { upsertCustomer } from './service.js';

/** `import customers`: upsert by the customer's own id; a conflicting identity fails its line only. */
export function customerStore(ctx: AppContext): RecordStore<CustomerInput> {
  return {
    schema: CustomerInput,
    async store(batch: Numbered<CustomerInput>[]) {
      const now = ctx.clock.now().toISOString();
      const result: BatchResult = { imported: 0, updated: 0, duplicates: 0, errors: [] };
      await ctx.database.db.transaction().execute(async (trx) => {
        for (const { line, value } of batch) {
          try {
            const outcome = await upsertCustomer(trx, value, now);
            if (outcome === 'created') result.imported += 1;
            else if (outcome === 'updated') result.updated += 1;
            else result.duplicates += 1;
          } catch (err) {
            if (!(err instanceof AppError)) throw err;
            result.errors.push({ line, message: err.message });
          }
        }
      });
      ctx.customers.forget();
      return result;
    },
  };
}
