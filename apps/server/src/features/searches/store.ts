import { MAX_SEARCH_QUERY_LENGTH, SearchInput } from '@klantstem/contracts';
import type { AppContext } from '../../context.js';
import { chunks } from '../../lib/chunks.js';
import { sha256 } from '../../platform/secrets.js';
import { toStoredTime } from '../../schema/formats.js';
import type { Numbered, RecordStore } from '../imports/run.js';

/**
 * `import searches`: one row per search a visitor made, with the articles opened from it. The id
 * is a hash of session, time and query, so re-importing a log stores nothing twice.
 * A missing resultCount is what the current help centre finds for the query.
 */
export function searchStore(ctx: AppContext): RecordStore<SearchInput> {
  return {
    schema: SearchInput,
    async store(batch: Numbered<SearchInput>[]) {
      const index = batch.some((b) => b.value.resultCount === undefined)
        ? await ctx.helpIndex.current()
        : undefined;
      const events = batch.map(({ value }) => {
        const at = toStoredTime(value.at);
        return {
          row: {
            id: `q_${sha256(JSON.stringify([value.session, at, value.query])).slice(0, 24)}`,
            session: value.session,
            at,
            query: value.query,
            result_count:
              value.resultCount ?? index?.search(value.query.slice(0, MAX_SEARCH_QUERY_LENGTH)).total ?? null,
            source: 'import',
          },
          clicks: value.clicks ?? [],
        };
      });
      const imported = await ctx.database.db.transaction().execute(async (trx) => {
        const ids = events.map((e) => e.row.id);
        const known = new Set<string>();
        for (const group of chunks(ids, 500)) {
          const rows = await trx.selectFrom('search_events').select('id').where('id', 'in', group).execute();
          for (const r of rows) known.add(r.id);
        }
        const fresh = events.filter((e) => !known.has(e.row.id) && known.add(e.row.id));
        for (const group of chunks(fresh, 300)) {
          await trx
            .insertInto('search_events')
            .values(group.map((e) => e.row))
            .execute();
        }
        const clicks = fresh.flatMap((e) =>
          e.clicks.map((article, position) => ({ search_id: e.row.id, article_id: article, position })),
        );
        for (const group of chunks(clicks, 300))
          await trx.insertInto('search_clicks').values(group).execute();
        return fresh.length;
      });
      return { imported, updated: 0, duplicates: batch.length - imported, errors: [] };
    },
  };
}
