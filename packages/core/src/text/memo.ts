/**
 * A memo for pure string functions with a size cap: analysers see an open-ended vocabulary
 * (typos, names, numbers), so the memo starts afresh when full instead of growing without end.
 */
export function memoize<T>(compute: (key: string) => T, capacity: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (memo.size >= capacity) memo.clear();
    memo.set(key, value);
    return value;
  };
}
