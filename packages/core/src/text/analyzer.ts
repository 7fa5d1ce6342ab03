import { detectLanguage, type Lang } from '../language/detect.js';
import type { CompoundSplitter } from './compound.js';
import { stem } from './stem.js';
import { isStopWord } from './stopwords.js';
import { tokenize, type Token, type TokenKind } from './tokenize.js';

export interface AnalyzerOptions {
  /** The language of the texts, or 'auto' to detect it per text (default). */
  lang?: Lang | 'auto';
  /** The language when detection finds too little evidence (short texts); default 'nl'. */
  fallbackLang?: Lang;
  /** Leave out stop words (default false for indexing; negations are never left out). */
  stopWords?: boolean;
  /** Snowball-stem words (default true). */
  stem?: boolean;
  /** Adds the parts of Dutch compounds after the compound itself. */
  compounds?: CompoundSplitter;
}

/** Text -> the terms to index or look up (MiniSearch's `tokenize`, with `processTerm` left as is). */
export type Analyzer = (text: string) => string[];

export interface QueryTerm {
  /** The term as the index analyser produces it. */
  term: string;
  /** Folded and unstemmed: for prefix matching of a word still being typed. */
  surface: string;
  kind: TokenKind;
  /** A part of the compound before it, not a word the customer typed. */
  part: boolean;
}

/**
 * The index analyser: each word becomes its stem, followed by the stems of its compound parts
 * ("kapvergunning" -> kapvergun, kap, vergun) or of the pieces of a hyphenated word ("e-mail" ->
 * email, e, mail without the one-letter piece); names, numbers, codes, postcodes, e-mail addresses
 * and URLs stay whole (folded). Term frequency matters to BM25, so repeated terms are kept.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const settings = resolve(options);
  return (text) => {
    const lang = settings.langOf(text);
    const terms: string[] = [];
    for (const token of tokenize(text, lang)) {
      if (settings.stopWords && isDroppable(token, lang)) continue;
      analyzeToken(token, lang, settings, (term) => terms.push(term));
    }
    return terms;
  };
}

/**
 * The query analyser: the same terms as the index analyser, with the folded surface form kept for
 * prefix search. Stop words are left out (default) only where they help: a query of nothing but
 * function words ("wie zijn jullie") keeps them, so it still finds something.
 */
export function createQueryAnalyzer(options: AnalyzerOptions = {}): (query: string) => QueryTerm[] {
  const settings = resolve({ stopWords: true, ...options });
  return (query) => {
    const lang = settings.langOf(query);
    const tokens = tokenize(query, lang);
    const dropStopWords = settings.stopWords && tokens.some((token) => !isDroppable(token, lang));
    const terms: QueryTerm[] = [];
    for (const token of tokens) {
      if (dropStopWords && isDroppable(token, lang)) continue;
      analyzeToken(token, lang, settings, (term, part) =>
        terms.push({ term, surface: token.folded, kind: token.kind, part }),
      );
    }
    return terms;
  };
}

const DETECTION_SAMPLE = 1000;

interface Settings {
  langOf: (text: string) => Lang;
  stopWords: boolean;
  stem: boolean;
  compounds: CompoundSplitter | undefined;
}

function resolve(options: AnalyzerOptions): Settings {
  const { lang = 'auto', fallbackLang = 'nl' } = options;
  return {
    langOf:
      lang === 'auto'
        ? (text) => {
            // The opening of a text tells its language; scanning a long article whole costs more
            // than analysing it.
            const detected = detectLanguage(
              text.length > DETECTION_SAMPLE ? text.slice(0, DETECTION_SAMPLE) : text,
            );
            return detected === 'unknown' ? fallbackLang : detected;
          }
        : () => lang,
    stopWords: options.stopWords ?? false,
    stem: options.stem ?? true,
    compounds: options.compounds,
  };
}

function isDroppable(token: Token, lang: Lang): boolean {
  return (token.kind === 'word' || token.kind === 'name') && isStopWord(token.folded, lang);
}

const HYPHENS = /[-\u2010\u2011]/;
const MIN_PIECE_LENGTH = 2;

function analyzeToken(
  token: Token,
  lang: Lang,
  settings: Settings,
  emit: (term: string, part: boolean) => void,
): void {
  if (token.kind !== 'word') return emit(token.folded, false);
  if (!HYPHENS.test(token.folded)) return analyzeWord(token.folded, lang, settings, emit, false);
  const pieces = token.folded.split(HYPHENS);
  analyzeWord(pieces.join(''), lang, settings, emit, false);
  for (const piece of pieces) {
    if (piece.length >= MIN_PIECE_LENGTH) analyzeWord(piece, lang, settings, emit, true);
  }
}

function analyzeWord(
  word: string,
  lang: Lang,
  settings: Settings,
  emit: (term: string, part: boolean) => void,
  part: boolean,
): void {
  emit(settings.stem ? stem(word, lang) : word, part);
  if (lang !== 'nl' || settings.compounds === undefined) return;
  for (const compoundPart of settings.compounds.split(word)) {
    emit(settings.stem ? stem(compoundPart, lang) : compoundPart, true);
  }
}
