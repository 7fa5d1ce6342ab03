/**
 * The demo year and the events in it. All times are UTC milliseconds computed from fixed dates,
 * never from the clock, so the demo is the same whenever it is generated.
 */
export const DAY_MS = 86_400_000;

/** The twelve months before 2026-11-01. */
export const PERIOD_START = Date.UTC(2025, 10, 1);
export const PERIOD_END = Date.UTC(2026, 10, 1);
export const PERIOD_DAYS = Math.round((PERIOD_END - PERIOD_START) / DAY_MS);

/** A (fictional) magnitude 3.1 earthquake near Middelwier: reports and worries spike after it. */
export const QUAKE_AT = Date.UTC(2026, 7, 14, 1, 47);

/** Registration deadline of the stuwmeerregeling: questions peak before it. */
export const STUWMEER_DEADLINE = Date.UTC(2026, 6, 1);

/** From here on residents increasingly ask to make their home sustainable during strengthening. */
export const SUSTAINABILITY_RISE = Date.UTC(2026, 7, 1);

export const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAYS_NL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'] as const;
export const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;

/** ISO 8601 in UTC, to the second. */
export function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function dayStart(dayIndex: number): number {
  return PERIOD_START + dayIndex * DAY_MS;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(ms: number): number {
  return new Date(ms).getUTCDay();
}

export function monthOf(ms: number): number {
  return new Date(ms).getUTCMonth();
}

export function isWinter(ms: number): boolean {
  const m = monthOf(ms);
  return m === 11 || m === 0 || m === 1;
}

/** Days since the quake, or undefined before it. */
export function daysSinceQuake(ms: number): number | undefined {
  return ms < QUAKE_AT ? undefined : (ms - QUAKE_AT) / DAY_MS;
}
