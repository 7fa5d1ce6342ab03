import { Type, type Static } from '@sinclair/typebox';

/** Longest text the router reads; longer questions are refused, not silently cut. */
export const MAX_INTENT_TEXT = 20_000;

export const IntentPredictInput = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: MAX_INTENT_TEXT, pattern: '\\S' }) },
  { additionalProperties: false },
);
export type IntentPredictInput = Static<typeof IntentPredictInput>;

export const IntentAlternative = Type.Object({ intent: Type.String(), confidence: Type.Number() });

/** Where a question goes: an intent and its team, or triage when the model is not sure. */
export const IntentRoute = Type.Object({
  intent: Type.Union([Type.String(), Type.Null()], { description: 'null when abstained or out of scope' }),
  team: Type.Union([Type.String(), Type.Null()], { description: 'null: the triage queue' }),
  confidence: Type.Number(),
  abstained: Type.Boolean(),
  outOfScope: Type.Boolean(),
  alternatives: Type.Array(IntentAlternative, { description: 'the three most likely intents' }),
  modelId: Type.String(),
});
export type IntentRoute = Static<typeof IntentRoute>;

export const IntentScores = Type.Object({
  precision: Type.Number(),
  recall: Type.Number(),
  f1: Type.Number(),
  support: Type.Integer(),
});

export const IntentReport = Type.Object({
  items: Type.Integer(),
  accuracy: Type.Number({ description: 'top-1 accuracy without abstention' }),
  macroF1: Type.Number(),
  abstainRate: Type.Number(),
  answeredAccuracy: Type.Number(),
  inScopeAccuracy: Type.Number(),
  oosRecall: Type.Union([Type.Number(), Type.Null()]),
  perIntent: Type.Optional(Type.Record(Type.String(), IntentScores)),
  confusions: Type.Optional(
    Type.Array(Type.Object({ label: Type.String(), predicted: Type.String(), count: Type.Integer() })),
  ),
});
export type IntentReport = Static<typeof IntentReport>;

export const IntentModelInfo = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('previous'), Type.Literal('retired')]),
  source: Type.String(),
  intents: Type.Array(Type.String()),
  examples: Type.Integer(),
  threshold: Type.Number(),
  targetPrecision: Type.Number(),
  trainSeconds: Type.Number(),
  modelBytes: Type.Integer(),
  createdAt: Type.String(),
  validation: Type.Union([IntentReport, Type.Null()]),
});
export type IntentModelInfo = Static<typeof IntentModelInfo>;

export const IntentTrainInput = Type.Object(
  {
    targetPrecision: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
  },
  { additionalProperties: false },
);

export const IntentTrainingJob = Type.Object({
  id: Type.String(),
  status: Type.Union([Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  startedAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  model: Type.Union([IntentModelInfo, Type.Null()]),
  error: Type.Union([Type.String(), Type.Null()]),
});
export type IntentTrainingJob = Static<typeof IntentTrainingJob>;

export const TriageItem = Type.Object({
  signalId: Type.String(),
  text: Type.String(),
  at: Type.String(),
  customerId: Type.Union([Type.String(), Type.Null()]),
  confidence: Type.Number(),
  alternatives: Type.Array(IntentAlternative),
});
export const TriagePage = Type.Object({ items: Type.Array(TriageItem) });

export const TriageDecision = Type.Object(
  { intent: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }) },
  { additionalProperties: false },
);
