import type { ImportSummary } from '@klantstem/contracts';
import type { TObject } from '@sinclair/typebox';
import { compileValidator } from '../../schema/validate.js';
import { readLines } from './lines.js';
import { csvRecords, jsonlRecords, type ReadRecord } from './records.js';

export type ImportFormat = 'jsonl' | 'csv';

export interface LineError {
  line: number;
  message: string;
}

export interface Numbered<T> {
  line: number;
  value: T;
}

export interface BatchResult {
  imported: number;
  updated: number;
  duplicates: number;
  errors: LineError[];
}

/** Stores one kind of record. `store` commits a batch atomically: all of it or none of it. */
export interface RecordStore<T> {
  readonly schema: TObject;
  /** Records per transaction; 1000 unless the store knows better. */
  readonly batchSize?: number;
  store(batch: Numbered<T>[]): Promise<BatchResult>;
}

export interface Progress {
  lines: number;
  bytes: number;
  imported: number;
  errors: number;
}

export interface ImportOptions {
  format: ImportFormat;
  batchSize?: number;
  onProgress?: (progress: Progress) => void;
}

const MAX_LISTED_ERRORS = 1000;

/** Imports a file's bytes (JSONL or CSV) into a store. */
export function runImport<T>(
  store: RecordStore<T>,
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const lines = readLines(source);
  const records = options.format === 'csv' ? csvRecords(lines, store.schema) : jsonlRecords(lines);
  return importRecords(store, records, options);
}

/** Validates records, stores the good ones batch by batch, and reports the bad ones by line. */
export async function importRecords<T>(
  store: RecordStore<T>,
  records: AsyncIterable<ReadRecord> | Iterable<ReadRecord>,
  options: Omit<ImportOptions, 'format'> = {},
): Promise<ImportSummary> {
  const validator = compileValidator(store.schema);
  const summary: ImportSummary = {
    imported: 0,
    updated: 0,
    skipped: 0,
    duplicates: 0,
    lines: 0,
    errors: [],
    errorCount: 0,
  };
  const progress: Progress = { lines: 0, bytes: 0, imported: 0, errors: 0 };
  const fail = (error: LineError) => {
    summary.errorCount += 1;
    summary.skipped += 1;
    if (summary.errors.length < MAX_LISTED_ERRORS) summary.errors.push(error);
  };
  const batchSize = options.batchSize ?? store.batchSize ?? 1000;
  let batch: Numbered<T>[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const result = await store.store(batch);
    batch = [];
    summary.imported += result.imported;
    summary.updated += result.updated;
    summary.duplicates += result.duplicates;
    summary.skipped += result.duplicates;
    result.errors.forEach(fail);
    progress.imported = summary.imported;
    progress.errors = summary.errorCount;
    options.onProgress?.(progress);
  };

  for await (const record of records) {
    summary.lines = record.line;
    progress.lines = record.line;
    progress.bytes += record.bytes;
    if ('error' in record) {
      fail({ line: record.line, message: record.error });
      continue;
    }
    if (!validator.check(record.value)) {
      fail({
        line: record.line,
        message: validator
          .problems(record.value)
          .map((p) => p.message)
          .join('; '),
      });
      continue;
    }
    batch.push({ line: record.line, value: record.value as T });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  summary.errors.sort((a, b) => a.line - b.line);
  return summary;
}

export function formatFromPath(path: string): ImportFormat {
  if (/\.csv$/i.test(path)) return 'csv';
  if (/\.(jsonl|ndjson|json)$/i.test(path) || path === '-') return 'jsonl';
  throw new Error(`Cannot tell the format of "${path}": use a .jsonl or .csv file (or --format).`);
}
