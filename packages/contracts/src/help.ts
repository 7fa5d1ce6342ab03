import { Type, type Static } from '@sinclair/typebox';
import { ExternalId, Lang } from './common.js';
import { Article } from './knowledge.js';

/** Longer "queries" are pasted text, not searches; refusing them keeps the search log meaningful. */
export const MAX_SEARCH_QUERY_LENGTH = 500;
export const MAX_SEARCH_LIMIT = 50;

const Query = Type.String({
  minLength: 1,
  maxLength: MAX_SEARCH_QUERY_LENGTH,
  pattern: '\\S',
  description: `What the visitor typed, at most ${MAX_SEARCH_QUERY_LENGTH} characters`,
});

const Session = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: '\\S',
  description: "The visitor's session, so searches and clicks of one visit can be linked",
});

/** POST /api/v1/help/search and `klantstem search`. */
export const HelpSearchInput = Type.Object(
  {
    query: Query,
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_SEARCH_LIMIT, default: 10 })),
    session: Type.Optional(Session),
    /** The language of the page searched from; without it the language is read from the query. */
    lang: Type.Optional(Lang),
  },
  { additionalProperties: false },
);
export type HelpSearchInput = Static<typeof HelpSearchInput>;

export const HelpSearchHit = Type.Object({
  id: Type.String({ description: "The article's own id, as imported" }),
  title: Type.String(),
  score: Type.Number(),
  lang: Type.String(),
});

export const HelpSearchResult = Type.Object({
  results: Type.Array(HelpSearchHit),
  total: Type.Integer({ description: 'How many articles matched, of which `results` are the best' }),
  searchId: Type.String({ description: 'Send it with a click on a result' }),
  session: Type.String({ description: 'The session given, or a new one to send with the next search' }),
});
export type HelpSearchResult = Static<typeof HelpSearchResult>;

/** POST /api/v1/help/click: the visitor opened an article from a search (by its id, or its query). */
export const HelpClickInput = Type.Object(
  {
    articleId: ExternalId,
    searchId: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    query: Type.Optional(Query),
    session: Type.Optional(Session),
  },
  { additionalProperties: false },
);
export type HelpClickInput = Static<typeof HelpClickInput>;

export const HelpClickResult = Type.Object({
  searchId: Type.String(),
  articleId: Type.String(),
  position: Type.Integer({ description: 'Which click on this search it was, from 0' }),
});
export type HelpClickResult = Static<typeof HelpClickResult>;

/** The heading above the customers' own words on an article page. */
export const ALSO_KNOWN_AS_LABEL = { nl: 'Ook bekend als', en: 'Also known as' } as const;

export const HelpArticlePage = Type.Composite([
  Article,
  Type.Object({
    alsoKnownAs: Type.Array(Type.String(), {
      description: 'Approved customer words for the official terms this article uses',
    }),
    alsoKnownAsLabel: Type.Object({ nl: Type.String(), en: Type.String() }),
  }),
]);
export type HelpArticlePage = Static<typeof HelpArticlePage>;

/** POST /api/v1/help/feedback: "Heeft dit geholpen? / Did this help?" under an article. */
export const HelpFeedbackInput = Type.Object(
  {
    articleId: ExternalId,
    helpful: Type.Boolean(),
    comment: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, pattern: '\\S' })),
    query: Type.Optional(Query),
    session: Type.Optional(Session),
    lang: Type.Optional(Lang),
  },
  { additionalProperties: false },
);
export type HelpFeedbackInput = Static<typeof HelpFeedbackInput>;

export const HelpFeedbackResult = Type.Object({
  signalId: Type.String({ description: 'The feedback is stored as a survey signal with this id' }),
});
