/** Vocabulary mining: synonym discovery, the vocabulary-gap report and the jargon check. */
export { suggestSynonyms, DEFAULT_SUGGEST, type SuggestOptions } from './suggest.js';
export {
  vocabularyGaps,
  DEFAULT_GAPS,
  type GapOptions,
  type GapReport,
  type UnusedOfficialTerm,
  type VocabularyGap,
} from './gaps.js';
export {
  buildJargonModel,
  checkJargon,
  DEFAULT_JARGON,
  type JargonFinding,
  type JargonInput,
  type JargonModel,
  type JargonOptions,
} from './jargon.js';
export { damerauLevenshtein, spellingSimilarity } from './spelling.js';
export type {
  MiningInput,
  MiningMethod,
  Normalizer,
  OrgText,
  ReformulationExample,
  SearchEvent,
  Suggestion,
  SuggestionEvidence,
  SuggestionKind,
  TermPair,
} from './types.js';
