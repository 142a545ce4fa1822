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
