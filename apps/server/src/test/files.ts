/** A real 1×1 PNG (a grey pixel): small enough for any test, and a browser shows it. */
export const PNG_PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Bytes that begin as a JPEG does, `size` long, different for each seed (a stand-in for a photo). */
export function jpegBytes(size: number, seed = 1): Buffer {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 1) bytes[i] = (i * 31 + seed * 17) % 256;
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}
