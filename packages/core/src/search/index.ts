export { createSearchAnalyzer, defaultSearchAnalyzer, type SearchAnalyzer } from './analyzer.js';
export {
  editBudget,
  HelpIndex,
  type HelpArticle,
  type HelpHit,
  type HelpIndexOptions,
  type HelpSearchOptions,
  type HelpSearchResult,
} from './help-index.js';
export type { SynonymPair } from './synonyms.js';
