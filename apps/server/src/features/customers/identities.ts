import type { IdentityKind } from '@klantstem/contracts';

/** Normalised form of an identity, so "J.Jansen@Example.nl " and "j.jansen@example.nl" are one person. */
export function normaliseIdentity(kind: IdentityKind, value: string): string {
  const trimmed = value.trim();
  if (kind === 'email') return trimmed.toLowerCase();
  if (kind === 'phone') return normalisePhone(trimmed);
  return trimmed;
}

/** Dutch numbers written locally (06-12345678) and internationally (+31 6 1234 5678) compare equal. */
function normalisePhone(value: string): string {
  const digits = value.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return digits;
  if (digits.startsWith('00')) return `+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `+31${digits.slice(1)}`;
  return digits;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]{6,}$/;

/** What a free reference to a customer (as in a signal's "customer" field) most likely is. */
export function classifyReference(reference: string): { kind: IdentityKind; value: string } {
  const trimmed = reference.trim();
  if (EMAIL.test(trimmed)) return { kind: 'email', value: normaliseIdentity('email', trimmed) };
  if (PHONE.test(trimmed) && trimmed.replace(/\D/g, '').length >= 6) {
    return { kind: 'phone', value: normaliseIdentity('phone', trimmed) };
  }
  return { kind: 'external', value: trimmed };
}
