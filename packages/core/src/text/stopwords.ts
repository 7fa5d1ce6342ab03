import StopwordsEn from '@nlpjs/lang-en-min/src/stopwords-en.js';
import StopwordsNl from '@nlpjs/lang-nl/src/stopwords-nl.js';
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import type { Lang } from '../language/detect.js';

/**
 * Words that never carry the meaning of a customer's question, and negations that always do.
 *
 * stopwords-iso is the source, but its lists also hold words a help centre cannot lose: "bill",
 * "order", "problem", "case", "number", "open", "help" in English, "weg", "vrij", "klaar",
 * "zeker" in Dutch. A word therefore counts as a stop word only when the Snowball project's
 * shorter list of function words (shipped with the nlp.js stemmers) agrees.
 *
 * Negations are never stop words: "geen water" and "water" are different questions.
 */
export const NEGATIONS: Readonly<Record<Lang, readonly string[]>> = {
  nl: ['niet', 'geen', 'nooit', 'niets', 'niks', 'niemand', 'nergens', 'zonder', 'noch', 'nee'],
  en: ['not', 'no', 'nor', 'never', 'nothing', 'nobody', 'none', 'neither', 'nowhere', 'without', 'cannot'],
};

export function isStopWord(term: string, lang: Lang): boolean {
  return STOP_WORDS[lang].has(term);
}

export function isNegation(term: string, lang: Lang): boolean {
  return NEGATION_SETS[lang].has(term) || (lang === 'en' && term.endsWith("n't"));
}

const NEGATION_SETS: Record<Lang, ReadonlySet<string>> = {
  nl: new Set(NEGATIONS.nl),
  en: new Set(NEGATIONS.en),
};

function stopWords(lang: Lang, snowball: ReadonlySet<string>): ReadonlySet<string> {
  return new Set(stopwordsIso[lang].filter((word) => snowball.has(word) && !isNegation(word, lang)));
}

function snowballList(Stopwords: new () => { dictionary: Record<string, boolean> }): ReadonlySet<string> {
  // The Dutch list has "je " with a stray space; trimming keeps "je" a stop word.
  return new Set(Object.keys(new Stopwords().dictionary).map((word) => word.trim()));
}

const STOP_WORDS: Record<Lang, ReadonlySet<string>> = {
  nl: stopWords('nl', snowballList(StopwordsNl)),
  en: stopWords('en', snowballList(StopwordsEn)),
};
