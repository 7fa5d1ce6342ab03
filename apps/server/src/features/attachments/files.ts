// What makes a file that came from outside safe to keep and to hand to a browser: its name, the
// type it is served as, and whether its bytes are what its type claims. Pure functions, no I/O.

/** Longest stored file name, in characters; longer names are cut before the extension. */
export const MAX_NAME_LENGTH = 200;
const MAX_EXTENSION_LENGTH = 16;

/** Types whose files are served as themselves: they show as data, never run (with nosniff). */
const SERVED_AS_THEMSELVES = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
]);

/**
 * Images a staff screen may show in the page (thumbnails). No SVG: it can carry script. Only when
 * the bytes are what the type claims (see `hasSignatureOf`).
 */
export const INLINE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
  'text/plain': '.txt',
  'text/calendar': '.ics',
  'message/rfc822': '.eml',
};

/** The media type without parameters, lower case; anything malformed counts as plain bytes. */
export function mediaType(declared: string | undefined | null): string {
  const base = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  return /^[a-z0-9][\w.+-]{0,63}\/[a-z0-9][\w.+-]{0,63}$/.test(base) ? base : 'application/octet-stream';
}

/**
 * A file name that is safe to store and to offer as a download name: control and invisible
 * formatting characters removed (a right-to-left override can make "gpj.exe" look like "exe.jpg"),
 * only the last path part (no "../" or "C:\"), no characters Windows refuses, no leading dots
 * (hidden files), whitespace folded, at most MAX_NAME_LENGTH characters with the extension kept.
 * Without a usable name: "bijlage-<position>" with an extension for the type.
 */
export function safeFileName(given: string | undefined | null, contentType: string, position = 1): string {
  let name = (given ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .split(/[\\/]/)
    .pop()!
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (name === '') name = `bijlage-${position}${EXTENSIONS[mediaType(contentType)] ?? ''}`;
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  const keep = extension.length > 0 && extension.length <= MAX_EXTENSION_LENGTH ? extension : [];
  return (
    Array.from(name)
      .slice(0, MAX_NAME_LENGTH - keep.length)
      .join('')
      .trimEnd() + keep.join('')
  );
}

/** The Content-Type a download is served with: the declared type only when that is safe. */
export function servedType(contentType: string): string {
  const type = mediaType(contentType);
  return SERVED_AS_THEMSELVES.has(type) ? type : 'application/octet-stream';
}

const startsWith = (bytes: Uint8Array, ...signature: number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Whether the bytes begin as a file of this type does (photos and PDF; other types: false). */
export function hasSignatureOf(contentType: string, bytes: Uint8Array): boolean {
  switch (mediaType(contentType)) {
    case 'image/png':
      return startsWith(bytes, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/jpeg':
      return startsWith(bytes, 0xff, 0xd8, 0xff);
    case 'image/gif':
      return startsWith(bytes, ...ascii('GIF87a')) || startsWith(bytes, ...ascii('GIF89a'));
    case 'image/webp':
      return startsWith(bytes, ...ascii('RIFF')) && startsWith(bytes.subarray(8), ...ascii('WEBP'));
    case 'application/pdf':
      return startsWith(bytes, ...ascii('%PDF-'));
    default:
      return false;
  }
}

/**
 * Content-Disposition for a file name (RFC 6266): an ASCII fallback for old clients and the full
 * name as UTF-8 in filename*.
 */
export function contentDisposition(kind: 'attachment' | 'inline', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The text of a message that is only files, in both languages: "(2 bijlagen / 2 attachments)". */
export function attachmentsLabel(count: number): string {
  return count === 1 ? '(1 bijlage / 1 attachment)' : `(${count} bijlagen / ${count} attachments)`;
}
