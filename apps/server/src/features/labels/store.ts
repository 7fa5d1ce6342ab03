import { LabelInput } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { chunks } from '../../lib/chunks.js';
import { sha256 } from '../../platform/secrets.js';
import type { Numbered, RecordStore } from '../imports/run.js';

/** `import labels`: labelled examples for intent training; the same text and label is kept once. */
export function labelStore(ctx: AppContext): RecordStore<LabelInput> {
  return {
    schema: LabelInput,
    async store(batch: Numbered<LabelInput>[]) {
      const now = ctx.clock.now().toISOString();
      const rows = batch.map(({ value }) => ({
        id: `l_${sha256(JSON.stringify([value.text.trim(), value.label])).slice(0, 24)}`,
        text: value.text.trim(),
        label: value.label,
        source: 'import',
        created_at: now,
      }));
      const imported = await ctx.database.db.transaction().execute(async (trx) => {
        let inserted = 0;
        for (const group of chunks(rows, 500)) {
          const result = await trx
            .insertInto('labels')
            .values(group)
            .onConflict((oc) => oc.column('id').doNothing())
            .executeTakeFirst();
          inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
        }
        return inserted;
      });
      return { imported, updated: 0, duplicates: batch.length - imported, errors: [] };
    },
  };
}
