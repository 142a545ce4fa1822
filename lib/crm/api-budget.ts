import { z } from 'zod';

/** `Sforce-Limit-Info: api-usage=18/5000[; per-app-api-usage=…]`: calls used in the rolling 24 h and the org's allocation. */
export function parseLimitInfo(header: string | null): { used: number; max: number } | null {
  const m = header ? /(?:^|;\s*)api-usage=(\d+)\/(\d+)/.exec(header) : null;
  return m ? { used: Number(m[1]), max: Number(m[2]) } : null;
}

/**
 * HubSpot's `X-HubSpot-RateLimit-Daily` (the portal's allocation) and
 * `X-HubSpot-RateLimit-Daily-Remaining` (what is left of the portal's day). Search answers and
 * OAuth calls carry neither.
 */
export function parseHubSpotDaily(daily: string | null, remaining: string | null): { used: number; max: number } | null {
  if (!daily?.trim() || !remaining?.trim()) return null;
  const max = Number(daily);
  const left = Number(remaining);
  if (!Number.isInteger(max) || !Number.isInteger(left) || max <= 0 || left < 0) return null;
  return { used: Math.max(0, max - left), max };
}

/** What an answer's headers say of the day's API usage, in whichever CRM's documented form they come. */
export function apiUsageOf(headers: Pick<Headers, 'get'> | null): { used: number; max: number } | null {
  if (!headers) return null;
  return (
    parseLimitInfo(headers.get('sforce-limit-info')) ??
    parseHubSpotDaily(headers.get('x-hubspot-ratelimit-daily'), headers.get('x-hubspot-ratelimit-daily-remaining'))
  );
}

/** What the book spent of one org's budget on one day (the CSM's day). */
export const BudgetDaySchema = z.object({
  day: z.string(),
  /** Requests the book refresh made today. */
  spent: z.number().int().nonnegative(),
  /** The org's own count and allocation, from the last answer's header (null until one came). */
  orgUsed: z.number().int().nonnegative().nullable(),
  orgMax: z.number().int().positive().nullable(),
});
export type BudgetDay = z.infer<typeof BudgetDaySchema>;

export interface BudgetGuard {
  /** Asked before each request: false once the share is spent (or the org is out of calls). */
  allow(): boolean;
  /** Counts one request and what its answer's headers said of the day's usage. */
  record(headers: Pick<Headers, 'get'> | null): void;
  /** Whether allow() said no at least once. */
  readonly refused: boolean;
  /** Whether the org's or portal's own answers said today that its calls for the day are used up. */
  readonly orgSpent: boolean;
  state(): BudgetDay;
}

/**
 * The book refresh's budget for one org and day: never more than `share` of the org's daily
 * allocation, counted across refreshes of the day (`start`), and nothing when the org has no
 * calls left. Until an answer tells the allocation, `assumedMax` stands for it; without one, one
 * request is allowed to learn it. Requests allowed and not yet answered count as spent, so calls
 * made in parallel cannot overshoot the share. The org's usage is forgotten on a new day (its
 * allocation is kept): yesterday's "none left" would otherwise refuse every request for good.
 */
export function budgetGuard(start: BudgetDay, today: string, share: number, assumedMax?: number): BudgetGuard {
  let s: BudgetDay = start.day === today ? { ...start } : { day: today, spent: 0, orgUsed: null, orgMax: start.orgMax };
  let refused = false;
  let pending = 0;
  const orgSpent = () => s.orgMax !== null && s.orgUsed !== null && s.orgUsed >= s.orgMax;
  return {
    allow() {
      const max = s.orgMax ?? assumedMax ?? null;
      const cap = max === null ? 1 : Math.floor(max * share);
      const ok = s.spent + pending < cap && !orgSpent();
      if (ok) pending += 1;
      else refused = true;
      return ok;
    },
    record(headers) {
      const info = apiUsageOf(headers);
      pending = Math.max(0, pending - 1);
      s = { ...s, spent: s.spent + 1, ...(info ? { orgUsed: info.used, orgMax: info.max } : {}) };
    },
    get refused() {
      return refused;
    },
    get orgSpent() {
      return orgSpent();
    },
    state: () => ({ ...s }),
  };
}
