import { describe, expect, it } from 'vitest';
import { retryDelay } from './live.js';

describe('retryDelay', () => {
  it('doubles from about a second to at most thirty, with jitter in the upper half', () => {
    const low = (attempt: number) => retryDelay(attempt, () => 0);
    const high = (attempt: number) => retryDelay(attempt, () => 1);
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(high)).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect([0, 5].map(low)).toEqual([500, 15_000]);
  });
});
