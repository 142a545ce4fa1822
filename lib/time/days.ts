export const DAY_MS = 86_400_000;

// Days are YYYY-MM-DD strings, read and written with plain arithmetic (H. Hinnant's
// days_from_civil / civil_from_days) rather than Date objects: a portfolio's metrics touch them
// hundreds of thousands of times, and this is the hot path.

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

function civilFromDays(z: number): string {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** Days since 1970-01-01 of a YYYY-MM-DD day (the first 10 characters of an ISO string). */
export function dayNumber(day: string): number {
  return daysFromCivil(
    digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3),
    digit(day, 5) * 10 + digit(day, 6),
    digit(day, 8) * 10 + digit(day, 9),
  );
}

/** Whole calendar days from day `a` to day `b` (YYYY-MM-DD), leap years included. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** A real calendar day: `2026-02-30` is not (Date.parse would take it for 2026-03-02). */
export function isCalendarDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && addDays(day, 0) === day;
}

export function addDays(day: string, n: number): string {
  return civilFromDays(dayNumber(day) + n);
}

/** The day's instant at 00:00 UTC (for comparing a date-only value with instants). */
export function dayStartUtc(day: string): number {
  return dayNumber(day) * DAY_MS;
}

/** The same day of the month `months` later (or earlier), clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7) - 1 + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = new Date(Date.UTC(y, m, Math.min(+day.slice(8, 10), lastDay)));
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/**
 * Milliseconds of an ISO date-time. The canonical UTC form every snapshot carries
 * (`2026-11-22T12:00:00.000Z`) is read with plain arithmetic, several times faster than
 * Date.parse on the portfolio's hundreds of thousands of tickets; any other form goes to
 * Date.parse.
 */
export function isoToMs(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(23) !== 90 || iso.charCodeAt(10) !== 84) return Date.parse(iso);
  const h = digit(iso, 11) * 10 + digit(iso, 12);
  const min = digit(iso, 14) * 10 + digit(iso, 15);
  const sec = digit(iso, 17) * 10 + digit(iso, 18);
  const ms = digit(iso, 20) * 100 + digit(iso, 21) * 10 + digit(iso, 22);
  return dayNumber(iso) * DAY_MS + h * 3_600_000 + min * 60_000 + sec * 1000 + ms;
}
