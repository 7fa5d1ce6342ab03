/**
 * The one error vocabulary of the API: a closed set of stable machine ids, each mapped to one
 * HTTP status and a default message a person understands.
 */
export const ERRORS = {
  validation_failed: { status: 400, message: 'The request is not valid. See details for each field.' },
  bad_request: { status: 400, message: 'The request could not be understood.' },
  unauthenticated: { status: 401, message: 'Please sign in first.' },
  invalid_credentials: { status: 401, message: 'The email address or password is not correct.' },
  forbidden: { status: 403, message: 'Your role does not allow this.' },
  not_found: { status: 404, message: 'This does not exist (any more).' },
  conflict: { status: 409, message: 'This conflicts with data that already exists.' },
  no_model: { status: 409, message: 'There is no intent model yet. Train one first.' },
  setup_done: { status: 409, message: 'Klantstem already has an administrator; sign in instead.' },
  payload_too_large: { status: 413, message: 'The request is too large.' },
  unsupported_media_type: { status: 415, message: 'Send the request body as JSON (application/json).' },
  rate_limited: { status: 429, message: 'Too many attempts. Please wait a moment and try again.' },
  internal: { status: 500, message: 'Something went wrong on our side. Please try again later.' },
  unavailable: { status: 503, message: 'Klantstem is not ready yet. Please try again shortly.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export interface FieldProblem {
  /** JSON pointer to the field, e.g. "/signals/3/at"; "" for the body as a whole. */
  field: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: FieldProblem[] | Record<string, unknown> };
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERRORS, value);
}
