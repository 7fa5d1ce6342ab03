import { Type, type Static } from '@sinclair/typebox';
import { Role } from './common.js';
import { Email } from './customers.js';

export const MIN_PASSWORD_LENGTH = 12;
export const Password = Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: 200 });

export const User = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: Role,
  teams: Type.Array(Type.String()),
  disabled: Type.Boolean(),
  createdAt: Type.String(),
});
export type User = Static<typeof User>;

export const UserInput = Type.Object(
  {
    email: Email,
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    role: Role,
    password: Password,
  },
  { additionalProperties: false },
);
export type UserInput = Static<typeof UserInput>;

export const UserPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
    role: Type.Optional(Role),
    disabled: Type.Optional(Type.Boolean()),
    password: Type.Optional(Password),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const SignInInput = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 320 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const SetupInput = Type.Object(
  {
    token: Type.String({ minLength: 10, maxLength: 200 }),
    email: Email,
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    password: Password,
  },
  { additionalProperties: false },
);

export const SetupStatus = Type.Object({ needed: Type.Boolean() });

export const Team = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  members: Type.Array(Type.String()),
  intents: Type.Array(Type.String()),
  authority: Type.Array(Type.String(), {
    description: 'Intents this team may decide on (e.g. a payment); routing prefers such a team',
  }),
});
export type Team = Static<typeof Team>;

export const TeamInput = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9][a-z0-9_-]*$' }),
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    members: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 1000 })),
    intents: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 1000 })),
    authority: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
        maxItems: 1000,
        description: 'Of its intents, those the team may decide on',
      }),
    ),
  },
  { additionalProperties: false },
);
export type TeamInput = Static<typeof TeamInput>;

export const ApiToken = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Role,
  createdAt: Type.String(),
  lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  revokedAt: Type.Union([Type.String(), Type.Null()]),
});
export type ApiToken = Static<typeof ApiToken>;

export const ApiTokenInput = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }), role: Role },
  { additionalProperties: false },
);

export const ApiTokenCreated = Type.Object({
  token: ApiToken,
  secret: Type.String({ description: 'Shown once: send it as "Authorization: Bearer <secret>"' }),
});

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorType: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
});
export type AuditEntry = Static<typeof AuditEntry>;
