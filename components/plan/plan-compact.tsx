import { useQuery } from '@tanstack/react-query';
import type { PlanApi } from '../../lib/messages/plan-client';
import { QBR_ITEMS } from '../../lib/metrics/checklist';
import { qbrStatus, type QuarterBasis } from '../../lib/plan/quarter';
import { useFormat, useT } from '../i18n/i18n-context';
import { PlanGlance } from './plan-glance';
import { planMessages } from './plan-messages';
import { planQuery } from './queries';

/** The account plan in the popup: the glance and this quarter's QBR (goals due are in the renewal checklist). */
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
  return (
    <section aria-labelledby="plan-compact-title" className="sl-plan-compact">
      <h2 id="plan-compact-title">{t('title')}</h2>
      <PlanGlance plan={plan.data} today={today} qbr={status} />
      {status ? (
        <p data-testid="plan-compact-qbr">
          {t('qbr')}: {status.heldOn ? `${t('heldOn')} ${format.date(status.heldOn)}` : `${t('agenda')} ${ticked}/${QBR_ITEMS.length}`}
        </p>
      ) : null}
    </section>
  );
}
