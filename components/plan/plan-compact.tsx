import { useQuery } from '@tanstack/react-query';
import type { PlanApi } from '../../lib/messages/plan-client';
import { QBR_ITEMS } from '../../lib/metrics/checklist';
import { goalsToReview } from '../../lib/plan/goals';
import { qbrStatus, type QuarterBasis } from '../../lib/plan/quarter';
import { useFormat, useT } from '../i18n/i18n-context';
import { PlanGlance } from './plan-glance';
import { planMessages } from './plan-messages';
import { planQuery } from './queries';

/** The account plan in the popup: the glance, this quarter's QBR and the goals due for review. */
export function PlanCompact({
  accountKey,
  accountName,
  today,
  contractStart,
  basis,
  api,
}: {
  accountKey: string;
  accountName: string;
  today: string;
  contractStart: string | null;
  basis: QuarterBasis;
  api: Pick<PlanApi, 'read'>;
}) {
  const t = useT(planMessages);
  const format = useFormat();
  const plan = useQuery(planQuery(api, accountKey, accountName));
  if (plan.isError)
    return (
      <p className="sl-error" role="alert">
        {t('loadFailed')}
      </p>
    );
  if (!plan.data) return null;
  const status = qbrStatus(plan.data, today, basis, contractStart);
  const qbr = status ? plan.data.qbrs[status.quarter.start] : undefined;
  const ticked = QBR_ITEMS.filter((id) => qbr?.ticks[id]).length;
  const due = status ? goalsToReview(plan.data.goals, status.quarter.end).filter((g) => g.due) : [];
  return (
    <section aria-labelledby="plan-compact-title" className="sl-plan-compact">
      <h2 id="plan-compact-title">{t('title')}</h2>
      <PlanGlance plan={plan.data} today={today} qbr={status} />
      {status ? (
        <p data-testid="plan-compact-qbr">
          {t('qbr')}: {status.heldOn ? `${t('heldOn')} ${format.date(status.heldOn)}` : `${t('agenda')} ${ticked}/${QBR_ITEMS.length}`}
        </p>
      ) : null}
      {due.length ? (
        <ul aria-label={t('goalsToReview')}>
          {due.map(({ goal }) => (
            <li key={goal.id}>
              {goal.what} · {t(`status.${goal.status}`)} · {t('dueThisQuarter')} {format.date(goal.byWhen!)}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
