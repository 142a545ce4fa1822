import type { Contract, Opportunity } from '../crm/snapshot.ts';
import { daysBetween } from '../time/days.ts';

// Money rules of DESIGN §2, in one place. Every figure compared is annualised: a contract or a
// renewal opportunity's amount covers its whole term, so it is divided by the term in years.

export type SizeDirection = 'upsell' | 'downsell' | 'flat';

/** The term a renewal is assumed to cover when neither the opportunity nor the contract says. */
export const DEFAULT_TERM_MONTHS = 12;

/** A contract's length in months: its term, else read from its dates (inclusive end: Jun 1 – Nov 30 is 6). */
export function contractMonthsOf(contract: Pick<Contract, 'termMonths' | 'startDate' | 'endDate'>): number | null {
  if (contract.termMonths) return contract.termMonths;
  if (contract.startDate && contract.endDate)
    return Math.round((daysBetween(contract.startDate, contract.endDate) + 1) / (365.25 / 12)) || null;
  return null;
}

/** An amount that covers `months`, per year: 200,000 over 24 months → 100,000. */
export function annualised(amount: number, months: number): number {
  return amount / (months / 12);
}

/** ACV = contract value ÷ term in years (24 months at 200,000 → 100,000; 6 months at 60,000 → 120,000). */
export function acvOf(contract: Pick<Contract, 'value' | 'termMonths' | 'startDate' | 'endDate'>): number | null {
  if (contract.value === null) return null;
  const months = contractMonthsOf(contract);
  return months ? annualised(contract.value, months) : null;
}

/** MRR = ARR ÷ 12 (200,000 over two years → ARR 100,000 → MRR ≈ 8,333). */
export function mrrOf(arr: number | null): number | null {
  return arr === null ? null : arr / 12;
}

/**
 * The months a renewal opportunity's Amount covers: the opportunity's own term where the CRM
 * gives one, else the term of the contract it renews (a 2-year contract renews for 2 years),
 * else 12 months.
 */
export function renewalTermOf(
  // `termMonths` is read where a connector maps the opportunity's or deal's own term.
  opportunity: Pick<Opportunity, 'amount'> & { termMonths?: number | null },
  contract: Pick<Contract, 'termMonths' | 'startDate' | 'endDate'> | null,
): number {
  return opportunity.termMonths || (contract && contractMonthsOf(contract)) || DEFAULT_TERM_MONTHS;
}

/**
 * Renewal size: (renewal ARR − current ARR) ÷ current ARR, both annualised, so a flat 2-year
 * renewal is 0 %, not +100 %. Flat when the change rounds to 0 % (under half a percent either way).
 */
export function sizeChangeOf(renewalArr: number | null, arr: number | null): { change: number; direction: SizeDirection } | null {
  if (renewalArr === null || !arr) return null;
  const change = (renewalArr - arr) / arr;
  return { change, direction: Math.abs(change) < 0.005 ? 'flat' : change > 0 ? 'upsell' : 'downsell' };
}
