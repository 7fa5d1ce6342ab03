import { Type, type Static } from '@sinclair/typebox';
import { ExternalId, IsoTime, Lang } from './common.js';

export const MAX_ARTICLE_BODY = 200_000;

/** A knowledge article as imported (`import articles`) or written over the API. */
export const ArticleInput = Type.Object(
  {
    id: ExternalId,
    title: Type.String({ minLength: 1, maxLength: 500, pattern: '\\S' }),
    body: Type.String({ maxLength: MAX_ARTICLE_BODY }),
    lang: Type.Optional(Lang),
    url: Type.Optional(Type.String({ maxLength: 2000 })),
    tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 50 })),
  },
  { additionalProperties: false },
);
export type ArticleInput = Static<typeof ArticleInput>;

export const Article = Type.Object({
  id: Type.String(),
  title: Type.String(),
  body: Type.String(),
  lang: Type.String(),
  url: Type.Union([Type.String(), Type.Null()]),
  tags: Type.Array(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Article = Static<typeof Article>;

/** One help-centre search a visitor made, as imported (`import searches`). */
export const SearchInput = Type.Object(
  {
    session: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    at: IsoTime,
    query: Type.String({ minLength: 1, maxLength: 1000 }),
    clicks: Type.Optional(Type.Array(ExternalId, { maxItems: 100 })),
    resultCount: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type SearchInput = Static<typeof SearchInput>;

/** A labelled example for intent training (`import labels`). */
export const LabelInput = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 10_000, pattern: '\\S' }),
    label: Type.String({ minLength: 1, maxLength: 100, pattern: '^\\S(.*\\S)?$' }),
  },
  { additionalProperties: false },
);
export type LabelInput = Static<typeof LabelInput>;

export const GLOSSARY_STATUSES = ['suggested', 'approved', 'rejected'] as const;
export type GlossaryStatus = (typeof GLOSSARY_STATUSES)[number];
export const GlossaryStatusSchema = Type.Union(GLOSSARY_STATUSES.map((s) => Type.Literal(s)));

export const VARIANT_KINDS = ['synonym', 'spelling'] as const;
export const VariantKindSchema = Type.Union(VARIANT_KINDS.map((s) => Type.Literal(s)));

const TermText = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const GlossaryTermInput = Type.Object(
  {
    officialTerm: TermText,
    lang: Type.Optional(Lang),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);

export const GlossaryVariantInput = Type.Object(
  {
    customerTerm: TermText,
    kind: Type.Optional(VariantKindSchema),
    status: Type.Optional(GlossaryStatusSchema),
  },
  { additionalProperties: false },
);

export const GlossaryVariantPatch = Type.Object(
  { status: GlossaryStatusSchema },
  { additionalProperties: false },
);

export const GlossaryVariant = Type.Object({
  id: Type.Integer(),
  customerTerm: Type.String(),
  kind: Type.String(),
  status: GlossaryStatusSchema,
  decidedBy: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.Union([Type.String(), Type.Null()]),
});

export const GlossaryTerm = Type.Object({
  id: Type.Integer(),
  officialTerm: Type.String(),
  lang: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  variants: Type.Array(GlossaryVariant),
  createdAt: Type.String(),
});
export type GlossaryTerm = Static<typeof GlossaryTerm>;

export const ArticleQuery = Type.Object(
  { lang: Type.Optional(Lang), updatedSince: Type.Optional(IsoTime) },
  { additionalProperties: false },
);
