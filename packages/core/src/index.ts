export { detectLanguage, type DetectedLang, type Lang } from './language/detect.js';
export * from './text/index.js';
export {
  IntentClassifier,
  OUT_OF_SCOPE,
  DEFAULT_TARGET_PRECISION,
  stratifiedSplit,
  trainIntents,
  type Example,
  type IntentModelData,
  type Prediction,
  type TrainIntentOptions,
} from './intents/classifier.js';
export { evaluateIntents, type EvaluationReport } from './intents/evaluate.js';
export { parseIntentModel, serializeIntentModel } from './intents/serialize.js';
export * from './search/index.js';
export * from './vocab/index.js';
