import { Worker } from 'node:worker_threads';
import type { Example } from '@klantstem/core';

export interface TrainRequest {
  examples: Example[];
  targetPrecision?: number;
}

export type TrainResponse = { model: string } | { error: string };

const SELF = import.meta.url;
// Running from TypeScript sources (tests, bench): the worker needs tsx to load its .ts module.
const FROM_SOURCE = SELF.endsWith('.ts');
const WORKER = new URL(FROM_SOURCE ? './train-worker.ts' : './train-worker.js', SELF);

function startWorker(request: TrainRequest): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER, { workerData: request });
  const code =
    `import('tsx/esm/api').then(({ register }) => { register(); ` +
    `return import(${JSON.stringify(WORKER.href)}); })`;
  return new Worker(code, { eval: true, workerData: request, execArgv: ['--conditions=source'] });
}

/** Trains in a worker thread and resolves with the serialised model. */
export function trainOffThread(request: TrainRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(request);
    let settled = false;
    worker.once('message', (response: TrainResponse) => {
      settled = true;
      if ('model' in response) resolve(response.model);
      else reject(new TrainingError(response.error));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The training worker stopped unexpectedly (exit code ${code}).`));
    });
  });
}

/** Training refused the data (too few intents, no examples): the caller's data, not a crash. */
export class TrainingError extends Error {}
