import { dayInTimeZone } from '../../time/today';

// HubSpot sends every property value as a string: numbers ("48000000"), booleans ("true"),
// datetimes ("2026-10-01T02:00:00.000Z", or epoch milliseconds "1572480000000" on older
// properties) and dates ("2027-01-31"). Empty values are null or "".

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

export function hsString(value: string | null | undefined): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function hsNumber(value: string | null | undefined): number | null {
  const s = hsString(value)?.trim();
  if (s === undefined || s === null) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function hsBoolean(value: string | null | undefined): boolean {
  return typeof value === 'string' && value.trim().toLowerCase() === 'true';
}

/** A datetime value as canonical UTC ISO 8601; a date-only value counts as midnight UTC. */
export function hsDateTime(value: string | null | undefined): string | null {
  const s = hsString(value)?.trim();
  if (!s) return null;
  let t: number;
  if (/^\d{10,14}$/.test(s)) t = Number(s);
  else if (DATE.test(s)) t = Date.parse(`${s}T00:00:00Z`);
  else if (ISO.test(s)) t = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  else return null;
  if (Number.isNaN(t)) return null;
  const iso = new Date(t).toISOString();
  // Date.parse takes 2026-02-30 for 2026-03-02: a date that moved is not a real day.
  return DATE.test(s) && iso.slice(0, 10) !== s ? null : iso;
}

/**
 * A date value (`YYYY-MM-DD`) as HubSpot shows it: date properties as they are; datetime ones
 * (a deal's `closedate`) on the portal's calendar, since a Seoul portal may store "31 Jan" as
 * 2027-01-30T15:00:00Z.
 */
export function hsDate(value: string | null | undefined, portalTimeZone: string): string | null {
  const s = hsString(value)?.trim();
  if (!s) return null;
  const iso = hsDateTime(s);
  if (!iso) return null;
  if (DATE.test(s)) return s;
  // Midnight UTC is how a date picked without a time is stored (and how imports write it): that day.
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  try {
    return dayInTimeZone(new Date(iso), portalTimeZone);
  } catch {
    return iso.slice(0, 10);
  }
}
