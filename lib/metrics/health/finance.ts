import type { MetricsSettings } from '../../settings/metrics-settings.ts';
import { daysBetween } from '../../time/days.ts';
import { NO_DATA, type MeasureContext, type Scored } from './measure.ts';

// Finance: by the oldest overdue invoice (unpaid and past its due date).

function financeScore(daysOverdue: number, settings: MetricsSettings): number {
  const f = settings.finance;
  return daysOverdue <= 0 ? 100 : daysOverdue <= f.firstDays ? f.firstScore : daysOverdue <= f.secondDays ? f.secondScore : 0;
}

export function finance({ snapshot, settings, today }: MeasureContext): Scored {
  if (snapshot.invoices.status !== 'ok') return NO_DATA;
  let oldest = 0;
  let overdue = 0;
  for (const i of snapshot.invoices.data) {
    if (i.paidAt !== null || i.dueDate >= today) continue;
    overdue += 1;
    oldest = Math.max(oldest, daysBetween(i.dueDate, today));
  }
  const score = financeScore(oldest, settings);
  return {
    score,
    inputs: [{ id: 'daysOverdue', value: oldest, asOf: snapshot.invoices.asOf }],
    asOf: snapshot.invoices.asOf,
    lever: overdue && score < 100 ? { action: 'collect-overdue-invoices', vars: { invoices: overdue, days: oldest }, score: 100 } : null,
  };
}
