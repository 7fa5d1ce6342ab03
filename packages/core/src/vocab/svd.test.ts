import { describe, expect, it } from 'vitest';
import { seededRandom } from '../intents/random.js';
import { symmetricEigen, truncatedSvd, type SparseMatrix } from './svd.js';

function sparse(dense: number[][]): SparseMatrix {
  const rowStart = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of dense) {
    row.forEach((v, c) => {
      if (v !== 0) {
        indices.push(c);
        values.push(v);
      }
    });
    rowStart.push(indices.length);
  }
  return {
    rows: dense.length,
    cols: dense[0]!.length,
    rowStart: Int32Array.from(rowStart),
    indices: Int32Array.from(indices),
    values: Float64Array.from(values),
  };
}

describe('symmetricEigen', () => {
  it('finds the eigenvalues of a symmetric matrix, largest first', () => {
    // [[2,1],[1,2]] has eigenvalues 3 and 1, eigenvectors (1,1)/√2 and (1,-1)/√2.
    const { values, vectors } = symmetricEigen(Float64Array.from([2, 1, 1, 2]), 2);
    expect(values[0]).toBeCloseTo(3);
    expect(values[1]).toBeCloseTo(1);
    expect(Math.abs(vectors[0]![0]!)).toBeCloseTo(Math.SQRT1_2);
    expect(vectors[0]![0]! * vectors[0]![1]!).toBeGreaterThan(0);
  });
});

describe('truncatedSvd', () => {
  it('recovers the singular values and vectors of a permuted diagonal matrix', () => {
    const a = sparse([
      [0, 0, 1, 0],
      [5, 0, 0, 0],
      [0, 0, 0, 0],
      [0, 3, 0, 0],
    ]);
    const { values, left } = truncatedSvd(a, { rank: 2, random: seededRandom(1) });
    expect(values[0]).toBeCloseTo(5);
    expect(values[1]).toBeCloseTo(3);
    expect(Math.abs(left[0]![1]!)).toBeCloseTo(1); // row 1 carries the 5
    expect(Math.abs(left[1]![3]!)).toBeCloseTo(1); // row 3 carries the 3
  });

  it('reconstructs a low-rank matrix from its leading factors', () => {
    const u = [1, 2, 0, -1, 3];
    const v = [2, 0, 1, 1];
    const w = [0, 1, 1, 0, -1];
    const z = [1, 1, 0, -2];
    const dense = u.map((ui, r) => v.map((vc, c) => ui * vc + w[r]! * z[c]!));
    const { values, left } = truncatedSvd(sparse(dense), { rank: 2, random: seededRandom(7) });
    // Project every column onto the two left singular vectors: nothing may be lost.
    for (let c = 0; c < 4; c += 1) {
      const column = dense.map((row) => row[c]!);
      const projected = column.map((_, r) =>
        left.reduce((sum, l) => sum + l[r]! * l.reduce((s, x, k) => s + x * column[k]!, 0), 0),
      );
      projected.forEach((x, r) => expect(x).toBeCloseTo(column[r]!, 6));
    }
    expect(values).toHaveLength(2);
  });

  it('copes with an empty matrix', () => {
    expect(truncatedSvd(sparse([[0]]), { rank: 3, random: seededRandom(1) }).values).toEqual([0]);
  });
});
