import type { TObject, TSchema } from '@sinclair/typebox';
import { parse as parseCsv } from 'csv-parse/sync';
import type { RawLine } from './lines.js';

/** A record read from an import file with the line it starts on, or the reason it could not be read. */
export type ReadRecord =
  | { line: number; bytes: number; value: Record<string, unknown> }
  | { line: number; bytes: number; error: string };

/** Records made in code (the demo, tests), numbered as lines of a file would be. */
export function* numberedRecords(values: readonly object[]): Generator<ReadRecord> {
  let line = 0;
  for (const value of values) yield { line: ++line, bytes: 0, value: value as Record<string, unknown> };
}

export async function* jsonlRecords(lines: AsyncIterable<RawLine>): AsyncGenerator<ReadRecord> {
  for await (const raw of lines) {
    if ('error' in raw) {
      yield { line: raw.line, bytes: raw.bytes, error: `line ${raw.error}` };
      continue;
    }
    if (raw.text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw.text);
    } catch (err) {
      yield { line: raw.line, bytes: raw.bytes, error: `malformed JSON: ${(err as Error).message}` };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { line: raw.line, bytes: raw.bytes, error: 'a line must hold one JSON object' };
      continue;
    }
    yield { line: raw.line, bytes: raw.bytes, value: value as Record<string, unknown> };
  }
}

/** Largest CSV record (it may span lines inside quotes) before the rest of it is dropped as an error. */
const MAX_CSV_RECORD_BYTES = 8 * 1024 * 1024;

/**
 * Reads CSV with a header row naming the same fields as the JSON format. Cells are typed from the
 * schema: numbers, JSON or "|"-separated lists, JSON objects; empty cells mean "absent".
 */
export async function* csvRecords(
  lines: AsyncIterable<RawLine>,
  schema: TObject,
): AsyncGenerator<ReadRecord> {
  let header: string[] | undefined;
  let chunk: string[] = [];
  let chunkBytes = 0;
  let startLine = 0;
  let broken: string | undefined;
  let quotes = 0;
  for await (const raw of lines) {
    if (chunk.length === 0) {
      startLine = raw.line;
      broken = undefined;
      quotes = 0;
      if ('error' in raw && raw.text === undefined) {
        yield { line: raw.line, bytes: raw.bytes, error: `line ${raw.error}` };
        continue;
      }
      if (raw.text?.trim() === '') continue;
    }
    if ('error' in raw) broken ??= `line ${raw.line} ${raw.error}`;
    const text = raw.text ?? '';
    chunk.push(text);
    chunkBytes += raw.bytes;
    quotes += countQuotes(text);
    if (quotes % 2 === 1 && chunkBytes < MAX_CSV_RECORD_BYTES) continue; // a quoted field goes on
    const bytes = chunkBytes;
    const recordText = chunk.join('\n');
    chunk = [];
    chunkBytes = 0;
    if (quotes % 2 === 1) broken ??= 'has an unclosed quote';
    if (broken) {
      yield { line: startLine, bytes, error: broken };
      continue;
    }
    let cells: string[];
    try {
      const rows: string[][] = parseCsv(recordText, { relax_column_count: true, bom: true });
      cells = rows[0] ?? [];
    } catch (err) {
      yield { line: startLine, bytes, error: `malformed CSV: ${(err as Error).message}` };
      continue;
    }
    if (!header) {
      header = cells.map((c) => c.trim());
      const unknown = header.filter((name) => !(name in schema.properties));
      if (unknown.length > 0) {
        throw new ImportFileError(
          `The CSV header has unknown column(s): ${unknown.join(', ')}. Expected: ${Object.keys(schema.properties).join(', ')}`,
        );
      }
      continue;
    }
    if (cells.length > header.length) {
      yield { line: startLine, bytes, error: `has ${cells.length} cells, the header has ${header.length}` };
      continue;
    }
    yield { line: startLine, bytes, value: typedRecord(header, cells, schema) };
  }
  if (chunk.length > 0) yield { line: startLine, bytes: chunkBytes, error: 'has an unclosed quote' };
}

/** An import that cannot go on at all (e.g. a CSV header that names no known fields). */
export class ImportFileError extends Error {}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) n += 1;
  return n;
}

function typedRecord(header: string[], cells: string[], schema: TObject): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = cells[i];
    if (cell === undefined || cell === '') return;
    record[name] = typedCell(cell, schema.properties[name]);
  });
  return record;
}

function typedCell(cell: string, schema: TSchema | undefined): unknown {
  const type = (schema as { type?: string } | undefined)?.type;
  if (type === 'integer' || type === 'number') {
    const n = Number(cell);
    return cell.trim() !== '' && Number.isFinite(n) ? n : cell;
  }
  if (type === 'array') {
    if (cell.trimStart().startsWith('[')) return parseJsonOr(cell);
    return cell
      .split('|')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  if (type === 'object') return parseJsonOr(cell);
  return cell;
}

function parseJsonOr(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return cell; // left as text, so validation names the field
  }
}
