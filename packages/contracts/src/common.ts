import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** ISO 8601 time with a time zone, e.g. 2026-03-01T09:30:00Z or 2026-03-01T10:30:00+01:00. */
export const IsoTime = Type.String({
  format: 'date-time',
  description: 'ISO 8601 date and time with time zone',
  examples: ['2026-03-01T09:30:00Z'],
});

export const Lang = Type.Union([Type.Literal('nl'), Type.Literal('en')], { description: 'nl or en' });
export const DetectedLang = Type.Union([Type.Literal('nl'), Type.Literal('en'), Type.Literal('unknown')]);

/** An identifier chosen by the organisation's own systems (kept as given). */
export const ExternalId = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

export const Role = Type.Union([Type.Literal('admin'), Type.Literal('agent'), Type.Literal('analyst')]);
export type Role = Static<typeof Role>;
export const ROLES: readonly Role[] = ['admin', 'agent', 'analyst'];

export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Unknown()),
  }),
});

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

/** A page of results with an opaque cursor for the next page (absent on the last page). */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Optional(Type.String()) });
}

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
};
