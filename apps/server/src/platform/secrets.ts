import { createHash, randomBytes, scrypt, timingSafeEqual, type BinaryLike } from 'node:crypto';

/** A random, URL-safe secret (session ids, API tokens, setup tokens). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** A short random id with a readable prefix, e.g. "u_3kT9…". */
export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

let lastIdTime = 0;
let idCounter = 0;

/**
 * A random id that sorts by creation time in text order (time, then a per-process counter), so
 * messages written within one millisecond still read back in the order they were written.
 */
export function sortableId(prefix: string, at: Date): string {
  const time = at.getTime();
  idCounter = time === lastIdTime ? idCounter + 1 : 0;
  lastIdTime = time;
  const stamp = time.toString(36).padStart(9, '0') + idCounter.toString(36).padStart(4, '0');
  return `${prefix}_${stamp}${randomBytes(8).toString('base64url')}`;
}

/** Secrets are stored only as hashes; a fast hash is right for high-entropy random tokens. */
export function hashToken(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function sha256(data: BinaryLike): string {
  return createHash('sha256').update(data).digest('base64url');
}

// scrypt is memory-hard: N=2^15, r=8 needs 32 MiB per hash, which makes guessing on GPUs costly.
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keylen: 32 } as const;
const SCRYPT_MAXMEM = 64 * 1024 * 1024;

function scryptAsync(password: string, salt: Buffer, N: number, r: number, p: number, keylen: number) {
  return new Promise<Buffer>((resolve, reject) => {
    scrypt(password, salt, keylen, { N, r, p, maxmem: SCRYPT_MAXMEM }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p, SCRYPT.keylen);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64url'), +n, +r, +p, expected.length);
  return timingSafeEqual(actual, expected);
}

/** A hash with the same cost as a real one, so unknown emails take as long as wrong passwords. */
export const DUMMY_PASSWORD_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
