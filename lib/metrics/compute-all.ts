import type { AccountSnapshot } from '../crm/snapshot';
import type { MetricsSettings } from '../settings/metrics-settings';
import { dayInTimeZone } from '../time/today';
import { computeHealth, healthTrend, type Health, type Override, type Trend } from './health';
import { computeNps, type NpsResult } from './nps';
import { computeRenewal, type Renewal } from './renewal';
import { computeTicketAging, type TicketAging } from './ticket-aging';

export interface AccountMetrics {
  today: string;
  health: Health;
  trend: Trend[];
  renewal: Renewal;
  tickets: TicketAging | null;
  nps: NpsResult;
}

export interface MetricsExtras {
  doneMilestones?: ReadonlySet<string>;
  override?: Override | null;
  history?: ReadonlyArray<{ day: string; score: number | null }>;
}

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
    trend: healthTrend(health.state === 'scored' ? health.score : null, extras.history ?? [], today),
    renewal: computeRenewal(snapshot, today, settings, extras.doneMilestones),
    tickets,
    nps,
  };
}
