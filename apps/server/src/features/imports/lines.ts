/**
 * Splits a byte stream into numbered lines without ever holding more than one line (capped) in
 * memory, and decodes each strictly as UTF-8 so broken encodings are reported, not silently mangled.
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

export type RawLine =
  | { line: number; text: string; bytes: number }
  | { line: number; error: string; bytes: number; text?: string };

const NEWLINE = 0x0a;
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function decode(bytes: Uint8Array, line: number): RawLine {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0d) end -= 1; // CRLF files
  const body = bytes.subarray(0, end);
  try {
    return { line, text: strict.decode(body), bytes: bytes.length + 1 };
  } catch {
    return {
      line,
      error: 'is not valid UTF-8 text (save the file as UTF-8)',
      text: lenient.decode(body),
      bytes: bytes.length + 1,
    };
  }
}

export async function* readLines(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<RawLine> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let overlong = false;
  let line = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    let start = 0;
    while (start < bytes.length) {
      const nl = bytes.indexOf(NEWLINE, start);
      const end = nl === -1 ? bytes.length : nl;
      if (!overlong) {
        pendingBytes += end - start;
        if (pendingBytes > MAX_LINE_BYTES) {
          overlong = true;
          pending = [];
        } else if (end > start) {
          pending.push(bytes.subarray(start, end));
        }
      } else {
        pendingBytes += end - start;
      }
      if (nl === -1) break;
      line += 1;
      yield finishLine(line, pending, pendingBytes, overlong);
      pending = [];
      pendingBytes = 0;
      overlong = false;
      start = nl + 1;
    }
    // Keep a private copy of a partial line: the stream may reuse its buffer.
    if (pending.length > 0 && !overlong) pending = [concat(pending)];
  }
  if (pendingBytes > 0 || pending.length > 0) {
    line += 1;
    yield finishLine(line, pending, pendingBytes, overlong);
  }
}

function finishLine(line: number, parts: Uint8Array[], size: number, overlong: boolean): RawLine {
  if (overlong) {
    return { line, error: `is longer than ${MAX_LINE_BYTES / 1024 / 1024} MB`, bytes: size + 1 };
  }
  const raw = decode(parts.length === 1 ? parts[0]! : concat(parts), line);
  // A byte-order mark is allowed at the start of a file only.
  if (line === 1 && raw.text?.charCodeAt(0) === 0xfeff) raw.text = raw.text.slice(1);
  return raw;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!.slice();
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
