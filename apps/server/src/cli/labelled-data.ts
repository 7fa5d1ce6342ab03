import { readFileSync } from 'node:fs';
import type { Example } from '@klantstem/core';
import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { UsageError } from './args.js';

export interface Columns {
  text: string;
  label: string;
}

/**
 * Reads labelled examples for training or evaluation from CSV (with a header) or JSONL. A file
 * that cannot be read as a whole is refused with the line at fault: a model trained on half a
 * file would be worse than none.
 */
export function readLabelledFile(path: string, columns: Columns): Example[] {
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (error) {
    const reason = error instanceof TypeError ? 'it is not valid UTF-8' : (error as Error).message;
    throw new UsageError(`Cannot read ${path}: ${reason}`);
  }
  const rows = path.toLowerCase().endsWith('.csv') ? csvRows(content, path) : jsonlRows(content, path);
  return rows.map(({ line, row }) => {
    const text = row[columns.text];
    const label = row[columns.label];
    if (typeof text !== 'string' || typeof label !== 'string') {
      const missing = typeof text !== 'string' ? columns.text : columns.label;
      const found = Object.keys(row).join(', ') || 'none';
      throw new UsageError(
        missing in row
          ? `${path} line ${line}: "${missing}" must be text`
          : `${path} line ${line}: there is no "${missing}" field (found: ${found}); ` +
              'name the columns with --text-column and --label-column',
      );
    }
    return { text, label };
  });
}

type Row = { line: number; row: Record<string, unknown> };

function csvRows(content: string, path: string): Row[] {
  try {
    const records: { record: Record<string, string>; info: { lines: number } }[] = parseCsv(content, {
      bom: true,
      columns: true,
      skip_empty_lines: true,
      info: true,
    });
    return records.map((r) => ({ line: r.info.lines, row: r.record }));
  } catch (error) {
    if (error instanceof CsvError) throw new UsageError(`${path} is not valid CSV: ${error.message}`);
    throw error;
  }
}

function jsonlRows(content: string, path: string): Row[] {
  const rows: Row[] = [];
  content.split('\n').forEach((text, i) => {
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`${path} line ${i + 1}: malformed JSON: ${(error as Error).message}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new UsageError(`${path} line ${i + 1}: a line must hold one JSON object`);
    }
    rows.push({ line: i + 1, row: value as Record<string, unknown> });
  });
  return rows;
}
