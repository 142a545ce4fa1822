const formatters = new Map<string, Intl.DateTimeFormat>();
let last: { ms: number; timeZone: string; day: string } | null = null;

/** The calendar day (YYYY-MM-DD) of an instant in a time zone: "today" for the CSM. */
export function dayInTimeZone(instant: Date, timeZone: string): string {
  // A portfolio computes thousands of accounts for the same `now`: answer repeats at once.
  if (last && last.ms === instant.getTime() && last.timeZone === timeZone) return last.day;
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD. Building a DateTimeFormat is costly: keep one per zone.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const day = format.format(instant);
  last = { ms: instant.getTime(), timeZone, day };
  return day;
}

export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
