import type { UsagePeriod } from '../../crm/snapshot.ts';
import { clamp, NO_DATA, type MeasureContext, type Scored } from './measure.ts';

/** Adoption: key features used ÷ key features, in the latest period that says. */
export function adoption({ snapshot }: MeasureContext): Scored {
  if (snapshot.usage.status !== 'ok') return NO_DATA;
  let latest: UsagePeriod | null = null;
  for (const p of snapshot.usage.data) {
    if (p.featuresUsed !== null && p.featuresTotal && (!latest || p.periodEnd > latest.periodEnd)) latest = p;
  }
  if (!latest) return NO_DATA;
  const used = Math.min(latest.featuresUsed!, latest.featuresTotal!);
  const total = latest.featuresTotal!;
  const score = clamp((used / total) * 100);
  return {
    score,
    inputs: [
      { id: 'featuresUsed', value: latest.featuresUsed, asOf: latest.periodEnd },
      { id: 'featuresTotal', value: total, asOf: latest.periodEnd },
    ],
    asOf: latest.periodEnd,
    lever: used < total ? { action: 'introduce-features', vars: { features: total - used }, score: 100 } : null,
  };
}
