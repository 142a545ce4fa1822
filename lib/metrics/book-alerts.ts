import { isoToMs } from '../time/days.ts';
import type { BookRow } from './book-row.ts';
import { isBandDrop, type Band } from './health/measure.ts';

/** What happened to an account between two refreshes that is worth a notification. */
export type BookAlertReason =
  | { kind: 'band-drop'; from: Band; to: Band }
  /** More renewal steps are overdue than at the refresh before (`steps` now). */
  | { kind: 'overdue-step'; steps: number }
  /** A detractor answered since the refresh before (`detractors` counted now). */
  | { kind: 'new-detractor'; detractors: number };

export interface BookAlert {
  accountKey: string;
  name: string;
  arr: number | null;
  reasons: BookAlertReason[];
}

function newDetractor(before: BookRow, after: BookRow): boolean {
  // A row stored before the newest detractor's date was kept can only be compared by count.
  if (before.newestDetractorAt === undefined || after.newestDetractorAt === undefined) return after.detractors > before.detractors;
  if (after.newestDetractorAt === null) return false;
  return before.newestDetractorAt === null || isoToMs(after.newestDetractorAt) > isoToMs(before.newestDetractorAt);
}

/**
 * The accounts a refresh made worse: a band dropped, a renewal step became overdue, or a new
 * detractor answered. Only accounts in both refreshes count (an account new to the book has no
 * "before"), churned ones never do. The biggest ARR first, then by name, so a grouped notification
 * names the accounts that matter most.
 */
export function pickBookAlerts(before: readonly BookRow[], after: readonly BookRow[]): BookAlert[] {
  const previous = new Map(before.map((row) => [row.accountKey, row]));
  const alerts: BookAlert[] = [];
  for (const row of after) {
    const was = previous.get(row.accountKey);
    if (!was || row.churned) continue;
    const reasons: BookAlertReason[] = [];
    if (was.band && row.band && isBandDrop(was.band, row.band)) reasons.push({ kind: 'band-drop', from: was.band, to: row.band });
    if (row.overdueSteps > was.overdueSteps) reasons.push({ kind: 'overdue-step', steps: row.overdueSteps });
    if (newDetractor(was, row)) reasons.push({ kind: 'new-detractor', detractors: row.detractors });
    if (reasons.length) alerts.push({ accountKey: row.accountKey, name: row.name, arr: row.arr, reasons });
  }
  return alerts.sort((a, b) => (b.arr ?? 0) - (a.arr ?? 0) || a.name.localeCompare(b.name));
}
