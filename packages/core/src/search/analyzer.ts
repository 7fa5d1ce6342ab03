import { words } from '../intents/features.js';

/** Text -> the terms to index or look up; the same function serves articles and queries. */
export type SearchAnalyzer = (text: string) => string[];

/**
 * The analyser search uses unless told otherwise: case and diacritics folded, split into words,
 * nothing stemmed or split. The Dutch/English analysers replace it here when they land.
 */
export const defaultSearchAnalyzer: SearchAnalyzer = words;
