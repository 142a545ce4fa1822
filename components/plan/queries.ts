import { queryOptions } from '@tanstack/react-query';
import type { PlanApi } from '../../lib/messages/plan-client';

// The account plan's query, for every page that shows a plan (panel, popup); the page hands in
// the api that answers it.

/** The key of one account's plan, for a page that refreshes it when another tab saved it. */
export const planQueryKey = (accountKey: string) => ['plan', accountKey] as const;

/** One account's plan. */
export const planQuery = (api: Pick<PlanApi, 'read'>, accountKey: string, accountName: string) =>
  queryOptions({ queryKey: planQueryKey(accountKey), queryFn: () => api.read(accountKey, accountName) });

/** Every account's plan (the VOC page's churn reasons, the book's onboarding stages). */
export const allPlansQuery = (api: Pick<PlanApi, 'listAll'>) => queryOptions({ queryKey: ['all-plans'], queryFn: () => api.listAll() });
