import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { PlanCompact } from '../../components/plan/plan-compact';
import { planQueryKey } from '../../components/plan/queries';
import type { AccountSnapshot } from '../../lib/crm/snapshot';
import { planApi } from '../../lib/messages/plan-client';
import { contractStartOf } from '../../lib/plan/quarter';
import { DEFAULT_PLAN_SETTINGS } from '../../lib/settings/plan-settings';
import { planSettings, plansChanged } from '../../lib/browser/stored-keys';
import { dayInTimeZone, userTimeZone } from '../../lib/time/today';

/** Wires the popup's account-plan summary to the background and the plan settings. */
export function PlanSummary({
  account,
  snapshot,
}: {
  account: { accountKey: string; accountName: string } | null;
  snapshot: AccountSnapshot | null;
}) {
  const client = useQueryClient();
  const [settings] = useStoredValue(planSettings);
  const accountKey = account?.accountKey ?? null;
  useEffect(() => {
    if (!accountKey) return;
    return plansChanged.watch(() => void client.invalidateQueries({ queryKey: planQueryKey(accountKey) }));
  }, [client, accountKey]);
  if (!account) return null;
  const today = dayInTimeZone(new Date(), userTimeZone());
  return (
    <PlanCompact
      accountKey={account.accountKey}
      accountName={account.accountName}
      today={today}
      contractStart={snapshot ? contractStartOf(snapshot, today) : null}
      basis={(settings ?? DEFAULT_PLAN_SETTINGS).quarterBasis}
      api={planApi}
    />
  );
}
