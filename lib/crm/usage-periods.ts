import { addDays } from '../time/days';
import type { UsagePeriod } from './snapshot';

/** Figures mapped on an account for the last 30 days; null where nothing is mapped or set. */
export interface MappedUsage {
  active: number | null;
  /** The previous 30 days' active users, for the "usage fell" rule. */
  previous: number | null;
  seats: number | null;
  logins?: number | null;
  featuresUsed?: number | null;
  featuresTotal?: number | null;
}

/**
 * Usage from figures mapped on the account (any CRM): the period of the last 30 days ending
 * `today`, and, when known, the previous 30 days' active users before it (the "usage fell" rule
 * compares the two).
 */
export function mappedUsagePeriods(today: string, figures: MappedUsage): UsagePeriod[] {
  const period = (
    start: number,
    end: number,
    values: Pick<UsagePeriod, 'activeUsers' | 'logins' | 'featuresUsed' | 'featuresTotal'>,
  ): UsagePeriod => ({
    periodStart: addDays(today, -start),
    periodEnd: addDays(today, -end),
    licensedSeats: figures.seats,
    ...values,
  });
  const current = period(30, 0, {
    activeUsers: figures.active,
    logins: figures.logins ?? null,
    featuresUsed: figures.featuresUsed ?? null,
    featuresTotal: figures.featuresTotal ?? null,
  });
  const previous = figures.active === null ? null : figures.previous;
  return [
    ...(previous === null ? [] : [period(60, 31, { activeUsers: previous, logins: null, featuresUsed: null, featuresTotal: null })]),
    current,
  ];
}
