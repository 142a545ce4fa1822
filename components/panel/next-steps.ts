import type { Health, Lever, MeasureId } from '../../lib/metrics/health';

/** One next step: a measure below green and the change that would move it most. */
export interface NextStep {
  measure: MeasureId;
  lever: Lever;
}

/**
 * The steps the summary names, from the scorecard's own levers: every measure below the healthy
 * band that has one, the biggest gain to the overall score first (then the weakest measure), at
 * most `max`. A churned account gets none: there is nothing left to renew.
 */
export function nextStepsOf(health: Health, healthyFrom: number, max = 3): NextStep[] {
  if (health.state === 'churned') return [];
  return health.measures
    .filter((m) => m.lever !== null && m.score !== null && m.score < healthyFrom)
    .sort((a, b) => b.lever!.points - a.lever!.points || a.score! - b.score!)
    .slice(0, max)
    .map((m) => ({ measure: m.id, lever: m.lever! }));
}
