import type { SalesforceFieldSetting, SalesforceSettings } from '../../settings/salesforce-settings';
import { crmError, type CrmError } from '../errors';
import type { Invoice, Part, UsagePeriod } from '../snapshot';
import type { MapContext } from './map-snapshot';
import { mappedUsagePeriods } from '../usage-periods';
import { sfDate, sfDateTime, sfNumber } from './normalise';

// The parts that come from mapped Account fields (usage, finance), and the error that names a
// mapped field the org lacks.

type Raw = Record<string, unknown>;

/** A mapped field the org does not have: a settings problem, named with its setting. */
export function missingFieldError(
  settings: SalesforceSettings,
  key: SalesforceFieldSetting,
  objectType: string,
  cause?: CrmError,
): CrmError {
  const name = settings.fields[key];
  return crmError(
    'invalid-field',
    `The field ${name} (setting “${key}”) is not on ${objectType} in this org${cause ? `: ${cause.detail}` : ''}`,
    {
      field: name,
      code: cause?.code ?? 'INVALID_FIELD',
      ...(cause?.httpStatus ? { httpStatus: cause.httpStatus } : {}),
    },
  );
}

/** Mapped Account fields that are not in the row. The row of an sObject GET has every field the user can see. */
export function absentAccountFields(
  raw: Raw,
  settings: SalesforceSettings,
  keys: readonly SalesforceFieldSetting[],
): SalesforceFieldSetting[] {
  return keys.filter((key) => settings.fields[key] !== '' && !(settings.fields[key] in raw));
}

/**
 * Usage from mapped Account fields: active users and seats, logins and the key features in use,
 * as the period of the last 30 days (and, when mapped, the previous 30 days' active users before
 * it, for the "usage fell" rule). The last-login field dates the figures.
 */
export function usagePart(raw: Raw, ctx: MapContext): Part<UsagePeriod[]> {
  const s = ctx.settings;
  const f = s.fields;
  if (!f.activeUsers && !f.logins && !f.featuresUsed) return { status: 'missing', reason: 'not-mapped' };
  const [absent] = absentAccountFields(raw, s, [
    'activeUsers',
    'logins',
    'featuresUsed',
    'featuresTotal',
    'seats',
    'previousActiveUsers',
    'lastLogin',
  ]);
  if (absent) return { status: 'error', error: missingFieldError(s, absent, 'Account') };
  const read = (key: 'activeUsers' | 'logins' | 'featuresUsed' | 'featuresTotal' | 'seats' | 'previousActiveUsers') => {
    const n = f[key] ? sfNumber(raw[f[key]]) : null;
    return n !== null && n >= 0 ? n : null;
  };
  const whole = (n: number | null) => (n === null ? null : Math.round(n));
  const active = read('activeUsers');
  const logins = read('logins');
  const featuresUsed = whole(read('featuresUsed'));
  const asOf = (f.lastLogin ? sfDateTime(raw[f.lastLogin]) : null) ?? ctx.fetchedAt;
  if (active === null && logins === null && featuresUsed === null) return { status: 'ok', asOf, data: [] };
  return {
    status: 'ok',
    asOf,
    data: mappedUsagePeriods(ctx.today, {
      active,
      previous: read('previousActiveUsers'),
      seats: read('seats'),
      logins,
      featuresUsed,
      featuresTotal: whole(read('featuresTotal')),
    }),
  };
}

/** Finance from one mapped Account date: the oldest overdue invoice's due date, empty when none is overdue. */
export function invoicePart(raw: Raw, accountId: string, ctx: MapContext): Part<Invoice[]> {
  const s = ctx.settings;
  const field = s.fields.overdueInvoiceDate;
  if (!field) return { status: 'missing', reason: 'not-mapped' };
  if (!(field in raw)) return { status: 'error', error: missingFieldError(s, 'overdueInvoiceDate', 'Account') };
  const due = sfDate(raw[field]);
  return {
    status: 'ok',
    asOf: ctx.fetchedAt,
    data: due ? [{ id: `${accountId}:oldest-overdue`, amount: null, dueDate: due, paidAt: null }] : [],
  };
}
