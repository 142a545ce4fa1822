import type { Formatters } from '../i18n/format.ts';
import { onboardingMessages } from '../i18n/onboarding-messages.ts';
import { translator } from '../i18n/translate.ts';
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

export type OnboardingLabelKey = `onboarding.${'not-started' | 'complete' | 'at' | 'late'}` | `stage.${OnboardingStage}`;

/**
 * An account's onboarding stage in words, in the user's language and date format, for any view
 * that lists accounts (the book) as the plan's glance says it: "Onboarding: Training",
 * "Onboarding: Go-live (late, planned Dec 1, 2026)", "Onboarding complete". `inOnboarding` is
 * true while a stage is under way. Null without a plan.
 */
export function onboardingStageLabel(
  plan: Pick<Plan, 'onboarding'> | null | undefined,
  today: string,
  format: Pick<Formatters, 'locale' | 'date'>,
): { state: OnboardingStatus['state']; inOnboarding: boolean; text: string } | null {
  if (!plan) return null;
  const t = translator(onboardingMessages, format.locale);
  const status = onboardingStatus(plan.onboarding, today);
  if (status.state !== 'in-progress') return { state: status.state, inOnboarding: false, text: t(`onboarding.${status.state}`) };
  const stage = t(`stage.${status.stage}`);
  const text = status.late ? t('onboarding.late', { stage, date: format.date(status.planned!) }) : t('onboarding.at', { stage });
  return { state: status.state, inOnboarding: true, text };
}
