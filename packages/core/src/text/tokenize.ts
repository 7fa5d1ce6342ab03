import type { Lang } from '../language/detect.js';
import { fold } from './fold.js';
import { wordSpans, type Span } from './segment.js';

/**
 * What a token is. Only `word` tokens are stemmed, stop-word filtered and split into compound
 * parts; every other kind is an identifier the customer types exactly and is kept whole.
 */
export type TokenKind = 'word' | 'name' | 'number' | 'code' | 'postcode' | 'email' | 'url';

export interface Token {
  /** The token as written in the text. */
  text: string;
  /** Lower case, diacritics stripped (for a postcode also without the space: "9712ab"). */
  folded: string;
  /** UTF-16 offsets into the text; `end` is exclusive. */
  start: number;
  end: number;
  kind: TokenKind;
}

/**
 * Splits text into tokens. Whitespace-separated chunks are checked first for identifiers that
 * word segmentation would break apart (URLs, e-mail addresses, Dutch postcodes "9712 AB", case
 * numbers "HN-2024-0193", numbers "1.250,00"); the rest is segmented into words, and words joined
 * by a single hyphen stay one token ("e-mail", "Noord-Holland"). A capitalised word that does not
 * start a sentence, and a short all-capitals word (BSN, WOZ), is a `name`.
 */
export function tokenize(text: string, locale?: Lang): Token[] {
  const tokens: Token[] = [];
  const sentences = new SentenceTracker(tokens);
  const chunk = new RegExp(CHUNK.source, 'g');
  let nextLineBreak = text.indexOf('\n');
  for (let match = chunk.exec(text); match !== null; match = chunk.exec(text)) {
    const chunkStart = match.index;
    const chunkText = match[0];
    // A line break ends a sentence: headings and list items carry no full stop.
    if (nextLineBreak !== -1 && nextLineBreak < chunkStart) {
      sentences.end();
      nextLineBreak = text.indexOf('\n', chunkStart);
    }
    const lead = isPlainEdge(chunkText.charCodeAt(0)) ? 0 : (LEADING.exec(chunkText)?.[0].length ?? 0);
    const trailing = isPlainEdge(chunkText.charCodeAt(chunkText.length - 1))
      ? ''
      : (TRAILING.exec(chunkText.slice(lead))?.[0] ?? '');
    const start = chunkStart + lead;
    const end = chunkStart + chunkText.length - trailing.length;
    const core = text.slice(start, end);

    const postcodeEnd = trailing === '' ? postcodePairEnd(text, core, end) : -1;
    if (postcodeEnd !== -1) {
      sentences.add(identifier(text, start, postcodeEnd, 'postcode'));
      chunk.lastIndex = postcodeEnd;
      continue;
    }
    const kind = MAY_BE_IDENTIFIER.test(core) ? identifierKind(core) : undefined;
    if (kind !== undefined) {
      sentences.add(identifier(text, start, end, kind));
    } else {
      const spans = joinHyphenated(core, wordSpans(core, locale));
      for (let i = 0; i < spans.length; i++) {
        const span = spans[i] as Span;
        sentences.addWord(text, span.start + start, span.end + start);
      }
    }
    if (SENTENCE_END.test(trailing)) sentences.end();
  }
  sentences.end();
  return tokens;
}

