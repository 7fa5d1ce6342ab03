/** Input and output shapes of vocabulary mining (`vocab suggest`, `vocab gaps`, the jargon check). */

/** Turns text into comparable terms (lower case, folded; the analysers may also stem or split). */
export type Normalizer = (text: string) => string[];

/** One help-centre search a visitor made. */
export interface SearchEvent {
  session: string;
  /** ISO 8601 time. */
  at: string;
  query: string;
  /** Unknown (null or absent) when the log does not say how many results the search showed. */
  resultCount?: number | null;
  /** Ids of the articles opened from this search. */
  clicks: readonly string[];
}

/** A text the organisation wrote: a help-centre article, a letter template. */
export interface OrgText {
  id: string;
  title: string;
  body: string;
  lang?: string;
  tags?: readonly string[];
}

/** A pair already decided (approved or rejected) in the glossary: never suggested again. */
export interface TermPair {
  customerTerm: string;
  officialTerm: string;
}

export type SuggestionKind = 'synonym' | 'spelling';

export type MiningMethod = 'reformulation' | 'shared-clicks' | 'distributional' | 'spelling';

export interface ReformulationExample {
  session: string;
  /** The search that found nothing useful. */
  from: string;
  /** The search that followed and got a click. */
  to: string;
}

export interface SuggestionEvidence {
  /** Distinct sessions in which customers reformulated from the customer term to the official one. */
  sessions: number;
  examples: ReformulationExample[];
  /** Share of searches holding the term that got a click; null when no search held it. */
  clickThrough: { customer: number | null; official: number | null };
  methods: MiningMethod[];
}

export interface Suggestion {
  customerTerm: string;
  officialTerm: string;
  kind: SuggestionKind;
  /** 0..1: how sure the combined methods are. */
  confidence: number;
  evidence: SuggestionEvidence;
}

export interface MiningInput {
  searches: readonly SearchEvent[];
  articles: readonly OrgText[];
  /** Customers' own texts (messages, notes, survey answers); sampled when large. */
  signals?: readonly string[];
  /** Pairs already decided; left out of the suggestions. */
  decided?: readonly TermPair[];
}
