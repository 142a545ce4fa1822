import type { UsagePeriod } from '../../crm/snapshot.ts';
import type { MetricsSettings } from '../../settings/metrics-settings.ts';
import { daysBetween } from '../../time/days.ts';
import { clamp, NO_DATA, type LeverDraft, type MeasureContext, type MeasureInput, type Scored } from './measure.ts';

// Usage: active users ÷ licensed seats when both are known, else logins a week ÷ the weekly
// minimum; capped at 100, then −dropPenalty when the same quantity fell by more than
// dropThreshold against the previous period.

type Level = { basis: 'seats'; value: number; full: number } | { basis: 'logins'; value: number; full: number };

function levelOf(p: UsagePeriod, minimum: number): Level | null {
  if (p.activeUsers !== null && p.licensedSeats) return { basis: 'seats', value: p.activeUsers, full: p.licensedSeats };
  if (p.logins !== null) {
    const weeks = Math.max(1, (daysBetween(p.periodStart, p.periodEnd) + 1) / 7);
    return { basis: 'logins', value: p.logins / weeks, full: minimum };
  }
  return null;
}

function usageScoreOf(value: number, full: number, previous: number | null, settings: MetricsSettings): number {
  const base = Math.min(100, (value / full) * 100);
  const fell = previous !== null && previous > 0 && (previous - value) / previous > settings.usage.dropThreshold;
  return clamp(base - (fell ? settings.usage.dropPenalty : 0));
}

export function usage({ snapshot, settings }: MeasureContext): Scored {
  if (snapshot.usage.status !== 'ok' || snapshot.usage.data.length === 0) return NO_DATA;
  let current: UsagePeriod | null = null;
  let previous: UsagePeriod | null = null;
  for (const p of snapshot.usage.data) {
    if (!current || p.periodEnd > current.periodEnd) [previous, current] = [current, p];
    else if (!previous || p.periodEnd > previous.periodEnd) previous = p;
  }
  const level = levelOf(current!, settings.usage.weeklyLoginMinimum);
  if (!level) return NO_DATA;
  const prevLevel = previous ? levelOf(previous, settings.usage.weeklyLoginMinimum) : null;
  const prev = prevLevel && prevLevel.basis === level.basis ? prevLevel.value : null;
  const asOf = current!.periodEnd;
  const score = usageScoreOf(level.value, level.full, prev, settings);
  const inputs: MeasureInput[] =
    level.basis === 'seats'
      ? [
          { id: 'activeUsers', value: level.value, asOf },
          { id: 'licensedSeats', value: level.full, asOf },
        ]
      : [
          { id: 'loginsPerWeek', value: Math.round(level.value * 10) / 10, asOf },
          { id: 'weeklyLoginMinimum', value: level.full, asOf: null },
        ];
  if (prev) inputs.push({ id: 'usageChange', value: (level.value - prev) / prev, asOf });
  // Two candidate changes: fill the seats (or reach the login minimum), or get back to the
  // previous period's level; keep the one that scores higher.
  let lever: LeverDraft | null = null;
  if (level.value < level.full) {
    const to = usageScoreOf(level.full, level.full, prev, settings);
    lever =
      level.basis === 'seats'
        ? { action: 'activate-seats', vars: { users: level.full - level.value, seats: level.full }, score: to }
        : { action: 'reach-login-minimum', vars: { logins: Math.ceil(level.full - level.value) }, score: to };
  }
  if (prev !== null && prev > level.value) {
    const to = usageScoreOf(prev, level.full, prev, settings);
    const gap = prev - level.value;
    if (!lever || to > lever.score)
      lever = { action: 'recover-usage', vars: level.basis === 'seats' ? { users: gap } : { logins: Math.ceil(gap) }, score: to };
  }
  return { score, inputs, asOf, lever: lever && lever.score > score ? lever : null };
}
