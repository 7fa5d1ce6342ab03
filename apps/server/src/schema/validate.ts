import type { Static, TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { ValueErrorType, type ValueError, type ValueErrorIterator } from '@sinclair/typebox/errors';
import { registerFormats } from './formats.js';

export interface Problem {
  field: string;
  message: string;
}

/** A compiled validator with messages a person can act on (field name, what was expected). */
export interface Validator<T> {
  check(value: unknown): value is T;
  problems(value: unknown): Problem[];
}

const MAX_PROBLEMS = 10;

export function compileValidator<T extends TSchema>(schema: T): Validator<Static<T>> {
  registerFormats();
  const compiled: TypeCheck<T> = TypeCompiler.Compile(schema);
  return {
    check: (value): value is Static<T> => compiled.Check(value) && nulPath(value, '') === undefined,
    problems: (value) => {
      const problems = collect(compiled.Errors(value));
      const nul = nulPath(value, '');
      if (nul !== undefined) {
        problems.push({
          field: fieldName(nul),
          message: `field "${fieldName(nul)}" contains a NUL character (\\u0000)`,
        });
      }
      return problems;
    },
  };
}

/** Where a NUL character hides in a value: no database text column can store it. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000')) return `${path}/${key}`;
    const found = nulPath(item, `${path}/${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

function collect(errors: Iterable<ValueError>): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    for (const problem of describe(error)) {
      if (seen.has(problem.field + problem.message) || seen.has(problem.field)) continue; // first is most specific
      seen.add(problem.field);
      seen.add(problem.field + problem.message);
      out.push(problem);
    }
    if (out.length >= MAX_PROBLEMS) break;
  }
  return out.slice(0, MAX_PROBLEMS);
}

function fieldName(path: string): string {
  return path === '' ? '(record)' : path.slice(1).replace(/\//g, '.');
}

function describe(error: ValueError): Problem[] {
  const field = fieldName(error.path);
  const schema = error.schema as {
    format?: string;
    maxLength?: number;
    anyOf?: TSchema[];
    minItems?: number;
    maxItems?: number;
  };
  switch (error.type) {
    case ValueErrorType.ObjectAdditionalProperties:
      return [{ field, message: `unknown field "${fieldName(error.path)}"` }];
    case ValueErrorType.ObjectRequiredProperty:
      return [{ field, message: `field "${field}" is required` }];
    case ValueErrorType.StringFormat:
      return [
        {
          field,
          message:
            schema.format === 'date-time'
              ? `field "${field}" must be an ISO 8601 time with a time zone, e.g. 2026-03-01T09:30:00Z`
              : schema.format === 'email'
                ? `field "${field}" must be an email address, e.g. naam@voorbeeld.nl`
                : `field "${field}" must be a valid ${schema.format}`,
        },
      ];
    case ValueErrorType.StringMaxLength:
      return [{ field, message: `field "${field}" is longer than ${schema.maxLength} characters` }];
    case ValueErrorType.StringMinLength:
    case ValueErrorType.StringPattern:
      return typeof error.value === 'string' && error.value.trim() === ''
        ? [{ field, message: `field "${field}" must not be empty` }]
        : [{ field, message: `field "${field}" is not in the expected form` }];
    case ValueErrorType.ArrayMaxItems:
      return [{ field, message: `field "${field}" has more than ${schema.maxItems} items` }];
    case ValueErrorType.ArrayMinItems:
      return [{ field, message: `field "${field}" needs at least ${schema.minItems} item(s)` }];
    case ValueErrorType.Union:
      return describeUnion(error, field, schema.anyOf ?? []);
    case ValueErrorType.Object:
      return [
        {
          field,
          message: field === '(record)' ? 'must be a JSON object' : `field "${field}" must be an object`,
        },
      ];
    case ValueErrorType.String:
      return [{ field, message: `field "${field}" must be text` }];
    case ValueErrorType.Integer:
    case ValueErrorType.Number:
      return [{ field, message: `field "${field}" must be a number` }];
    case ValueErrorType.Boolean:
      return [{ field, message: `field "${field}" must be true or false` }];
    case ValueErrorType.Array:
      return [{ field, message: `field "${field}" must be a list` }];
    default:
      return [{ field, message: `field "${field}": ${error.message.toLowerCase()}` }];
  }
}

/** For a choice of literals name the choices; for a choice of shapes explain the closest shape. */
function describeUnion(error: ValueError, field: string, options: TSchema[]): Problem[] {
  const literals = options.map((s) => (s as { const?: unknown }).const).filter((c) => c !== undefined);
  if (literals.length === options.length && literals.length > 0) {
    return [
      {
        field,
        message: `field "${field}" must be one of: ${literals.map((l) => JSON.stringify(l)).join(', ')}`,
      },
    ];
  }
  const variants = (error as ValueError & { errors?: ValueErrorIterator[] }).errors ?? [];
  let best: Problem[] | undefined;
  for (const variant of variants) {
    const problems = collect(variant);
    if (!best || problems.length < best.length) best = problems;
  }
  return best && best.length > 0 ? best : [{ field, message: `field "${field}" has the wrong type or form` }];
}
