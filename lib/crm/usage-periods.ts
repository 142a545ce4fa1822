import type { UsagePeriod } from './snapshot';

const DAY_MS = 86_400_000;
const dayOffset = (today: string, days: number) => new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/**
 * Usage from figures mapped on the account (any CRM): active users and seats as the period of the
 * last 30 days ending `today`, and, when known, the previous 30 days' active users before it (the
 * "usage fell" rule compares the two).
 */
export function mappedUsagePeriods(today: string, figures: { active: number; previous: number | null; seats: number | null }): UsagePeriod[] {
  const period = (start: number, end: number, activeUsers: number): UsagePeriod => ({
    periodStart: dayOffset(today, start),
    periodEnd: dayOffset(today, end),
    activeUsers,
    licensedSeats: figures.seats,
    logins: null,
    featuresUsed: null,
    featuresTotal: null,
  });
  return [...(figures.previous === null ? [] : [period(60, 31, figures.previous)]), period(30, 0, figures.active)];
}
