import type { BookRow } from './book-row.ts';
import type { Band } from './health/measure.ts';
import { npsOf } from './nps.ts';
import { isExisting, retentionInputOf, retentionRate, type Retention } from './retention.ts';

export interface BookFigures {
  /** Logo retention: renewed existing customers ÷ existing customers due (DESIGN §2). */
  logo: Retention;
  /** Of the ARR due from existing customers: kept, without upsell (gross) and with it (net); null when none was due. */
  grossRevenueRetention: number | null;
  netRevenueRetention: number | null;
  /** Churned ÷ due. */
  churnRate: number | null;
  /** The book's NPS over every respondent of every account (never an average of accounts). */
  nps: number | null;
  bands: Record<Band | 'unscored', number>;
}

/**
 * The book's figures for the period [from, to]. New customers never count (100 due, 80 renewed,
 * 30 new → 80 %). Revenue retention weighs each due account by its ARR: a renewed one keeps its
 * renewal ARR (gross: at most its ARR), a churned or undecided one keeps nothing. One currency is
 * assumed across the book.
 */
export function bookFigures(rows: readonly BookRow[], from: string, to: string): BookFigures {
  const inputs = rows.map((r) => ({ row: r, input: retentionInputOf(r, r.accountKey, from, to) }));
  const logo = retentionRate(
    inputs.map((i) => i.input),
    from,
    to,
  );
  let due = 0;
  let gross = 0;
  let net = 0;
  for (const { row, input } of inputs) {
    if (input.renewalDate === null || input.renewalDate < from || input.renewalDate > to || row.arr === null) continue;
    if (!isExisting(input, from)) continue;
    due += row.arr;
    if (input.outcome !== 'renewed') continue;
    const kept = row.renewalArr ?? row.arr;
    net += kept;
    gross += Math.min(kept, row.arr);
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
    grossRevenueRetention: due ? gross / due : null,
    netRevenueRetention: due ? net / due : null,
    churnRate: logo.due ? logo.churned / logo.due : null,
    nps: npsOf(promoters, detractors, respondents),
    bands,
  };
}
