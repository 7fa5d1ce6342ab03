import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { compileValidator } from '../schema/validate.js';
import { AppError } from './errors.js';

/**
 * Validates request parts with the same compiled validators as the importers, so the API and
 * the CLI explain a bad field in the same words. Query strings and path parameters are text
 * on the wire and are converted to the declared types first; bodies are never coerced.
 */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const validator = compileValidator(schema);
  const convert = httpPart === 'querystring' || httpPart === 'params';
  return (data: unknown) => {
    const value: unknown = convert ? Value.Default(schema, Value.Convert(schema, data)) : data;
    if (validator.check(value)) return { value };
    const where = httpPart === 'body' ? '' : `${httpPart} `;
    return {
      error: new AppError(
        'validation_failed',
        undefined,
        validator.problems(value).map((p) => ({ field: p.field, message: where + p.message })),
      ),
    };
  };
};
