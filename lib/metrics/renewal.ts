import type { AccountSnapshot, Contract, Opportunity } from '../crm/snapshot';
import type { MetricsSettings } from '../settings/metrics-settings';
import { addDays, daysBetween } from './days';

export type RenewalSource = 'renewal-opportunity' | 'contract-end' | 'account-field';
export type MilestoneState = 'done' | 'due' | 'overdue' | 'upcoming';

export interface Milestone {
  id: string;
  offsetDays: number;
  dueDate: string;
  state: MilestoneState;
}

export interface Renewal {
  date: string | null;
  source: RenewalSource | null;
  /** Calendar days from today (user's time zone) to the renewal; negative once past. */
  daysLeft: number | null;
  currency: string;
  acv: number | null;
  arr: number | null;
  mrr: number | null;
  renewalAmount: number | null;
  /** (renewal amount − ARR) ÷ ARR: > 0 upsell, < 0 downsell. */
  sizeChange: number | null;
  milestones: Milestone[];
  /** The milestone to work on now: the one currently due, else the latest one overdue. */
  dueNow: Milestone | null;
}

/** ACV = contract value ÷ term in years (24 months at 200,000 → 100,000; 6 months at 60,000 → 120,000). */
export function acvOf(contract: Pick<Contract, 'value' | 'termMonths' | 'startDate' | 'endDate'>): number | null {
  if (contract.value === null) return null;
  let months = contract.termMonths;
  if (!months && contract.startDate && contract.endDate) months = Math.round((daysBetween(contract.startDate, contract.endDate) + 1) / (365.25 / 12));
  return months ? contract.value / (months / 12) : null;
}

function nextRenewalOpportunity(opps: readonly Opportunity[]): Opportunity | null {
  return [...opps].filter((o) => o.isRenewal && !o.isClosed).sort((a, b) => a.closeDate.localeCompare(b.closeDate))[0] ?? null;
}

function activeContract(contracts: readonly Contract[]): Contract | null {
  return [...contracts].filter((c) => c.isActive && c.endDate).sort((a, b) => (b.endDate ?? '').localeCompare(a.endDate ?? ''))[0] ?? null;
}

/**
 * Milestone states: a milestone is upcoming before its date, due from its date until the next
 * milestone's date, overdue once the next milestone's date (or the renewal) has arrived too,
 * and done when the CSM checked it.
 */
export function milestonesFor(renewalDate: string, today: string, settings: MetricsSettings, done: ReadonlySet<string>): Milestone[] {
  const ordered = [...settings.milestones].sort((a, b) => b.offsetDays - a.offsetDays);
  const dueDates = ordered.map((m) => addDays(renewalDate, -m.offsetDays));
  const afterRenewal = addDays(renewalDate, 1);
  return ordered.map((m, i) => {
    const dueDate = dueDates[i]!;
    const nextDate = dueDates[i + 1] ?? afterRenewal;
    const state: MilestoneState = done.has(m.id)
      ? 'done'
      : today < dueDate
        ? 'upcoming'
        : today < nextDate
          ? 'due'
          : 'overdue';
    return { id: m.id, offsetDays: m.offsetDays, dueDate, state };
  });
}

export function computeRenewal(snapshot: AccountSnapshot, today: string, settings: MetricsSettings, done: ReadonlySet<string> = new Set()): Renewal {
  const opps = snapshot.opportunities.status === 'ok' ? snapshot.opportunities.data : [];
  const contracts = snapshot.contracts.status === 'ok' ? snapshot.contracts.data : [];
  const opp = nextRenewalOpportunity(opps);
  const contract = activeContract(contracts);
  const [date, source]: [string | null, RenewalSource | null] = opp
    ? [opp.closeDate, 'renewal-opportunity']
    : contract?.endDate
      ? [contract.endDate, 'contract-end']
      : snapshot.account.renewalDate
        ? [snapshot.account.renewalDate, 'account-field']
        : [null, null];
  const acv = contract ? acvOf(contract) : null;
  const arr = acv ?? snapshot.account.arr;
  const renewalAmount = opp?.amount ?? null;
  const milestones = date ? milestonesFor(date, today, settings, done) : [];
  return {
    date,
    source,
    daysLeft: date ? daysBetween(today, date) : null,
    currency: snapshot.account.currency,
    acv,
    arr,
    mrr: arr === null ? null : arr / 12,
    renewalAmount,
    sizeChange: arr && renewalAmount !== null ? (renewalAmount - arr) / arr : null,
    milestones,
    dueNow: milestones.find((m) => m.state === 'due') ?? milestones.filter((m) => m.state === 'overdue').at(-1) ?? null,
  };
}
