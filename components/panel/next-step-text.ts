import { nextStepMessages } from '../../lib/i18n/next-step-messages';
import type { NextStep } from '../../lib/metrics/health';
import { useFormat, useT } from '../i18n/i18n-context';

/** A next step as its sentence in the UI language, its numbers in the user's locale. */
export function useNextStepText(): (step: NextStep) => string {
  const t = useT(nextStepMessages);
  const format = useFormat();
  return (step) =>
    t(step.key, Object.fromEntries(Object.entries(step.values).map(([k, v]) => [k, typeof v === 'number' ? format.number(v) : v])));
}
