import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useStoredValue } from '../../components/hooks/use-stored-value';
import { accountKeyOf, type AccountSnapshot } from '../../lib/crm/snapshot';
import { computeAccountMetrics, type AccountMetrics } from '../../lib/metrics/compute-all';
import { DEFAULT_METRICS_SETTINGS, type MetricsSettings } from '../../lib/settings/metrics-settings';
import type { StoredOverride } from '../../lib/settings/override-schema';
import { healthOverride, metricsSettings } from '../../lib/browser/stored-keys';
import type { OverrideControls } from '../../components/panel/health-view';
import { tickChecklistViaBackground } from '../../lib/messages/checklist-client';
import { recordHealthScoreViaBackground as recordHealthScore } from '../../lib/messages/store-client';
import { checklistQuery } from '../../components/checklist/queries';
import { healthHistoryQuery } from './queries';
import { computeRenewal } from '../../lib/metrics/renewal';
import { addDays, dayInTimeZone, userTimeZone } from '../../lib/time';
import type { HealthDay } from '../../lib/store/health-history';

/** Snapshot → metrics, with the daily health history read from and written to IndexedDB. */
export function useAccountMetrics(snapshot: AccountSnapshot | undefined): {
  metrics: AccountMetrics | null;
  settings: MetricsSettings;
  history: HealthDay[];
  override: OverrideControls | undefined;
  /** Ticks a renewal step in the checklist the popup shows; null until the cycle is known. */
  tick: ((id: string, done: boolean) => void) | null;
} {
  const [storedSettings] = useStoredValue(metricsSettings);
  const settings = storedSettings ?? DEFAULT_METRICS_SETTINGS;
  const key = snapshot ? accountKeyOf(snapshot) : null;
  const [storedOverride, setOverride] = useStoredValue(useMemo(() => (key ? healthOverride(key) : null), [key]));
  const stored: StoredOverride | null = storedOverride ?? null;
  const history = useQuery(healthHistoryQuery(key));
  // The renewal date keys the checklist; the steps ticked there count as done in the timeline.
  const renewalDate = useMemo(
    () => (snapshot ? computeRenewal(snapshot, dayInTimeZone(new Date(), userTimeZone()), settings).date : null),
    [snapshot, settings],
  );
  const checklist = useQuery(checklistQuery(key, renewalDate));
  const metrics = useMemo(
    () =>
      snapshot
        ? computeAccountMetrics(snapshot, settings, new Date(), userTimeZone(), {
            history: history.data ?? [],
            override: stored,
            doneMilestones: new Set(Object.keys(checklist.data ?? {})),
          })
        : null,
    [snapshot, settings, history.data, stored, checklist.data],
  );
  const client = useQueryClient();
  const todayScore = metrics?.health.state === 'scored' ? metrics.health.score : null;
  useEffect(() => {
    // Only a snapshot read today (in the CSM's zone) speaks for today's score.
    if (!key || !metrics || !snapshot || dayInTimeZone(new Date(snapshot.fetchedAt), userTimeZone()) !== metrics.today) return;
    // Keep one score a day for the 7 / 30 / 90-day trend.
    void recordHealthScore(key, metrics.today, todayScore).then(
      () => client.invalidateQueries({ queryKey: healthHistoryQuery(key).queryKey }),
      () => undefined,
    );
    // Depends on the score and the day only: once per change, not per render.
  }, [key, metrics?.today, todayScore]);
  const override: OverrideControls | undefined =
    key && storedOverride !== undefined
      ? {
          current: stored,
          defaultExpiry: addDays(metrics?.today ?? dayInTimeZone(new Date(), userTimeZone()), 30),
          onSave: (draft) => setOverride({ ...draft, setAt: new Date().toISOString() }),
          onClear: () => setOverride(null),
        }
      : undefined;
  const tick =
    key && renewalDate
      ? (id: string, done: boolean) => {
          // Shown at once; the store's answer (or its refusal) settles it.
          const { queryKey } = checklistQuery(key, renewalDate);
          client.setQueryData(queryKey, (old) => {
            const { [id]: _was, ...rest } = old ?? {};
            return done ? { ...rest, [id]: new Date().toISOString() } : rest;
          });
          void tickChecklistViaBackground(key, renewalDate, id, done).finally(() => client.invalidateQueries({ queryKey }));
        }
      : null;
  return { metrics, settings, history: history.data ?? [], override, tick };
}
