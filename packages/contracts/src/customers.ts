import { Type, type Static } from '@sinclair/typebox';
import { ExternalId, Lang, Page, PageQuery } from './common.js';

export const IDENTITY_KINDS = ['email', 'phone', 'external'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export const Email = Type.String({ minLength: 3, maxLength: 320, pattern: '^[^\\s@]+@[^\\s@]+$' });
export const Phone = Type.String({ minLength: 3, maxLength: 40, pattern: '^\\+?[0-9 ()./-]{3,40}$' });

/** A customer as imported (`import customers`) or created over the API. */
export const CustomerInput = Type.Object(
  {
    id: ExternalId,
    name: Type.Optional(Type.String({ maxLength: 300 })),
    email: Type.Optional(Email),
    phone: Type.Optional(Phone),
    lang: Type.Optional(Lang),
    meta: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
export type CustomerInput = Static<typeof CustomerInput>;

export const Identity = Type.Object({
  kind: Type.Union(IDENTITY_KINDS.map((k) => Type.Literal(k))),
  value: Type.String(),
});
export type Identity = Static<typeof Identity>;

export const IdentityInput = Type.Object(
  {
    kind: Type.Union(IDENTITY_KINDS.map((k) => Type.Literal(k))),
    value: Type.String({ minLength: 1, maxLength: 320, pattern: '\\S' }),
  },
  { additionalProperties: false },
);

export const Customer = Type.Object({
  id: Type.String(),
  name: Type.Union([Type.String(), Type.Null()]),
  lang: Type.Union([Type.String(), Type.Null()]),
  contactPersonId: Type.Union([Type.String(), Type.Null()]),
  identities: Type.Array(Identity),
  mergedIds: Type.Array(Type.String(), { description: 'Customers merged into this one' }),
  meta: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String(),
});
export type Customer = Static<typeof Customer>;

export const CustomerQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 320 })), ...PageQuery },
  { additionalProperties: false },
);
export const CustomerPage = Page(Customer);

export const MergeInput = Type.Object(
  {
    from: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Id of the customer merged into this one',
    }),
  },
  { additionalProperties: false },
);

export const CustomerPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 300 })),
    lang: Type.Optional(Lang),
    contactPersonId: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
