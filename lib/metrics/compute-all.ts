import type { AccountSnapshot } from '../crm/snapshot.ts';
import type { MetricsSettings } from '../settings/metrics-settings.ts';
import { dayInTimeZone } from '../time/today.ts';
import { computeHealth, healthTrend, type Health, type Override, type Trend } from './health/index.ts';
import { computeNps, type NpsResult } from './nps.ts';
import { computeRenewal, type Renewal } from './renewal.ts';
import { computeTicketAging, type TicketAging } from './ticket-aging.ts';

export interface AccountMetrics {
  /** Today in the CSM's time zone (YYYY-MM-DD): the day every date-based figure is counted from. */
  today: string;
  health: Health;
  /** Against the stored daily scores 7 / 30 / 90 days ago. */
  trend: Trend[];
  renewal: Renewal;
  /** Null when the tickets could not be read (the section says why from the snapshot). */
  tickets: TicketAging | null;
  /** Without NPS data: no respondents and a null score. */
  nps: NpsResult;
}

export interface MetricsExtras {
  /** Milestone ids ticked in the renewal checklist of this cycle. */
  doneMilestones?: ReadonlySet<string>;
  /** The CSM's override, if one is stored; it applies only until it expires. */
  override?: Override | null;
  /** Stored daily scores, any order. */
  history?: ReadonlyArray<{ day: string; score: number | null }>;
}

const NO_DONE: ReadonlySet<string> = new Set();

/** Every number the panel shows, from one snapshot. Pure: `now` and the time zone come in. */
export function computeAccountMetrics(
  snapshot: AccountSnapshot,
  settings: MetricsSettings,
  now: Date,
  timeZone: string,
  extras: MetricsExtras = {},
): AccountMetrics {
  const today = dayInTimeZone(now, timeZone);
  const nps = computeNps(snapshot.nps.status === 'ok' ? snapshot.nps.data : [], today, settings.npsWindowMonths);
  const tickets = snapshot.tickets.status === 'ok' ? computeTicketAging(snapshot.tickets.data, now, settings) : null;
  const health = computeHealth({ snapshot, settings, today, nps, tickets }, now, extras.override ?? null);
  return {
    today,
    health,
    // The computed score, not an override: the trend says how the data moved.
    trend: healthTrend(health.state === 'scored' ? health.score : null, extras.history ?? [], now, timeZone),
    renewal: computeRenewal(snapshot, today, settings, extras.doneMilestones ?? NO_DONE),
    tickets,
    nps,
  };
}
