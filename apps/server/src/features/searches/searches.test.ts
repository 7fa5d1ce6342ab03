import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/app.js';
import { articleStore } from '../articles/store.js';
import { searchStore } from './store.js';

describeEachDialect('search-log import', (t) => {
  it('fills in a missing result count from the current help centre, and keeps a given one', async () => {
    await articleStore(t.ctx).store([
      {
        line: 1,
        value: {
          id: 'kb-opname',
          title: 'De opname van uw schade',
          body: 'Een deskundige bekijkt de schade.',
        },
      },
    ]);
    await searchStore(t.ctx).store([
      { line: 1, value: { session: 's1', at: '2026-03-01T10:00:00Z', query: 'opname schade' } },
      { line: 2, value: { session: 's1', at: '2026-03-01T10:01:00Z', query: 'zonnepanelen' } },
      { line: 3, value: { session: 's2', at: '2026-03-01T10:02:00Z', query: 'opname', resultCount: 7 } },
    ]);
    const rows = await t.ctx.database.db
      .selectFrom('search_events')
      .select(['query', 'result_count'])
      .orderBy('at')
      .execute();
    expect(rows).toEqual([
      { query: 'opname schade', result_count: 1 },
      { query: 'zonnepanelen', result_count: 0 },
      { query: 'opname', result_count: 7 },
    ]);
  });
});
