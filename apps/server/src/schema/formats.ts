import { FormatRegistry } from '@sinclair/typebox';

const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d{2}:?\d{2})$/;

/** A real calendar time with a zone: rejects 2026-02-30 and times without a zone. */
export function isIsoTime(value: string): boolean {
  const m = ISO_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day > daysInMonth || Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 60) return false;
  return !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}

/** The stored form of a time: UTC, millisecond precision, fixed width, so text order is time order. */
export function toStoredTime(value: string): string {
  return new Date(value.replace(' ', 'T')).toISOString();
}

/**
 * An address we can send mail to: the HTML form rule for email addresses (what a browser's
 * type="email" field accepts), with a dot in the domain, since mail leaves this server for the
 * internet. No spaces, quotes, angle brackets or commas, so it can never carry a second address.
 */
const MAIL_ADDRESS =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

export function isMailAddress(value: string): boolean {
  return value.length <= 254 && MAIL_ADDRESS.test(value);
}

let registered = false;
export function registerFormats(): void {
  if (registered) return;
  registered = true;
  FormatRegistry.Set('date-time', isIsoTime);
  FormatRegistry.Set('email', isMailAddress);
}
