import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useFormat } from '../../components/i18n/i18n-context';
import { allPlansQuery } from '../../components/plan/queries';
import { plansChanged } from '../../lib/browser/stored-keys';
import type { PlanApi } from '../../lib/messages/plan-client';
import type { onboardingStageLabel } from '../../lib/plan/onboarding';

// The plans' client and schemas, and the words of onboarding stages, load only when asked for:
// the first rows do not show them.
const plansOnDemand: Pick<PlanApi, 'listAll'> = {
  listAll: async () => (await import('../../lib/messages/plan-client')).planApi.listAll(),
};

/**
 * The onboarding stage in words of each account still onboarding, by account key, as its plan's
 * glance says it; read once `ready` (the first rows painted), and again when a plan is saved elsewhere.
 */
export function useOnboardingStages(ready: boolean, today: string): Record<string, string> {
  const client = useQueryClient();
  const format = useFormat();
  const plans = useQuery({ ...allPlansQuery(plansOnDemand), enabled: ready });
  useEffect(() => plansChanged.watch(() => void client.invalidateQueries({ queryKey: allPlansQuery(plansOnDemand).queryKey })), [client]);
  const [stageLabel, setStageLabel] = useState<typeof onboardingStageLabel | null>(null);
  useEffect(() => {
    if (ready) void import('../../lib/plan/onboarding').then((m) => setStageLabel(() => m.onboardingStageLabel));
  }, [ready]);
  return useMemo(() => {
    const stages: Record<string, string> = {};
    if (!stageLabel) return stages;
    for (const plan of plans.data ?? []) {
      const label = stageLabel(plan, today, format);
      if (label?.inOnboarding) stages[plan.accountKey] = label.text;
    }
    return stages;
  }, [plans.data, stageLabel, today, format]);
}
