import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.js';
import { ColumnTable } from './columns.js';

describe('column table', () => {
  it('finds every hash it holds and no other', () => {
    const random = seededRandom(3);
    const hashes = [...new Set(Array.from({ length: 5000 }, () => Math.floor(random() * 2 ** 32)))];
    const table = new ColumnTable(hashes, 10);
    hashes.forEach((hash, i) => expect(table.get(hash)).toBe(10 + i));
    const held = new Set(hashes);
    for (let k = 0; k < 5000; k += 1) {
      const hash = Math.floor(random() * 2 ** 32);
      if (!held.has(hash)) expect(table.get(hash)).toBe(-1);
    }
    expect(new ColumnTable([], 0).get(0)).toBe(-1);
  });
});
