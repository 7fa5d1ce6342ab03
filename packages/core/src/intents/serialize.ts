import type { IntentModelData } from './classifier.js';

/**
 * A model as compact JSON: typed arrays travel as base64 of their bytes (little-endian, as every
 * platform Klantstem runs on), everything else as plain JSON. `format` and `version` let a
 * future release refuse or convert an older model instead of misreading it.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...ALPHABET].map((ch, i) => [ch, i]));

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63]! : '=';
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k += 1) {
      const v = i + k < clean.length ? LOOKUP.get(clean[i + k]!) : 0;
      if (v === undefined) throw new Error('The model file is damaged (bad base64).');
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

const bytesOf = (a: Int8Array | Uint16Array | Uint32Array | Float32Array) =>
  new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

export function serializeIntentModel(model: IntentModelData): string {
  const { weights, ...rest } = model;
  return JSON.stringify({
    ...rest,
    weights: {
      classes: weights.classes,
      dimensions: weights.dimensions,
      rowStarts: toBase64(bytesOf(weights.rowStarts)),
      columns: toBase64(bytesOf(weights.columns)),
      values: toBase64(bytesOf(weights.values)),
      rowScales: toBase64(bytesOf(weights.rowScales)),
      bias: toBase64(bytesOf(weights.bias)),
    },
  });
}

export function parseIntentModel(text: string): IntentModelData {
  const raw = JSON.parse(text) as Omit<IntentModelData, 'weights'> & {
    weights: Record<'rowStarts' | 'columns' | 'values' | 'rowScales' | 'bias', string> & {
      classes: number;
      dimensions: number;
    };
  };
  if (raw.format !== 'klantstem-intents') throw new Error('This is not a Klantstem intent model.');
  if (raw.version !== 1) throw new Error(`Intent model version ${String(raw.version)} is not supported.`);
  const buffer = (s: string, width: number) => {
    const bytes = fromBase64(s);
    if (bytes.byteLength % width !== 0) throw new Error('The model file is damaged (odd array size).');
    return bytes.buffer;
  };
  const weights = {
    classes: raw.weights.classes,
    dimensions: raw.weights.dimensions,
    rowStarts: new Uint32Array(buffer(raw.weights.rowStarts, 4)),
    columns: new Uint16Array(buffer(raw.weights.columns, 2)),
    values: new Int8Array(buffer(raw.weights.values, 1)),
    rowScales: new Float32Array(buffer(raw.weights.rowScales, 4)),
    bias: new Float32Array(buffer(raw.weights.bias, 4)),
  };
  if (
    weights.rowStarts.length !== weights.dimensions + 1 ||
    weights.rowStarts[weights.dimensions] !== weights.values.length ||
    weights.columns.length !== weights.values.length ||
    weights.columns.some((c) => c >= weights.classes) ||
    weights.rowScales.length !== weights.dimensions ||
    weights.bias.length !== weights.classes ||
    raw.labels.length !== weights.classes
  ) {
    throw new Error('The model file is damaged (sizes do not match).');
  }
  return { ...raw, weights };
}
