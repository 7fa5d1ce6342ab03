import { seededRandom } from '../intents/random.js';
import { truncatedSvd, type SparseMatrix } from './svd.js';

/**
 * Distributional similarity: words used in the same contexts mean similar things. Customers write
 * "de verwarming in de noodwoning doet het niet" where the organisation writes "de verwarming in
 * de wisselwoning", so the two words get close vectors before anyone has searched for either.
 * Positive PMI over a word-context window, reduced by truncated SVD (Levy, Goldberg, Dagan 2015).
 */
export interface DistributionalOptions {
  /** Context words on each side. */
  window: number;
  /** Occurrences a word or phrase needs before it gets a vector. */
  minCount: number;
  dimensions: number;
  /** Corpus cap: the texts are read up to this many words in total. */
  maxTokens: number;
  seed: number;
}

export const DEFAULT_DISTRIBUTIONAL: DistributionalOptions = {
  window: 2,
  minCount: 5,
  dimensions: 64,
  maxTokens: 1_500_000,
  seed: 1,
};

/** Two-word phrases must stick together at least this much (normalised PMI) to become one unit. */
const PHRASE_NPMI = 0.5;
/** Context distribution smoothing: rare contexts get less inflated PMI. */
const CONTEXT_ALPHA = 0.75;

export interface Embedding {
  /** Unit (word or two-word phrase, as a term key) -> row. */
  index: Map<string, number>;
  units: string[];
  /** Unit-length vectors, one per row. */
  vectors: Float32Array[];
  /** Occurrences of each unit in the organisation's texts and in the customers' texts. */
  orgCount: Float64Array;
  customerCount: Float64Array;
  /** Share of the customers' texts that hold the unit: high for their function words ("ik"). */
  customerSpread: Float64Array;
  /** Per row, the texts holding the unit (ascending), to tell substitutes from companions. */
  texts: Int32Array[];
}

interface Corpus {
  ids: Map<string, number>;
  names: string[];
  docs: Int32Array[];
  customer: boolean[];
}

function encode(org: readonly string[][], customers: readonly string[][], maxTokens: number): Corpus {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const docs: Int32Array[] = [];
  const customer: boolean[] = [];
  let budget = maxTokens;
  // The organisation's texts first: they are small and define the official side.
  for (const [texts, isCustomer] of [
    [org, false],
    [customers, true],
  ] as const) {
    for (const tokens of texts) {
      if (budget <= 0) break;
      const take = tokens.length > budget ? tokens.slice(0, budget) : tokens;
      budget -= take.length;
      docs.push(
        Int32Array.from(take, (t) => {
          let id = ids.get(t);
          if (id === undefined) {
            id = names.length;
            ids.set(t, id);
            names.push(t);
          }
          return id;
        }),
      );
      customer.push(isCustomer);
    }
  }
  return { ids, names, docs, customer };
}

