import { devoiceFinal, undoubleFinalConsonant } from './dutch-spelling.js';

/**
 * A key shared by the inflected forms of one Dutch word ("vergunning", "vergunningen"; "huis",
 * "huizen"; "aanvraag", "aanvragen"), used to count how often a word occurs on its own when
 * deciding how to split a compound. Unlike the Snowball stem it strips inflection only, never
 * derivation: "zekering" must not borrow the frequency of the everyday word "zeker", or
 * "verzekering" would split into "ver" + "zekering".
 *
 * The endings it strips (-en, -s, -e) have the same shapes as the linking morphemes inside
 * compounds, so "pannen" (pannenkoek) and "veiligheids" (veiligheidsrisico) find "pan" and
 * "veiligheid" through the same key. Irregular plurals (dag/dagen, schip/schepen) stay apart.
 */
export function lexemeKey(word: string): string {
  let key = word.endsWith("'s") ? word.slice(0, -2) : word;
  let opened = false;
  if (key.length > 4 && key.endsWith('en') && isConsonant(key, key.length - 3)) {
    key = key.slice(0, -2);
    opened = true;
  } else if (
    key.length > 3 &&
    key.endsWith('s') &&
    (isConsonant(key, key.length - 2) || key.at(-2) === 'e')
  ) {
    key = key.slice(0, -1);
  }
  if (key.length > 3 && key.endsWith('e') && isConsonant(key, key.length - 2)) {
    key = key.slice(0, -1);
    opened = true;
  }
  const undoubled = undoubleFinalConsonant(key);
  if (undoubled !== key) return undoubled;
  // An ending after one vowel and one consonant leaves an open syllable, whose vowel is long:
  // "aanvragen" is "aanvraag" + "en", "bomen" is "boom" + "en".
  if (opened) key = key.replace(SHORT_SPELLED_LONG_VOWEL, '$1$1$2');
  return devoiceFinal(key);
}

// "j" is left out: "-js"/"-je" end diminutives and "ij", which are not inflections of a stem.
const CONSONANT = /[b-df-hk-np-tv-z]/;
const SHORT_SPELLED_LONG_VOWEL = /(?<=[b-df-hj-np-tv-z])([aeou])([b-df-hj-np-tv-z])$/;

function isConsonant(word: string, index: number): boolean {
  return CONSONANT.test(word[index] ?? '');
}
