/**
 * Spelling variants versus true synonyms: "schade melding", "schademeldng" and "schademelding" are
 * one word written three ways; "schade doorgeven" is another word for it.
 */

/** Edit distance counting insertions, deletions, substitutions and swaps of neighbours (OSA). */
export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** 1 for the same string, 0 for nothing in common: the distance relative to the longer one. */
export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - damerauLevenshtein(a, b) / longest;
}

/** The same letters with the spaces moved: "schade melding" / "schademelding". */
export function isJoinedForm(a: string, b: string): boolean {
  return a !== b && a.replaceAll(' ', '') === b.replaceAll(' ', '');
}

/** Below this many characters one edit changes a word into another word ("huur" / "uur"). */
const MIN_TYPO_LENGTH = 5;
const MIN_TYPO_SIMILARITY = 0.75;

/**
 * How much two term keys look like one word spelled differently (0 = not at all): 1 for joined
 * and split forms, otherwise the edit similarity when it is high enough to be a typo.
 */
export function spellingSimilarity(a: string, b: string): number {
  if (isJoinedForm(a, b)) return 1;
  if (Math.max(a.length, b.length) < MIN_TYPO_LENGTH) return 0;
  // Cheap bound first: the length difference alone is a lower bound on the distance.
  if (1 - Math.abs(a.length - b.length) / Math.max(a.length, b.length) < MIN_TYPO_SIMILARITY) return 0;
  const similarity = editSimilarity(a, b);
  return similarity >= MIN_TYPO_SIMILARITY ? similarity : 0;
}
