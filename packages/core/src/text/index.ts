// The text analysers: one import for the package index and for search, mining and the jargon check.
export {
  createAnalyzer,
  createQueryAnalyzer,
  type Analyzer,
  type AnalyzerOptions,
  type QueryTerm,
} from './analyzer.js';
export { CompoundSplitter } from './compound.js';
export { fold } from './fold.js';
export { wordsFromHunspell } from './hunspell.js';
export { stem } from './stem.js';
export { isNegation, isStopWord, NEGATIONS } from './stopwords.js';
export { tokenize, type Token, type TokenKind } from './tokenize.js';
