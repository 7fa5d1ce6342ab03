import type { Rng } from './prng.js';

/** Weighted picks from a fixed list in O(log n), for choosing among hundreds of customers. */
export interface Sampler<T> {
  readonly size: number;
  pick(rng: Rng): T;
}

export function weightedSampler<T>(items: readonly T[], weight: (item: T) => number): Sampler<T> {
  const cumulative: number[] = [];
  let total = 0;
  for (const item of items) {
    total += Math.max(0, weight(item));
    cumulative.push(total);
  }
  return {
    size: items.length,
    pick(rng) {
      if (items.length === 0) throw new Error('pick from an empty sampler');
      const r = rng.next() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] ?? 0) > r) hi = mid;
        else lo = mid + 1;
      }
      return items[lo] as T;
    },
  };
}
