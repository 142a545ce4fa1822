import { goalsOnTrack } from '../../lib/plan/goals';
import { onboardingStageLabel } from '../../lib/plan/onboarding';
import type { Plan } from '../../lib/plan/plan-schema';
import type { QbrStatus } from '../../lib/plan/quarter';
import { useFormat, useT } from '../i18n/i18n-context';
import { planMessages } from './plan-messages';

/** The plan at a glance: onboarding stage, goals on track, last QBR (panel header and popup). */
export function PlanGlance({ plan, today, qbr }: { plan: Plan; today: string; qbr: QbrStatus | null }) {
  const t = useT(planMessages);
  const format = useFormat();
  const onboarding = onboardingStageLabel(plan, today, format)!;
  const goals = goalsOnTrack(plan.goals);
  const lastHeld = qbr?.lastHeld ?? null;
  return (
    <dl className="sl-plan-glance">
      <dt className="sl-visually-hidden">{t('onboarding')}</dt>
      <dd data-testid="plan-onboarding-stage" data-state={onboarding.state}>
        {onboarding.text}
      </dd>
      <dt>{t('goalsOnTrackLabel')}</dt>
      <dd data-testid="plan-goals-on-track">{t('goalsOnTrack', goals)}</dd>
      <dt>{t('lastQbr')}</dt>
      <dd data-testid="plan-last-qbr">{lastHeld ? format.date(lastHeld) : t('noQbrYet')}</dd>
      {qbr?.needsAttention ? (
        <dd className="sl-warning">
          <span role="note">
            <span aria-hidden="true">⚠ </span>
            {t('qbrAttention')}
          </span>
        </dd>
      ) : null}
    </dl>
  );
}
