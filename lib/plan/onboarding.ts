import { ONBOARDING_STAGES, type OnboardingStage, type Plan } from './plan-schema.ts';

export type OnboardingStatus =
  | { state: 'not-started' }
  | { state: 'complete'; doneOn: string }
  /** `stage` is the first stage not done yet; late when its planned date has passed. */
  | { state: 'in-progress'; stage: OnboardingStage; planned: string | null; late: boolean };

/**
 * Where onboarding stands: not started while no stage has a date; complete once every stage is
 * done; otherwise at the first stage not done (stages are worked in order, kickoff first).
 */
export function onboardingStatus(onboarding: Plan['onboarding'], today: string): OnboardingStatus {
  const dated = ONBOARDING_STAGES.some((s) => onboarding[s]?.planned || onboarding[s]?.done);
  if (!dated) return { state: 'not-started' };
  for (const stage of ONBOARDING_STAGES) {
    const dates = onboarding[stage];
    if (dates?.done) continue;
    const planned = dates?.planned ?? null;
    return { state: 'in-progress', stage, planned, late: planned !== null && planned < today };
  }
  return { state: 'complete', doneOn: ONBOARDING_STAGES.map((s) => onboarding[s]!.done!).reduce((a, b) => (a > b ? a : b)) };
}
