import { Type, type Static } from '@sinclair/typebox';
import { DetectedLang, ExternalId, IsoTime, Lang, Page, PageQuery } from './common.js';
import { IntentRoute } from './intents.js';

export const MAX_SIGNAL_TEXT = 1_000_000;
export const MAX_SIGNALS_PER_BATCH = 1000;

export const CHANNELS = [
  'search',
  'chat',
  'email',
  'phone',
  'counter',
  'form',
  'survey',
  'letter',
  'social',
  'api',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const ChannelSchema = Type.Union(
  CHANNELS.map((c) => Type.Literal(c)),
  { description: `One of: ${CHANNELS.join(', ')}` },
);

/** One customer utterance as sent to POST /api/v1/signals or imported from a file. */
export const SignalInput = Type.Object(
  {
    id: Type.Optional(ExternalId),
    customer: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 320,
        pattern: '\\S',
        description: "The customer's own id, email address or phone number",
      }),
    ),
    channel: ChannelSchema,
    text: Type.String({ minLength: 1, maxLength: MAX_SIGNAL_TEXT, pattern: '\\S' }),
    at: IsoTime,
    lang: Type.Optional(Lang),
    meta: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false },
);
export type SignalInput = Static<typeof SignalInput>;

export const SignalBatchInput = Type.Object(
  { signals: Type.Array(SignalInput, { minItems: 1, maxItems: MAX_SIGNALS_PER_BATCH }) },
  { additionalProperties: false },
);
export const SignalPostBody = Type.Union([SignalInput, SignalBatchInput]);

export const Signal = Type.Object({
  id: Type.String(),
  customerId: Type.Union([Type.String(), Type.Null()]),
  channel: Type.String(),
  text: Type.String(),
  lang: DetectedLang,
  at: Type.String(),
  meta: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String(),
  route: Type.Optional(IntentRoute),
});
export type Signal = Static<typeof Signal>;

export const SignalPostResult = Type.Object({
  created: Type.Integer(),
  duplicates: Type.Integer(),
  ids: Type.Array(Type.String(), { description: 'Ids of the signals in the order sent' }),
});
export type SignalPostResult = Static<typeof SignalPostResult>;

export const SignalQuery = Type.Object(
  {
    customer: Type.Optional(Type.String({ maxLength: 320 })),
    channel: Type.Optional(ChannelSchema),
    lang: Type.Optional(DetectedLang),
    from: Type.Optional(IsoTime),
    to: Type.Optional(IsoTime),
    intent: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'Routed to this intent' }),
    ),
    team: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Routed to this team' })),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        pattern: '\\S',
        description: 'Words the text contains (all of them, in any case)',
      }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type SignalQuery = Static<typeof SignalQuery>;
export const SignalPage = Page(Signal);
