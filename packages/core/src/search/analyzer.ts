import { words } from '../intents/features.js';
import { createAnalyzer } from '../text/analyzer.js';
import { CompoundSplitter } from '../text/compound.js';

/** Text -> the terms to index or look up; the same function serves articles and queries. */
export type SearchAnalyzer = (text: string) => string[];

/** Folded words only, nothing stemmed or split: the baseline, and the index's default. */
export const defaultSearchAnalyzer: SearchAnalyzer = words;

/**
 * The help centre's analyser: language detected per text, Snowball stems, stop words left out
 * (never negations), and Dutch compounds split with part frequencies from the organisation's own
 * texts plus a word list (e.g. a Dutch dictionary's words), so "kapvergunning" meets "kappen".
 */
export function createSearchAnalyzer(texts: Iterable<string>, wordList?: Iterable<string>): SearchAnalyzer {
  return createAnalyzer({
    lang: 'auto',
    stopWords: true,
    compounds: CompoundSplitter.fromTexts(texts, wordList),
  });
}
