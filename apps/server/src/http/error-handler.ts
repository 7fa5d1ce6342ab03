import { ERRORS, type ErrorBody, type ErrorCode } from '@klantstem/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

/** Fastify's own errors, translated into our closed vocabulary. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
  FST_ERR_VALIDATION: 'validation_failed',
};

export function sendError(reply: FastifyReply, error: AppError): FastifyReply {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  if (error.code === 'unauthenticated') void reply.header('www-authenticate', 'Bearer, Cookie');
  return reply.status(error.status).send(body);
}

export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof AppError) return sendError(reply, error);
  const cause = (error as FastifyError & { cause?: unknown }).cause;
  if (error.validation && cause instanceof AppError) return sendError(reply, cause);
  if (error.statusCode === 429) return sendError(reply, new AppError('rate_limited'));
  const code = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (code) {
    const message =
      code === 'bad_request' ? `The request body is not valid JSON: ${error.message}` : ERRORS[code].message;
    return sendError(reply, new AppError(code, message));
  }
  if (error instanceof SyntaxError) {
    return sendError(
      reply,
      new AppError('bad_request', `The request body is not valid JSON: ${error.message}`),
    );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return sendError(reply, new AppError('bad_request', error.message));
  }
  request.log.error({ err: error }, 'request failed');
  return sendError(reply, new AppError('internal'));
}
