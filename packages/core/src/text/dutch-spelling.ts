/**
 * Two rules of Dutch spelling that relate a word's inflected forms to its stem, shared by the
 * stemmer additions and the lexeme key.
 */

/** Dutch never ends a word in a doubled consonant: "kapp" (kappen) -> "kap". */
export function undoubleFinalConsonant(word: string): string {
  return FINAL_DOUBLE_CONSONANT.test(word) ? word.slice(0, -1) : word;
}

/** A final z or v is written s or f (huis/huizen, brief/brieven): "huiz" -> "huis". */
export function devoiceFinal(word: string): string {
  const last = word.at(-1);
  if (last === 'z') return `${word.slice(0, -1)}s`;
  if (last === 'v') return `${word.slice(0, -1)}f`;
  return word;
}

const FINAL_DOUBLE_CONSONANT = /([b-df-hj-np-tv-z])\1$/;
