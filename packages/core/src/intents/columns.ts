/**
 * Feature hash -> column by open addressing in two typed arrays: a lookup is a multiply, a shift
 * and usually one probe, with none of a Map's boxing (the vectoriser does ~100 per text).
 */
export class ColumnTable {
  private readonly keys: Uint32Array;
  private readonly columns: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  /** Hash `hashes[i]` maps to column `first + i`. */
  constructor(hashes: readonly number[], first: number) {
    // At most half full, so misses (most character n-grams of unseen words) end after a probe or two.
    const bits = Math.max(3, Math.ceil(Math.log2(hashes.length * 2 + 1)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.keys = new Uint32Array(1 << bits);
    this.columns = new Int32Array(1 << bits).fill(-1);
    hashes.forEach((hash, i) => {
      let slot = this.slot(hash);
      while (this.columns[slot] !== -1) slot = (slot + 1) & this.mask;
      this.keys[slot] = hash;
      this.columns[slot] = first + i;
    });
  }

  /** The column of a hash, or -1 when it is not in the vocabulary. */
  get(hash: number): number {
    for (let slot = this.slot(hash); ; slot = (slot + 1) & this.mask) {
      const column = this.columns[slot]!;
      if (column < 0 || this.keys[slot] === hash) return column;
    }
  }

  /** Fibonacci hashing: the top bits of the product mix every bit of the hash. */
  private slot(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }
}