/** Joins word pairs that occur together far more than chance ("tijdelijke huisvesting") into one unit. */
function mergePhrases(corpus: Corpus, minCount: number): void {
  const counts = new Float64Array(corpus.names.length);
  const pairs = new Map<number, number>();
  const width = corpus.names.length;
  let total = 0;
  for (const doc of corpus.docs) {
    total += doc.length;
    for (let i = 0; i < doc.length; i += 1) {
      counts[doc[i]!]! += 1;
      if (i > 0) {
        const key = doc[i - 1]! * width + doc[i]!;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  const phrases = new Map<number, number>();
  for (const [key, n] of pairs) {
    if (n < minCount) continue;
    const a = Math.floor(key / width);
    const b = key % width;
    const pab = n / total;
    const npmi = Math.log(pab / ((counts[a]! / total) * (counts[b]! / total))) / -Math.log(pab);
    if (npmi < PHRASE_NPMI) continue;
    const name = `${corpus.names[a]!} ${corpus.names[b]!}`;
    let id = corpus.ids.get(name);
    if (id === undefined) {
      id = corpus.names.length;
      corpus.ids.set(name, id);
      corpus.names.push(name);
    }
    phrases.set(key, id);
  }
  corpus.docs = corpus.docs.map((doc) => {
    const out: number[] = [];
    for (let i = 0; i < doc.length; i += 1) {
      const phrase = i + 1 < doc.length ? phrases.get(doc[i]! * width + doc[i + 1]!) : undefined;
      if (phrase === undefined) out.push(doc[i]!);
      else {
        out.push(phrase);
        i += 1;
      }
    }
    return Int32Array.from(out);
  });
}

/** Sparse PPMI matrix over the units seen at least minCount times, as rows and as contexts. */
function ppmi(corpus: Corpus, rows: Int32Array, size: number, window: number): SparseMatrix {
  const cooccurrence = new Map<number, number>();
  for (const doc of corpus.docs) {
    for (let i = 0; i < doc.length; i += 1) {
      const w = rows[doc[i]!]!;
      if (w < 0) continue;
      for (let j = Math.max(0, i - window); j <= Math.min(doc.length - 1, i + window); j += 1) {
        const c = rows[doc[j]!]!;
        if (j === i || c < 0) continue;
        const key = w * size + c;
        cooccurrence.set(key, (cooccurrence.get(key) ?? 0) + 1);
      }
    }
  }
  const rowSum = new Float64Array(size);
  const colSmoothed = new Float64Array(size);
  let total = 0;
  for (const [key, n] of cooccurrence) {
    rowSum[Math.floor(key / size)]! += n;
    colSmoothed[key % size]! += n;
    total += n;
  }
  let smoothedTotal = 0;
  for (let c = 0; c < size; c += 1) smoothedTotal += colSmoothed[c] = colSmoothed[c]! ** CONTEXT_ALPHA;

  // Compressed rows by counting: no sort of a million entries.
  const rowStart = new Int32Array(size + 1);
  for (const key of cooccurrence.keys()) rowStart[Math.floor(key / size) + 1]! += 1;
  for (let r = 0; r < size; r += 1) rowStart[r + 1]! += rowStart[r]!;
  const fill = rowStart.slice(0, size);
  const indices = new Int32Array(cooccurrence.size);
  const values = new Float64Array(cooccurrence.size);
  for (const [key, n] of cooccurrence) {
    const w = Math.floor(key / size);
    const c = key % size;
    // Negative PMI is kept as 0: an explicit zero costs a little time and no accuracy.
    const pmi = Math.log(n / total / ((rowSum[w]! / total) * (colSmoothed[c]! / smoothedTotal)));
    const at = fill[w]!++;
    indices[at] = c;
    values[at] = Math.max(0, pmi);
  }
  return { rows: size, cols: size, rowStart, indices, values };
}

/** Vectors for the words and phrases of the organisation's and the customers' texts (as terms). */
export function embedTerms(
  org: readonly string[][],
  customers: readonly string[][],
  options: DistributionalOptions = DEFAULT_DISTRIBUTIONAL,
): Embedding {
  const corpus = encode(org, customers, options.maxTokens);
  mergePhrases(corpus, options.minCount);
  const counts = new Float64Array(corpus.names.length);
  const orgCount = new Float64Array(corpus.names.length);
  const customerDocs = new Float64Array(corpus.names.length);
  let customerTexts = 0;
  corpus.docs.forEach((doc, d) => {
    for (const id of doc) {
      counts[id]! += 1;
      if (!corpus.customer[d]) orgCount[id]! += 1;
    }
    if (corpus.customer[d]) {
      customerTexts += 1;
      for (const id of new Set(doc)) customerDocs[id]! += 1;
    }
  });
  const rows = new Int32Array(corpus.names.length).fill(-1);
  const units: string[] = [];
  counts.forEach((n, id) => {
    if (n >= options.minCount) rows[id] = units.push(corpus.names[id]!) - 1;
  });
  const matrix = ppmi(corpus, rows, units.length, options.window);
  const { values, left } = truncatedSvd(matrix, {
    rank: Math.min(options.dimensions, Math.floor(units.length / 2)),
    random: seededRandom(options.seed),
  });
  // Singular values weighted by their square root: a middle way between U and U·S.
  const weights = values.map(Math.sqrt);
  const vectors = units.map((_, r) => {
    const v = Float32Array.from(left, (column, k) => column[r]! * weights[k]!);
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm);
    return norm > 0 ? v.map((x) => x / norm) : v;
  });
  const texts: number[][] = units.map(() => []);
  corpus.docs.forEach((doc, d) => {
    for (const id of new Set(doc)) if (rows[id]! >= 0) texts[rows[id]!]!.push(d);
  });
  const index = new Map(units.map((u, r) => [u, r]));
  const byUnit = (source: Float64Array) => Float64Array.from(units, (u) => source[corpus.ids.get(u)!]!);
  return {
    index,
    units,
    vectors,
    orgCount: byUnit(orgCount),
    customerCount: byUnit(Float64Array.from(counts, (n, id) => n - orgCount[id]!)),
    customerSpread: byUnit(customerDocs.map((n) => n / Math.max(1, customerTexts))),
    texts: texts.map((list) => Int32Array.from(list)),
  };
}

export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += a[i]! * b[i]!;
  return sum;
}

export interface SimilarPair {
  customer: string;
  official: string;
  similarity: number;
}

/**
 * Words for the same thing replace each other, so they seldom share a text; words that merely
 * belong to one subject ("lawaai" and "uitvoering") do.
 */
const MAX_TOGETHER = 0.1;

function together(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i]! < b[j]!) i += 1;
    else if (a[i]! > b[j]!) j += 1;
    else [n, i, j] = [n + 1, i + 1, j + 1];
  }
  return n / Math.max(1, Math.min(a.length, b.length));
}

/**
 * Some official words sit close to everything their articles talk about ("uitvoering" near
 * "lawaai", "herrie", "om half zeven"): such a hub keeps only its few nearest customer units.
 */
const HUB_NEIGHBOURS = 3;

/**
 * For each customer unit, its nearest official unit that it seldom shares a text with, when
 * similar enough and not a hub's far neighbour.
 */
export function nearestOfficial(
  embedding: Embedding,
  customerUnits: readonly number[],
  officialUnits: readonly number[],
  minSimilarity: number,
): SimilarPair[] {
  const nearest = customerUnits.map((c) => {
    let best = -1;
    let similarity = minSimilarity;
    for (const o of officialUnits) {
      const s = cosine(embedding.vectors[c]!, embedding.vectors[o]!);
      if (o === c || s < similarity || together(embedding.texts[c]!, embedding.texts[o]!) > MAX_TOGETHER)
        continue;
      [best, similarity] = [o, s];
    }
    return { c, best, similarity };
  });
  const neighbours = new Map<number, number[]>();
  for (const { best, similarity } of nearest) {
    if (best < 0) continue;
    const list = neighbours.get(best) ?? [];
    list.push(similarity);
    neighbours.set(best, list);
  }
  const cutoff = new Map(
    [...neighbours].map(([o, list]) => [o, list.sort((x, y) => y - x)[HUB_NEIGHBOURS - 1] ?? -1]),
  );
  return nearest
    .filter(({ best, similarity }) => best >= 0 && similarity >= cutoff.get(best)!)
    .map(({ c, best, similarity }) => ({
      customer: embedding.units[c]!,
      official: embedding.units[best]!,
      similarity,
    }));
}
