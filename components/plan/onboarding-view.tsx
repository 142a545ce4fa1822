import { NO_DATES, ONBOARDING_STAGES, type Plan, type StageDates } from '../../lib/plan/plan-schema';
import { useT } from '../i18n/i18n-context';
import { planMessages } from './plan-messages';
import type { SaveEdit } from './save-edit';
import { useSave } from './use-save';

/** Onboarding stages (kickoff … first value) with the dates planned and done. */
export function OnboardingView({ onboarding, save }: { onboarding: Plan['onboarding']; save: SaveEdit }) {
  const t = useT(planMessages);
  const { run, alert } = useSave(save);
  const set = (stage: (typeof ONBOARDING_STAGES)[number], patch: Partial<StageDates>) => {
    const base = onboarding[stage] ?? NO_DATES;
    return run({ kind: 'stage', stage, value: { ...base, ...patch }, base });
  };
  return (
    <div>
      <table className="sl-plan-stages">
        <caption className="sl-visually-hidden">{t('onboarding')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stage')}</th>
            <th scope="col">{t('planned')}</th>
            <th scope="col">{t('done')}</th>
          </tr>
        </thead>
        <tbody>
          {ONBOARDING_STAGES.map((stage) => {
            const dates = onboarding[stage] ?? NO_DATES;
            const name = t(`stage.${stage}`);
            return (
              <tr key={stage}>
                <th scope="row">{name}</th>
                <td>
                  <input
                    type="date"
                    aria-label={t('plannedFor', { stage: name })}
                    value={dates.planned ?? ''}
                    onChange={(e) => void set(stage, { planned: e.target.value || null })}
                  />
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={t('doneOn', { stage: name })}
                    value={dates.done ?? ''}
                    onChange={(e) => void set(stage, { done: e.target.value || null })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {alert}
    </div>
  );
}
