import { parentPort, workerData } from 'node:worker_threads';
import { serializeIntentModel, trainIntents } from '@klantstem/core';
import type { TrainRequest, TrainResponse } from './training.js';

// Runs in a worker thread: training takes seconds of CPU, and routing must go on meanwhile.
const request = workerData as TrainRequest;
let response: TrainResponse;
try {
  const model = trainIntents(request.examples, {
    ...(request.targetPrecision !== undefined && { targetPrecision: request.targetPrecision }),
    now: () => performance.now(),
  });
  response = { model: serializeIntentModel(model) };
} catch (error) {
  response = { error: error instanceof Error ? error.message : String(error) };
}
parentPort?.postMessage(response);
