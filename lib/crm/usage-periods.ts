import { addDays } from '../time/days';
import type { UsagePeriod } from './snapshot';

/**
 * Usage from figures mapped on the account (any CRM): active users and seats as the period of the
 * last 30 days ending `today`, and, when known, the previous 30 days' active users before it (the
 * "usage fell" rule compares the two).
 */
export function mappedUsagePeriods(today: string, figures: { active: number; previous: number | null; seats: number | null }): UsagePeriod[] {
  const period = (start: number, end: number, activeUsers: number): UsagePeriod => ({
    periodStart: addDays(today, -start),
    periodEnd: addDays(today, -end),
    activeUsers,
    licensedSeats: figures.seats,
    logins: null,
    featuresUsed: null,
    featuresTotal: null,
  });
  return [...(figures.previous === null ? [] : [period(60, 31, figures.previous)]), period(30, 0, figures.active)];
}
