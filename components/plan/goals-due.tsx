import type { GoalDue } from '../../lib/plan/goals';
import { useFormat, useT } from '../i18n/i18n-context';
import { planMessages } from './plan-messages';

/** The goals whose review is due (lib/plan/goals.ts goalsDue): the popup's checklist and the panel's plan. */
export function GoalsDueList({ due }: { due: readonly GoalDue[] }) {
  const t = useT(planMessages);
  const format = useFormat();
  if (!due.length) return null;
  return (
    <ul className="sl-checklist" aria-label={t('goalsDue')}>
      {due.map(({ goal, daysLeft }) => {
        const date = format.date(goal.byWhen!);
        const when =
          daysLeft < 0
            ? t('goalOverdue', { date, days: format.number(-daysLeft) })
            : daysLeft === 0
              ? t('goalDueToday')
              : t('goalDueIn', { date, days: format.number(daysLeft) });
        return (
          <li key={goal.id} data-testid="goal-due" data-overdue={daysLeft < 0 || undefined}>
            {goal.what} · {t(`status.${goal.status}`)} · {when}
          </li>
        );
      })}
    </ul>
  );
}
