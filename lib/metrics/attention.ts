import type { MetricsSettings } from '../settings/metrics-settings.ts';
import { daysBetween } from '../time/index.ts';
import type { BookRow } from './book-row.ts';
import { isBandDrop, type Band } from './health/measure.ts';

/** Why an account needs attention this week; the page puts each in words. */
export type AttentionReason =
  | { kind: 'band-drop'; from: Band; to: Band }
  | { kind: 'at-risk'; score: number }
  | { kind: 'renewal-overdue-steps'; days: number; steps: number }
  | { kind: 'detractors'; count: number }
  | { kind: 'sla-breaches'; count: number };

export interface Attention {
  row: BookRow;
  /** ARR × how far the score is below healthy (0 when healthy or unscored). */
  arrAtRisk: number;
  reasons: AttentionReason[];
}

/** Renewals this close count as near (the T-120 milestone opens the renewal work). */
export const NEAR_RENEWAL_DAYS = 120;

/** The reasons an account of the book needs attention, worst first; none for a churned one. */
export function reasonsOf(row: BookRow, today: string): AttentionReason[] {
  if (row.churned) return [];
  const reasons: AttentionReason[] = [];
  if (row.band && row.previousBand && isBandDrop(row.previousBand, row.band))
    reasons.push({ kind: 'band-drop', from: row.previousBand, to: row.band });
  else if (row.band === 'at-risk' && row.score !== null) reasons.push({ kind: 'at-risk', score: row.score });
  const days = row.renewalDate ? daysBetween(today, row.renewalDate) : null;
  if (days !== null && days >= 0 && days <= NEAR_RENEWAL_DAYS && row.overdueSteps > 0)
    reasons.push({ kind: 'renewal-overdue-steps', days, steps: row.overdueSteps });
  if (row.detractors > 0 && row.band !== 'healthy') reasons.push({ kind: 'detractors', count: row.detractors });
  if (row.slaBreaches) reasons.push({ kind: 'sla-breaches', count: row.slaBreaches });
  return reasons;
}

/** ARR × (healthy threshold − score) ÷ healthy threshold: a red account with a big ARR first. */
export function arrAtRiskOf(row: BookRow, settings: Pick<MetricsSettings, 'bands'>): number {
  if (row.arr === null || row.score === null || row.churned) return 0;
  const gap = Math.max(0, settings.bands.healthyFrom - row.score) / settings.bands.healthyFrom;
  return Math.round(row.arr * gap);
}

/**
 * "Needs attention this week": every account with a reason, ranked by ARR at risk (then ARR,
 * then name, so the order never flickers between refreshes).
 */
export function needsAttention(rows: readonly BookRow[], today: string, settings: Pick<MetricsSettings, 'bands'>): Attention[] {
  return rows
    .flatMap((row) => {
      const reasons = reasonsOf(row, today);
      return reasons.length ? [{ row, reasons, arrAtRisk: arrAtRiskOf(row, settings) }] : [];
    })
    .sort((a, b) => b.arrAtRisk - a.arrAtRisk || (b.row.arr ?? 0) - (a.row.arr ?? 0) || a.row.name.localeCompare(b.row.name));
}
