import { addDays, addMonths } from '../time/days.ts';
import type { BookRow } from './book-row.ts';
import type { Band } from './health/measure.ts';
import { npsOf } from './nps.ts';
import { isExisting, retentionInputOf, retentionRate, type Retention } from './retention.ts';

export interface BookFigures {
  /** Logo retention: renewed existing customers ÷ existing customers due (DESIGN §2). */
  logo: Retention;
  /**
   * Of the ARR due from existing customers, kept without upsell (gross) and with it (net): one
   * line per currency (by code), since amounts in two currencies do not add up. Empty when none
   * was due.
   */
  revenue: RevenueRetention[];
  /** Churned ÷ due. */
  churnRate: number | null;
  /** The book's NPS over every respondent of every account (never an average of accounts). */
  nps: number | null;
  bands: Record<Band | 'unscored', number>;
}

export interface RevenueRetention {
  currency: string;
  due: number;
  gross: number;
  net: number;
}

/** The periods the retention figures can cover, ending today or at the last quarter's end. */
export const FIGURE_PERIODS = ['last-12-months', 'year-to-date', 'last-quarter'] as const;
export type FigurePeriod = (typeof FIGURE_PERIODS)[number];

/** The first and last day (inclusive) of a period, as calendar days. */
export function periodRange(period: FigurePeriod, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  switch (period) {
    case 'last-12-months':
      return { from: addDays(addMonths(today, -12), 1), to: today };
    case 'year-to-date':
      return { from: `${year}-01-01`, to: today };
    case 'last-quarter': {
      const quarterStart = `${year}-${String(Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
      const from = addMonths(quarterStart, -3);
      return { from, to: addDays(quarterStart, -1) };
    }
  }
}

/**
 * The book's figures for the period [from, to]. New customers never count (100 due, 80 renewed,
 * 30 new → 80 %). Revenue retention weighs each due account by its ARR: a renewed one keeps its
 * renewal ARR (gross: at most its ARR), a churned or undecided one keeps nothing; each currency
 * is weighed on its own.
 */
export function bookFigures(rows: readonly BookRow[], from: string, to: string): BookFigures {
  const inputs = rows.map((r) => ({ row: r, input: retentionInputOf(r, r.accountKey, from, to) }));
  const logo = retentionRate(
    inputs.map((i) => i.input),
    from,
    to,
  );
  const revenue = new Map<string, RevenueRetention>();
  for (const { row, input } of inputs) {
    if (input.renewalDate === null || input.renewalDate < from || input.renewalDate > to || row.arr === null) continue;
    if (!isExisting(input, from)) continue;
    const r = revenue.get(row.currency) ?? { currency: row.currency, due: 0, gross: 0, net: 0 };
    revenue.set(row.currency, r);
    r.due += row.arr;
    if (input.outcome !== 'renewed') continue;
    const kept = row.renewalArr ?? row.arr;
    r.net += kept;
    r.gross += Math.min(kept, row.arr);
  }
  const bands: BookFigures['bands'] = { healthy: 0, 'needs-attention': 0, 'at-risk': 0, unscored: 0 };
  let promoters = 0;
  let detractors = 0;
  let respondents = 0;
  for (const r of rows) {
    if (r.churned) continue;
    bands[r.band ?? 'unscored'] += 1;
    promoters += r.promoters;
    detractors += r.detractors;
    respondents += r.respondents;
  }
  return {
    logo,
    revenue: [...revenue.values()].filter((r) => r.due > 0).sort((a, b) => a.currency.localeCompare(b.currency)),
    churnRate: logo.due ? logo.churned / logo.due : null,
    nps: npsOf(promoters, detractors, respondents),
    bands,
  };
}

export interface MonthOfRenewals {
  /** YYYY-MM */
  month: string;
  accounts: number;
  /** The renewals' ARR per currency, by code (accounts without an ARR add none). */
  arr: Array<{ currency: string; amount: number }>;
}

/**
 * The renewals due in this month and the next `months − 1`, month by month, with their ARR (the
 * renewal's own per year when there is one, else the account's). Churned accounts renew nothing;
 * months without a renewal are left out.
 */
export function renewalsByMonth(rows: readonly BookRow[], today: string, months = 12): MonthOfRenewals[] {
  const end = addDays(addMonths(`${today.slice(0, 7)}-01`, months), -1);
  const byMonth = new Map<string, { accounts: number; arr: Map<string, number> }>();
  for (const row of rows) {
    if (row.churned || row.renewalDate === null || row.renewalDate < today || row.renewalDate > end) continue;
    const month = row.renewalDate.slice(0, 7);
    const m = byMonth.get(month) ?? { accounts: 0, arr: new Map<string, number>() };
    byMonth.set(month, m);
    m.accounts += 1;
    const amount = row.renewalArr ?? row.arr;
    if (amount !== null) m.arr.set(row.currency, (m.arr.get(row.currency) ?? 0) + amount);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, m]) => ({
      month,
      accounts: m.accounts,
      arr: [...m.arr.entries()].map(([currency, amount]) => ({ currency, amount })).sort((a, b) => a.currency.localeCompare(b.currency)),
    }));
}
