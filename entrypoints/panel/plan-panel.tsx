import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { PlanSection } from '../../components/plan/plan-section';
import { planQueryKey } from '../../components/plan/queries';
import { accountKeyOf, type AccountSnapshot } from '../../lib/crm/snapshot';
import { renewalChecklist, type QbrItem } from '../../lib/metrics/checklist';
import type { AccountMetrics } from '../../lib/metrics/compute-all';
import { crmClient } from '../../lib/messages/crm-client';
import { planApi } from '../../lib/messages/plan-client';
import type { RecordRef } from '../../lib/pages/record-ref';
import { contractStartOf } from '../../lib/plan/quarter';
import { DEFAULT_PLAN_SETTINGS } from '../../lib/settings/plan-settings';
import { planSettings, plansChanged } from '../../lib/browser/stored-keys';

/** Wires the account plan to the background, the plan settings and the record's metrics. */
export function PlanPanel({
  record,
  snapshot,
  metrics,
}: {
  record: RecordRef;
  snapshot: AccountSnapshot | undefined;
  metrics: AccountMetrics | null;
}) {
  const client = useQueryClient();
  const [stored, setSettings] = useStoredValue(planSettings);
  const settings = stored ?? DEFAULT_PLAN_SETTINGS;
  const accountKey = snapshot ? accountKeyOf(snapshot) : null;

  // A plan saved in another tab (or restored from a backup) shows here at once.
  useEffect(() => {
    if (!accountKey) return;
    return plansChanged.watch((change) => {
      if (change?.accountKey === accountKey || change?.accountKey === '*')
        void client.invalidateQueries({ queryKey: planQueryKey(accountKey) });
    });
  }, [client, accountKey]);

  if (!snapshot || !metrics || !accountKey) return null;
  const agenda = renewalChecklist(metrics, {})
    .filter((item) => item.kind === 'qbr')
    .map((item) => ({ id: item.id as QbrItem, hint: item.hint }));
  const plan = { accountKey, accountName: snapshot.account.name };
  return (
    <PlanSection
      crm={record.crm}
      accountKey={accountKey}
      accountName={snapshot.account.name}
      today={metrics.today}
      contractStart={contractStartOf(snapshot, metrics.today)}
      contacts={snapshot.contacts.status === 'ok' ? snapshot.contacts.data : []}
      agenda={agenda}
      basis={settings.quarterBasis}
      onBasisChange={(quarterBasis) => setSettings({ ...settings, quarterBasis })}
      api={planApi}
      share={(text) => crmClient.sharePlan(record, plan, text)}
    />
  );
}
