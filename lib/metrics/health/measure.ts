import type { AccountSnapshot } from '../../crm/snapshot.ts';
import type { MetricsSettings } from '../../settings/metrics-settings.ts';
import type { NpsResult } from '../nps.ts';
import type { TicketAging } from '../ticket-aging.ts';

// The shared vocabulary of the scorecard: what every measure file returns, and what the
// scorecard (scorecard.ts) turns into the overall score.

export type MeasureId = 'usage' | 'adoption' | 'nps' | 'support' | 'finance' | 'relationship';
export const MEASURES: readonly MeasureId[] = ['usage', 'adoption', 'nps', 'support', 'finance', 'relationship'];
export type Band = 'at-risk' | 'needs-attention' | 'healthy';

export interface MeasureInput {
  id: string;
  value: number | string | null;
  /** The date the value describes (period end, last answer, fetch time…); null when unknown. */
  asOf: string | null;
}

/**
 * The one change that would move a measure most, worded by the view from `action` and `vars`:
 * - activate-seats {users, seats}: bring active users up to the licensed seats;
 * - reach-login-minimum {logins}: this many more logins a week;
 * - recover-usage {users | logins}: back to the previous period's level;
 * - introduce-features {features}: the key features not used yet;
 * - follow-up-detractors {detractors} names: win each detractor back to at least passive;
 * - convert-passives {passives}: turn passives into promoters (when there is no detractor);
 * - resolve-open-tickets {tickets, pastSla}: close the open tickets (a breach stays a breach);
 * - collect-overdue-invoices {invoices, days}: get the overdue invoices paid;
 * - touch-account {days}: a CSM touch (the last one was `days` ago);
 * - name-champion {} names: find and meet a champion (none known, or `names` left).
 * `names` holds the people a step is about, where the measure knows them.
 */
export type LeverAction =
  | 'activate-seats'
  | 'reach-login-minimum'
  | 'recover-usage'
  | 'introduce-features'
  | 'follow-up-detractors'
  | 'convert-passives'
  | 'resolve-open-tickets'
  | 'collect-overdue-invoices'
  | 'touch-account'
  | 'name-champion';

export interface Lever {
  measure: MeasureId;
  action: LeverAction;
  vars: Record<string, number>;
  /** The people the step is about (the detractors, the champion who left), where known. */
  names?: string[];
  /** The measure's score after the change. */
  score: number;
  /** Points the overall score would gain (difference of the rounded scores shown). */
  points: number;
}

export interface Measure {
  id: MeasureId;
  weight: number;
  /** 0–100, or null for "no data". */
  score: number | null;
  inputs: MeasureInput[];
  asOf: string | null;
  /** weight × score ÷ Σ weights with data: what this measure adds to the overall score. */
  contribution: number | null;
  /** What would move this measure most; null at 100 or without data. */
  lever: Lever | null;
}

export interface HealthInputs {
  snapshot: AccountSnapshot;
  settings: MetricsSettings;
  /** Today in the CSM's time zone (YYYY-MM-DD). */
  today: string;
  nps: NpsResult;
  /** Null when the tickets could not be read. */
  tickets: TicketAging | null;
}

/** What a measure file is given: the inputs of the whole scorecard, and `now`. */
export interface MeasureContext extends HealthInputs {
  now: Date;
}

/** A lever before the scorecard re-scores it into the overall score. */
export type LeverDraft = { action: LeverAction; vars: Record<string, number>; names?: string[]; score: number };

/** What a measure file returns: its score (or null: no data), its inputs and its lever. */
export interface Scored {
  score: number | null;
  inputs: MeasureInput[];
  asOf: string | null;
  lever: LeverDraft | null;
}
export const NO_DATA: Scored = { score: null, inputs: [], asOf: null, lever: null };

export const clamp = (n: number) => (n < 0 ? 0 : n > 100 ? 100 : n);

const BAND_RANK: Record<Band, number> = { healthy: 2, 'needs-attention': 1, 'at-risk': 0 };

/** True when `to` is a worse band than `from` (healthy → needs attention, or down to at risk). */
export function isBandDrop(from: Band, to: Band): boolean {
  return BAND_RANK[to] < BAND_RANK[from];
}

/** With the defaults: 0–49 at risk, 50–74 needs attention, 75–100 healthy. */
export function bandOf(score: number, settings: Pick<MetricsSettings, 'bands'>): Band {
  return score < settings.bands.atRiskBelow ? 'at-risk' : score < settings.bands.healthyFrom ? 'needs-attention' : 'healthy';
}
