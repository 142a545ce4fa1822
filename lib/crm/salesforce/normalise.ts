import { isCalendarDay } from '../../time/days';
import { toId18 } from '../../pages/salesforce-id';

// Salesforce writes datetimes as `2011-07-07T00:37:00.000+0000`: an offset without a colon, which
// not every Date parser accepts (Safari's does not). Date-only fields are `YYYY-MM-DD`.
const SF_DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SF_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A Salesforce datetime as canonical UTC ISO 8601 (`2011-07-07T00:37:00.000Z`), the form the
 * metrics read fastest; a date-only value counts as midnight UTC. Null for anything else.
 */
export function sfDateTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (SF_DATE.test(value)) value = `${value}T00:00:00Z`;
  const m = SF_DATETIME.exec(value as string);
  if (!m) return null;
  const [, day, hh, mm, ss = '00', ms = '0', zone = 'Z'] = m;
  if (!isCalendarDay(day!)) return null;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const t = Date.parse(`${day}T${hh}:${mm}:${ss}.${ms.padEnd(3, '0')}${offset}`);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** A Salesforce date (`YYYY-MM-DD`), or the UTC date of a datetime. */
export function sfDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (SF_DATE.test(value)) return isCalendarDay(value) ? value : null;
  return sfDateTime(value)?.slice(0, 10) ?? null;
}

export function sfNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

export function sfString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** Salesforce checkboxes come as booleans; a formula or text field may say "true". */
export function sfBoolean(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/**
 * A record id in its 18-character form (lookups, `Id`, a 15-char id pasted into a text field all
 * compare equal afterwards). A value that is not an id stays as it is.
 */
export function sfId(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null;
  return toId18(value) ?? value;
}
