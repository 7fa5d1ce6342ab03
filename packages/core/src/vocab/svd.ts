/**
 * Truncated SVD of a sparse matrix by randomized range finding with power iterations (Halko,
 * Martinsson and Tropp 2011): a few passes over the nonzeros instead of a dense decomposition.
 */

/** Compressed sparse rows: row r holds indices/values[rowStart[r] .. rowStart[r + 1] - 1]. */
export interface SparseMatrix {
  rows: number;
  cols: number;
  rowStart: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/** A tall dense matrix, row-major: the k columns of row r are data[r * k .. r * k + k - 1]. */
interface Dense {
  rows: number;
  cols: number;
  data: Float64Array;
}

/** A·X (sparse times dense), row by row so each nonzero adds one contiguous row of X. */
function times(a: SparseMatrix, x: Dense): Dense {
  const { rowStart, indices, values } = a;
  const k = x.cols;
  const input = x.data;
  const out = new Float64Array(a.rows * k);
  for (let r = 0; r < a.rows; r += 1) {
    const row = r * k;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e += 1) {
      const v = values[e]!;
      const from = indices[e]! * k;
      for (let j = 0; j < k; j += 1) out[row + j]! += v * input[from + j]!;
    }
  }
  return { rows: a.rows, cols: k, data: out };
}

/** Aᵀ·Y, scattering each row of Y along that row's nonzeros. */
function transposeTimes(a: SparseMatrix, y: Dense): Dense {
  const { rowStart, indices, values } = a;
  const k = y.cols;
  const input = y.data;
  const out = new Float64Array(a.cols * k);
  for (let r = 0; r < a.rows; r += 1) {
    const row = r * k;
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e += 1) {
      const v = values[e]!;
      const to = indices[e]! * k;
      for (let j = 0; j < k; j += 1) out[to + j]! += v * input[row + j]!;
    }
  }
  return { rows: a.cols, cols: k, data: out };
}

function dot(x: Float64Array, y: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < x.length; i += 1) sum += x[i]! * y[i]!;
  return sum;
}

/**
 * Orthonormal columns spanning those of m (modified Gram-Schmidt on contiguous copies of the
 * columns); a (numerically) dependent column becomes zero.
 */
function orthonormalize(m: Dense): Dense {
  const { rows, cols, data } = m;
  const columns = Array.from({ length: cols }, (_, j) =>
    Float64Array.from({ length: rows }, (_, r) => data[r * cols + j]!),
  );
  columns.forEach((column, j) => {
    const before = Math.sqrt(dot(column, column));
    for (let i = 0; i < j; i += 1) {
      const other = columns[i]!;
      const projection = dot(column, other);
      for (let r = 0; r < rows; r += 1) column[r]! -= projection * other[r]!;
    }
    const norm = Math.sqrt(dot(column, column));
    const scale = norm > 1e-10 * Math.max(1, before) ? 1 / norm : 0;
    for (let r = 0; r < rows; r += 1) data[r * cols + j] = column[r]! *= scale;
  });
  return m;
}

/** Eigen-decomposition of a small symmetric matrix (row-major n×n) by cyclic Jacobi rotations. */
export function symmetricEigen(
  matrix: Float64Array,
  n: number,
): { values: number[]; vectors: Float64Array[] } {
  const a = Float64Array.from(matrix);
  const v = Array.from({ length: n }, (_, j) => {
    const column = new Float64Array(n);
    column[j] = 1;
    return column;
  });
  for (let sweep = 0; sweep < 100; sweep += 1) {
    let off = 0;
    for (let p = 0; p < n; p += 1) for (let q = p + 1; q < n; q += 1) off += a[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p += 1) {
      for (let q = p + 1; q < n; q += 1) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k += 1) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k += 1) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        const vp = v[p]!;
        const vq = v[q]!;
        for (let k = 0; k < n; k += 1) {
          const x = vp[k]!;
          const y = vq[k]!;
          vp[k] = c * x - s * y;
          vq[k] = s * x + c * y;
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => a[j * n + j]! - a[i * n + i]!);
  return { values: order.map((i) => a[i * n + i]!), vectors: order.map((i) => v[i]!) };
}

export interface SvdOptions {
  rank: number;
  random: () => number;
  oversample?: number;
  powerIterations?: number;
}

/** The leading singular values and left singular vectors (as columns) of a sparse matrix. */
export function truncatedSvd(
  a: SparseMatrix,
  options: SvdOptions,
): { values: number[]; left: Float64Array[] } {
  const width = Math.min(options.rank + (options.oversample ?? 8), a.rows, a.cols);
  if (width <= 0) return { values: [], left: [] };
  const probe = {
    rows: a.cols,
    cols: width,
    data: Float64Array.from({ length: a.cols * width }, () => 2 * options.random() - 1),
  };
  let q = orthonormalize(times(a, probe));
  for (let i = 0; i < (options.powerIterations ?? 2); i += 1) {
    q = orthonormalize(times(a, orthonormalize(transposeTimes(a, q))));
  }
  // B = Qᵀ A is small (width × cols); the eigenvectors of B Bᵀ rotate Q onto the singular vectors.
  const bt = transposeTimes(a, q);
  const gram = new Float64Array(width * width);
  for (let r = 0; r < bt.rows; r += 1) {
    const row = r * width;
    for (let i = 0; i < width; i += 1) {
      const x = bt.data[row + i]!;
      if (x === 0) continue;
      for (let j = i; j < width; j += 1) gram[i * width + j]! += x * bt.data[row + j]!;
    }
  }
  for (let i = 0; i < width; i += 1)
    for (let j = 0; j < i; j += 1) gram[i * width + j] = gram[j * width + i]!;
  const { values, vectors } = symmetricEigen(gram, width);
  const rank = Math.min(options.rank, width);
  const left = vectors.slice(0, rank).map((w) => {
    const column = new Float64Array(a.rows);
    for (let r = 0; r < a.rows; r += 1) {
      let sum = 0;
      for (let j = 0; j < width; j += 1) sum += q.data[r * width + j]! * w[j]!;
      column[r] = sum;
    }
    return column;
  });
  return { values: values.slice(0, rank).map((x) => Math.sqrt(Math.max(0, x))), left };
}
