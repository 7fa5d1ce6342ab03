import { Type, type Static } from '@sinclair/typebox';
import { Lang } from './common.js';

export const MAX_DRAFT_TEXT = 100_000;

const Term = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const VocabSuggestion = Type.Object({
  customerTerm: Type.String(),
  officialTerm: Type.String(),
  kind: Type.Union([Type.Literal('synonym'), Type.Literal('spelling')]),
  confidence: Type.Number(),
  evidence: Type.Object({
    sessions: Type.Integer({ description: 'distinct sessions that reformulated from one to the other' }),
    examples: Type.Array(Type.Object({ session: Type.String(), from: Type.String(), to: Type.String() })),
    clickThrough: Type.Object({
      customer: Type.Union([Type.Number(), Type.Null()]),
      official: Type.Union([Type.Number(), Type.Null()]),
    }),
    methods: Type.Array(Type.String()),
  }),
});

export const VocabSuggestions = Type.Object({ suggestions: Type.Array(VocabSuggestion) });

export const VocabGaps = Type.Object({
  gaps: Type.Array(
    Type.Object({
      term: Type.String(),
      volume: Type.Integer(),
      zeroResultRate: Type.Union([Type.Number(), Type.Null()]),
      noClickRate: Type.Number(),
      reformulation: Type.Union([Type.String(), Type.Null()]),
      relatedOfficialTerms: Type.Array(Type.String()),
    }),
  ),
  unusedOfficialTerms: Type.Array(Type.Object({ term: Type.String(), articles: Type.Array(Type.String()) })),
});

export const VocabListQuery = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 50 })) },
  { additionalProperties: false },
);

export const JargonCheckInput = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: MAX_DRAFT_TEXT }) },
  { additionalProperties: false },
);

export const JargonCheckResult = Type.Object({
  findings: Type.Array(
    Type.Object({
      term: Type.String(),
      start: Type.Integer(),
      end: Type.Integer(),
      customerUsage: Type.Number(),
      customerTerms: Type.Array(Type.String()),
    }),
  ),
});

export const PairDecisionInput = Type.Object(
  {
    customerTerm: Term,
    officialTerm: Term,
    kind: Type.Optional(Type.Union([Type.Literal('synonym'), Type.Literal('spelling')])),
    lang: Type.Optional(Lang),
  },
  { additionalProperties: false },
);
export type PairDecisionInput = Static<typeof PairDecisionInput>;
