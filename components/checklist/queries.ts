import { queryOptions, skipToken } from '@tanstack/react-query';
import { readChecklistViaBackground } from '../../lib/messages/checklist-client';

// The renewal checklist's query, for every page that shows its ticks: the panel's timeline, the
// popup's checklist and the book's progress column key it alike.

/** Every checklist query: a page refreshes them all after a tick. */
export const CHECKLISTS = ['checklist'] as const;

/** Renewal steps ticked for one renewal date; waits until the account and its renewal date are known. */
export const checklistQuery = (accountKey: string | null, renewalDate: string | null) =>
  queryOptions({
    queryKey: [...CHECKLISTS, accountKey, renewalDate],
    queryFn: accountKey && renewalDate ? () => readChecklistViaBackground(accountKey, renewalDate) : skipToken,
  });
