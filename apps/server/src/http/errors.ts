import { ERRORS, type ErrorCode, type FieldProblem } from '@klantstem/contracts';

/** The one error type services throw; the HTTP layer maps it to status and body. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: FieldProblem[] | Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message?: string, details?: FieldProblem[] | Record<string, unknown>) {
    super(message ?? ERRORS[code].message);
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return ERRORS[this.code].status;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} does not exist.`);
export const forbidden = (message?: string) => new AppError('forbidden', message);
export const invalid = (field: string, message: string) =>
  new AppError('validation_failed', undefined, [{ field, message }]);
