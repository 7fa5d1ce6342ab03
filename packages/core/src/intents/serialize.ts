import { MODEL_VERSION, type IntentModelData } from './classifier.js';
import type { FeatureOptions } from './features.js';
import type { QuantizedRows } from './quantized.js';

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

type Typed = Int8Array | Uint16Array | Uint32Array | Float32Array;

const encode = (a: Typed) => toBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));

function decode<T extends Typed>(text: unknown, make: new (buffer: ArrayBuffer) => T, width: number): T {
  if (typeof text !== 'string') throw new Error('The model file is damaged (missing array).');
  const bytes = fromBase64(text);
  if (bytes.byteLength % width !== 0) throw new Error('The model file is damaged (odd array size).');
  return new make(bytes.buffer as ArrayBuffer);
}

type RowField = 'rowStarts' | 'columns' | 'values' | 'rowScales';

function encodeRows(rows: QuantizedRows): Record<RowField, string> {
  return {
    rowStarts: encode(rows.rowStarts),
    columns: encode(rows.columns),
    values: encode(rows.values),
    rowScales: encode(rows.rowScales),
  };
}

function decodeRows(
  raw: Partial<Record<RowField, unknown>> | undefined,
  classes: number,
  count: number,
): QuantizedRows {
  const rows = {
    rowStarts: decode(raw?.rowStarts, Uint32Array, 4),
    columns: decode(raw?.columns, Uint16Array, 2),
    values: decode(raw?.values, Int8Array, 1),
    rowScales: decode(raw?.rowScales, Float32Array, 4),
  };
  const entries = rows.values.length;
  let ordered = rows.rowStarts[0] === 0;
  for (let r = 0; r < count && ordered; r += 1) ordered = rows.rowStarts[r]! <= rows.rowStarts[r + 1]!;
  if (
    !ordered ||
    rows.rowStarts.length !== count + 1 ||
    rows.rowStarts[count] !== entries ||
    rows.columns.length !== entries ||
    rows.columns.some((c) => c >= classes) ||
    rows.rowScales.length !== count
  ) {
    throw new Error('The model file is damaged (sizes do not match).');
  }
  return rows;
}

/** The model file: typed arrays (weights, vocabulary hashes, IDF) as base64 strings. */
export function serializeIntentModel(model: IntentModelData): string {
  const { weights, vectorizer, ...rest } = model;
  return JSON.stringify({
    ...rest,
    vectorizer: {
      options: vectorizer.options,
      wordHashes: encode(Uint32Array.from(vectorizer.wordHashes)),
      charHashes: encode(Uint32Array.from(vectorizer.charHashes)),
      idf: encode(Float32Array.from(vectorizer.idf)),
    },
    weights: {
      classes: weights.classes,
      dimensions: weights.dimensions,
      features: encodeRows(weights.features),
      wordChars: encodeRows(weights.wordChars),
      bias: encode(weights.bias),
    },
  });
}

interface RawModel extends Omit<IntentModelData, 'weights' | 'vectorizer' | 'version'> {
  version: unknown;
  vectorizer: { options: FeatureOptions } & Record<'wordHashes' | 'charHashes' | 'idf', unknown>;
  weights: {
    classes: number;
    dimensions: number;
    features?: Record<string, unknown>;
    wordChars?: Record<string, unknown>;
    bias: unknown;
  };
}

export function parseIntentModel(text: string): IntentModelData {
  const raw = JSON.parse(text) as RawModel;
  if (raw.format !== 'klantstem-intents') throw new Error('This is not a Klantstem intent model.');
  if (raw.version !== MODEL_VERSION) {
    throw new Error(
      `Intent model version ${String(raw.version)} is not supported (this release reads version ${MODEL_VERSION}); train the model again.`,
    );
  }
  const wordHashes = [...decode(raw.vectorizer.wordHashes, Uint32Array, 4)];
  const charHashes = [...decode(raw.vectorizer.charHashes, Uint32Array, 4)];
  const idf = [...decode(raw.vectorizer.idf, Float32Array, 4)];
  const { classes, dimensions } = raw.weights;
  const weights = {
    classes,
    dimensions,
    features: decodeRows(raw.weights.features, classes, dimensions),
    wordChars: decodeRows(raw.weights.wordChars, classes, wordHashes.length),
    bias: decode(raw.weights.bias, Float32Array, 4),
  };
  if (
    idf.length !== dimensions ||
    wordHashes.length + charHashes.length !== dimensions ||
    weights.bias.length !== classes ||
    raw.labels.length !== classes
  ) {
    throw new Error('The model file is damaged (sizes do not match).');
  }
  return {
    ...raw,
    version: MODEL_VERSION,
    vectorizer: { options: raw.vectorizer.options, wordHashes, charHashes, idf },
    weights,
  };
}
