const DAY_MS = 86_400_000;

// Days are YYYY-MM-DD strings. They are read by slicing rather than Date parsing: a portfolio's
// metrics touch them hundreds of thousands of times, and this is the hot path.
function utcOfDay(day: string, addDays = 0): number {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + addDays);
}

function formatDay(ms: number): string {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${dd < 10 ? '0' : ''}${dd}`;
}

/** Whole calendar days from day `a` to day `b` (YYYY-MM-DD), leap years included. */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcOfDay(b) - utcOfDay(a)) / DAY_MS);
}

export function addDays(day: string, n: number): string {
  return formatDay(utcOfDay(day, n));
}

/** Elapsed days between two instants, as a fraction (ticket ages are measured in time, not dates). */
export function elapsedDays(fromIso: string, to: Date): number {
  return (to.getTime() - Date.parse(fromIso)) / DAY_MS;
}

/** The same day of the month `months` later (or earlier), clamped to the month's last day. */
export function addMonths(day: string, months: number): string {
  const y = +day.slice(0, 4);
  const m = +day.slice(5, 7) - 1 + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return formatDay(Date.UTC(y, m, Math.min(+day.slice(8, 10), lastDay)));
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/**
 * Milliseconds of an ISO date-time. The canonical UTC form every snapshot carries
 * (`2026-11-22T12:00:00.000Z`) is read with plain arithmetic (days from the civil date), which
 * is several times faster than Date.parse on the portfolio's hundreds of thousands of tickets;
 * any other form goes to Date.parse.
 */
export function isoToMs(iso: string): number {
  if (iso.length !== 24 || iso.charCodeAt(23) !== 90 || iso.charCodeAt(10) !== 84) return Date.parse(iso);
  let y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  // Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  const h = digit(iso, 11) * 10 + digit(iso, 12);
  const min = digit(iso, 14) * 10 + digit(iso, 15);
  const sec = digit(iso, 17) * 10 + digit(iso, 18);
  const ms = digit(iso, 20) * 100 + digit(iso, 21) * 10 + digit(iso, 22);
  return days * DAY_MS + h * 3_600_000 + min * 60_000 + sec * 1000 + ms;
}
