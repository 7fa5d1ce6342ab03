import { ArticleInput } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import type { BatchResult, Numbered, RecordStore } from '../imports/run.js';
import { upsertArticle } from './repository.js';

/** `import articles`: new ids are added, changed ones replaced, identical ones skipped. */
export function articleStore(ctx: AppContext): RecordStore<ArticleInput> {
  return {
    schema: ArticleInput,
    async store(batch: Numbered<ArticleInput>[]) {
      const now = ctx.clock.now().toISOString();
      const result: BatchResult = { imported: 0, updated: 0, duplicates: 0, errors: [] };
      const changed: string[] = [];
      await ctx.database.db.transaction().execute(async (trx) => {
        for (const { value } of batch) {
          const outcome = await upsertArticle(trx, value, now);
          if (outcome === 'created') result.imported += 1;
          else if (outcome === 'updated') result.updated += 1;
          else result.duplicates += 1;
          if (outcome !== 'unchanged') changed.push(value.id);
        }
      });
      ctx.helpIndex.articlesChanged(changed);
      return result;
    },
  };
}