const CHUNK = /\S+/g;
const LEADING = /^[([{"'«“‘„<¿¡*•·]+/u;
const TRAILING = /[)\]}"'»”’.,;:!?>…*]+$/u;
const SENTENCE_END = /[.!?:…]/;

/** ASCII letters and digits never lead or trail as punctuation: most chunks skip both regexes. */
function isPlainEdge(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

// Every identifier holds a digit, an "@" or starts like a URL; plain words skip the patterns.
const MAY_BE_IDENTIFIER = /[\d@]|^(?:www\.|https?:)/i;
const URL_PATTERN = /^(?:https?:\/\/|www\.)[^\s<>"]+$/iu;
const EMAIL = /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u;
const POSTCODE = /^[1-9]\d{3}(?!SA|SD|SS)[A-Z]{2}$/;
const POSTCODE_DIGITS = /^[1-9]\d{3}$/;
// "9712 AB": one space, two capitals (SA, SD and SS are never used), then the end of the word.
const POSTCODE_LETTERS = / (?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])/uy;
const NUMBER = /^[+-]?\d+(?:[.,]\d+)*$/;
// Letters and digits in groups joined by - / . _ with at least one digit: HN-2024-0193, 06-12345678.
const CODE = /^(?=\D*\d)[\p{L}\p{Nd}]+(?:[-/._][\p{L}\p{Nd}]+)+$/u;

function identifierKind(core: string): TokenKind | undefined {
  if (URL_PATTERN.test(core)) return 'url';
  if (EMAIL.test(core)) return 'email';
  if (POSTCODE.test(core)) return 'postcode';
  if (NUMBER.test(core)) return 'number';
  if (CODE.test(core)) return 'code';
  return undefined;
}

/** Where a postcode written in two chunks ("9712 AB") ends, or -1. */
function postcodePairEnd(text: string, core: string, end: number): number {
  if (!POSTCODE_DIGITS.test(core)) return -1;
  POSTCODE_LETTERS.lastIndex = end;
  return POSTCODE_LETTERS.test(text) ? POSTCODE_LETTERS.lastIndex : -1;
}

function identifier(text: string, start: number, end: number, kind: TokenKind): Token {
  const raw = text.slice(start, end);
  const folded = kind === 'postcode' ? fold(raw).replace(' ', '') : fold(raw);
  return { text: raw, folded, start, end, kind };
}

/** Merges word spans separated by exactly one hyphen ("e-mail", "auto-ongeluk"). */
function joinHyphenated(core: string, spans: Span[]): Span[] {
  if (spans.length < 2) return spans;
  const joined: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    const previous = joined[joined.length - 1];
    if (previous !== undefined && span.start === previous.end + 1 && HYPHENS.has(core[previous.end] ?? '')) {
      previous.end = span.end;
    } else {
      joined.push({ start: span.start, end: span.end });
    }
  }
  return joined;
}
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

const CAPITAL_OR_DIGIT = /[\p{Lu}\p{Nd}]/u;
const DIGITS_ONLY = /^\p{Nd}[\p{Nd}.,;']*$/u;
const HAS_DIGIT = /\p{Nd}/u;
const CAPITALISED = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /^\p{Lu}[\p{Lu}\p{M}'-]+$/u;
const ACRONYM_LENGTH = 5;
// A capital after a lower-case letter marks a brand or product name: DigiD, iPhone, MijnOverheid.
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
// English "I", "I'm", "I've", "I'll", "I'd" are capitalised but never names.
const ENGLISH_I = /^I(?:['’](?:m|ve|ll|d))?$/u;

interface Candidate {
  index: number;
  initial: boolean;
  capitalised: boolean;
  upper: boolean;
  /** A name wherever it stands: an acronym (BSN, WOZ) or a name with an inner capital (DigiD). */
  alwaysName: boolean;
}

/**
 * Decides between `word` and `name` per sentence: a capitalised word is only a name when the
 * sentence is not written in Title Case or in capitals, where capitals carry no meaning.
 */
class SentenceTracker {
  /** Words with a capital, the only ones that may be names. */
  private candidates: Candidate[] = [];
  private words = 0;
  private atStart = true;

  constructor(private readonly tokens: Token[]) {}

  add(token: Token): void {
    this.tokens.push(token);
    this.atStart = false;
  }

  addWord(text: string, start: number, end: number): void {
    const raw = text.slice(start, end);
    const token: Token = { text: raw, folded: fold(raw), start, end, kind: 'word' };
    // Most words have neither a capital nor a digit, and need no further look.
    if (CAPITAL_OR_DIGIT.test(raw)) {
      if (DIGITS_ONLY.test(raw)) return this.add({ ...token, kind: 'number' });
      if (HAS_DIGIT.test(raw)) return this.add({ ...token, kind: 'code' });
      const upper = UPPER.test(raw);
      this.candidates.push({
        index: this.tokens.length,
        initial: this.atStart,
        capitalised: CAPITALISED.test(raw) && LOWER.test(raw) && !ENGLISH_I.test(raw),
        upper,
        alwaysName: (upper && raw.length <= ACRONYM_LENGTH) || INNER_CAPITAL.test(raw),
      });
    }
    this.words += 1;
    this.add(token);
  }

  end(): void {
    const initialWords = this.candidates.some((c) => c.initial) ? 1 : 0;
    const capitalised = this.candidates.filter((c) => c.capitalised && !c.initial).length;
    const upper = this.candidates.filter((c) => c.upper).length;
    const titleCase = capitalised >= 3 && capitalised * 5 >= (this.words - initialWords) * 3;
    const shouting = this.words >= 3 && upper * 5 >= this.words * 3;
    if (!titleCase && !shouting) {
      for (const c of this.candidates) {
        const token = this.tokens[c.index];
        if (token !== undefined && (c.alwaysName || (c.capitalised && !c.initial))) token.kind = 'name';
      }
    }
    this.candidates = [];
    this.words = 0;
    this.atStart = true;
  }
}
