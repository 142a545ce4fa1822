import { DAY_MS, isoToMs } from '../time/days.ts';
import type { VisitRecord } from './since-last-visit.ts';

/** A last visit older than this may go once its account is out of the book: as long as the daily health history. */
export const VISIT_KEEP_DAYS = 400;

/**
 * The last visits of one org or portal that its complete book refresh may forget, by account key.
 */
export function visitsToForget(
  visits: ReadonlyMap<string, VisitRecord | null>,
  inBook: ReadonlySet<string>,
  now: Date,
  keepDays: number = VISIT_KEEP_DAYS,
): string[] {
  const oldest = now.getTime() - keepDays * DAY_MS;
  // Only an account outside the book (a colleague's opened once, or one that left) whose visit is older than keepDays or unreadable.
  return [...visits].filter(([key, visit]) => !inBook.has(key) && (!visit || isoToMs(visit.at) < oldest)).map(([key]) => key);
}
