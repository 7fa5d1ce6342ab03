import { Type, type Static } from '@sinclair/typebox';
import { Signal } from './signals.js';

export const OverviewQuery = Type.Object(
  { weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 104, default: 12 })) },
  { additionalProperties: false },
);

/** GET /api/v1/overview: what customers said lately, in volumes and in their own words. */
export const Overview = Type.Object({
  weeks: Type.Array(Type.String({ description: 'Monday (UTC) of each week, oldest first' })),
  channels: Type.Array(
    Type.Object({ channel: Type.String(), counts: Type.Array(Type.Integer({ description: 'per week' })) }),
  ),
  topIntents: Type.Array(Type.Object({ intent: Type.String(), count: Type.Integer() })),
  newest: Type.Array(Signal),
  totals: Type.Object({ signals: Type.Integer(), customers: Type.Integer(), triage: Type.Integer() }),
});
export type Overview = Static<typeof Overview>;
