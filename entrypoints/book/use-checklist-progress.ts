import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { daysToRenewal, type ChecklistCell } from '../../components/book/book-table';
import { checklistQuery, CHECKLISTS } from '../../components/checklist/queries';
import { checklistsChanged } from '../../lib/browser/stored-keys';
import type { BookRow } from '../../lib/metrics/book-row';
import { checklistProgress, inChecklistWindow } from '../../lib/metrics/checklist';
import type { MilestoneSetting } from '../../lib/settings/metrics-settings';

/**
 * The renewal checklist of each account renewing in the checklist window, by account key, read
 * through the popup's own query once `ready` (the first rows painted: hundreds of reads would hold
 * them back); "loading" until its read answers, and read again when a step is ticked elsewhere.
 */
export function useChecklistProgress(
  rows: readonly BookRow[],
  today: string,
  milestones: readonly MilestoneSetting[],
  ready: boolean,
): Record<string, ChecklistCell> {
  const client = useQueryClient();
  useEffect(() => checklistsChanged.watch(() => void client.invalidateQueries({ queryKey: CHECKLISTS })), [client]);
  const renewing = useMemo(() => rows.filter((r) => !r.churned && inChecklistWindow(daysToRenewal(r, today))), [rows, today]);
  return useQueries({
    queries: ready ? renewing.map((r) => checklistQuery(r.accountKey, r.renewalDate)) : [],
    combine: useCallback(
      (results: ReadonlyArray<{ data?: Record<string, string>; isError: boolean }>) =>
        Object.fromEntries(
          renewing.map((r, i): [string, ChecklistCell] => {
            const result = results[i];
            if (result?.data) return [r.accountKey, { state: 'ready', ...checklistProgress(result.data, milestones) }];
            return [r.accountKey, { state: result?.isError ? 'failed' : 'loading' }];
          }),
        ),
      [renewing, milestones],
    ),
  });
}
