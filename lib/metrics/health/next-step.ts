import type { Health } from './scorecard.ts';
import type { Measure, MeasureId } from './measure.ts';

// The next steps in words (issue 15 §2): every measure below green says what to do, as a
// sentence key and the numbers and names it carries. The sentences themselves, in English and
// Korean, are lib/i18n/next-step-messages.ts.

export type NextStepKey =
  | 'activate-seats'
  | 'reach-login-minimum'
  | 'recover-usage.users'
  | 'recover-usage.logins'
  | 'introduce-features.one'
  | 'introduce-features.other'
  | 'follow-up-detractors.one'
  | 'follow-up-detractors.other'
  | 'follow-up-detractors.one.named'
  | 'follow-up-detractors.other.named'
  | 'convert-passives.one'
  | 'convert-passives.other'
  | 'resolve-open-tickets.one'
  | 'resolve-open-tickets.other'
  | 'resolve-open-tickets.one.pastSla'
  | 'resolve-open-tickets.other.pastSla'
  | 'review-breaches.one'
  | 'review-breaches.other'
  | 'collect-overdue-invoices.one'
  | 'collect-overdue-invoices.other'
  | 'touch-account'
  | 'touch-account.never'
  | 'name-champion'
  | 'name-champion.left';

export interface NextStep {
  measure: MeasureId;
  key: NextStepKey;
  values: Record<string, number | string>;
  /** Points the overall score would gain; 0 when the step moves no whole point. */
  points: number;
}

/** Names shown in a sentence before "…": a step stays one line. */
export const NAMES_SHOWN = 3;

const form = (n: number | undefined) => (n === 1 ? 'one' : 'other');
const listOf = (names: readonly string[]) => names.slice(0, NAMES_SHOWN).join(', ') + (names.length > NAMES_SHOWN ? ', …' : '');

/** A measure's next step in words, or null when it has none (no data, or nothing to change). */
export function nextStepOf(measure: Measure): NextStep | null {
  const lever = measure.lever;
  const step = (key: NextStepKey, values: Record<string, number | string>): NextStep => ({
    measure: measure.id,
    key,
    values,
    points: Math.max(0, lever?.points ?? 0),
  });
  if (!lever) {
    // Support with every ticket closed, some of them late: no change lifts the score (a breach
    // stays a breach until it leaves the window), but the breaches still ask for a review.
    const breaches = measure.id === 'support' ? measure.inputs.find((i) => i.id === 'slaBreaches')?.value : null;
    return typeof breaches === 'number' && breaches > 0 ? step(`review-breaches.${form(breaches)}`, { breaches }) : null;
  }
  const { vars, names = [] } = lever;
  switch (lever.action) {
    case 'activate-seats':
    case 'reach-login-minimum':
    case 'touch-account':
      return step(lever.action === 'touch-account' && vars.days === undefined ? 'touch-account.never' : lever.action, vars);
    case 'recover-usage':
      return step(vars.users !== undefined ? 'recover-usage.users' : 'recover-usage.logins', vars);
    case 'introduce-features':
      return step(`introduce-features.${form(vars.features)}`, vars);
    case 'follow-up-detractors': {
      // Names only when every detractor has one: "the 2 detractors (Kim)" would hide the other.
      const named = names.length === vars.detractors;
      return step(
        `follow-up-detractors.${form(vars.detractors)}${named ? '.named' : ''}`,
        named ? { ...vars, names: listOf(names) } : vars,
      );
    }
    case 'convert-passives':
      return step(`convert-passives.${form(vars.passives)}`, vars);
    case 'resolve-open-tickets':
      return step(`resolve-open-tickets.${form(vars.tickets)}${vars.pastSla ? '.pastSla' : ''}`, vars);
    case 'collect-overdue-invoices':
      return step(`collect-overdue-invoices.${form(vars.invoices)}`, vars);
    case 'name-champion':
      return names.length ? step('name-champion.left', { name: names[0]! }) : step('name-champion', {});
  }
}

/**
 * Every measure below the healthy band with a step: the scorecard's biggest lift first, then by
 * the points each would gain, then the weakest measure; at most `max`. A churned account gets
 * none: there is nothing left to renew.
 */
export function nextStepsOf(health: Health, healthyFrom: number, max = Infinity): NextStep[] {
  if (health.state === 'churned') return [];
  const first = health.state === 'scored' ? health.biggestLift?.measure : undefined;
  const score = new Map(health.measures.map((m) => [m.id, m.score ?? 0]));
  return health.measures
    .filter((m) => m.score !== null && m.score < healthyFrom)
    .flatMap((m) => nextStepOf(m) ?? [])
    .sort(
      (a, b) =>
        Number(b.measure === first) - Number(a.measure === first) || b.points - a.points || score.get(a.measure)! - score.get(b.measure)!,
    )
    .slice(0, max);
}
