import { AppError } from '../http/errors.js';

/** Opaque page cursors: base64url JSON of the sort key of the last item shown. */
export function encodeCursor(key: { at: string; id: string }): string {
  return Buffer.from(JSON.stringify([key.at, key.id])).toString('base64url');
}

export function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  throw new AppError('validation_failed', undefined, [{ field: 'cursor', message: 'cursor is not valid' }]);
}
