import { z } from 'zod';

/** `Sforce-Limit-Info: api-usage=18/5000[; per-app-api-usage=…]`: calls used in the rolling 24 h and the org's allocation. */
export function parseLimitInfo(header: string | null): { used: number; max: number } | null {
  const m = header ? /(?:^|;\s*)api-usage=(\d+)\/(\d+)/.exec(header) : null;
  return m ? { used: Number(m[1]), max: Number(m[2]) } : null;
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
  /** Counts one request and what its answer's header said. */
  record(limitInfo: string | null): void;
  /** Whether allow() said no at least once. */
  readonly refused: boolean;
  state(): BudgetDay;
}

/**
 * The book refresh's budget for one org and day: never more than `share` of the org's daily
 * allocation, counted across refreshes of the day (`start`), and nothing when the org has
 * no calls left. Until an answer tells the allocation, one request is allowed to learn it.
 */
export function budgetGuard(start: BudgetDay, today: string, share: number): BudgetGuard {
  let s: BudgetDay = start.day === today ? { ...start } : { day: today, spent: 0, orgUsed: start.orgUsed, orgMax: start.orgMax };
  let refused = false;
  return {
    allow() {
      const cap = s.orgMax === null ? 1 : Math.floor(s.orgMax * share);
      const orgLeft = s.orgMax === null || s.orgUsed === null || s.orgUsed < s.orgMax;
      const ok = s.spent < cap && orgLeft;
      if (!ok) refused = true;
      return ok;
    },
    record(limitInfo) {
      const info = parseLimitInfo(limitInfo);
      s = { ...s, spent: s.spent + 1, ...(info ? { orgUsed: info.used, orgMax: info.max } : {}) };
    },
    get refused() {
      return refused;
    },
    state: () => ({ ...s }),
  };
}
