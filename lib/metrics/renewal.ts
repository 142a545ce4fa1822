import type { AccountSnapshot, Contract, Opportunity } from '../crm/snapshot.ts';
import type { MetricsSettings, MilestoneSetting } from '../settings/metrics-settings.ts';
import { addDays, addMonths, daysBetween } from '../time/days.ts';
import { acvOf, annualised, mrrOf, renewalTermOf, sizeChangeOf, type SizeDirection } from './money.ts';

export type RenewalSource = 'renewal-opportunity' | 'contract-end' | 'account-field';
export type MilestoneState = 'done' | 'due' | 'overdue' | 'upcoming';

export interface Milestone {
  id: string;
  /** Days before the renewal date. */
  offsetDays: number;
  dueDate: string;
  state: MilestoneState;
}

export interface Renewal {
  date: string | null;
  source: RenewalSource | null;
  /** Calendar days from today (the CSM's time zone) to the renewal date; negative once it passed. */
  daysLeft: number | null;
  currency: string;
  /** The renewal opportunity and contract the figures come from, where there is one. */
  opportunityId: string | null;
  contractId: string | null;
  acv: number | null;
  /** ACV of the contract, else the account's mapped ARR field. */
  arr: number | null;
  mrr: number | null;
  /** The renewal opportunity's Amount, which covers its whole term. */
  renewalAmount: number | null;
  /** Months the renewal amount covers (the opportunity's, else the contract's term, else 12). */
  renewalTermMonths: number | null;
  /** The renewal amount per year, comparable with `arr`. */
  renewalArr: number | null;
  /** (renewal ARR − ARR) ÷ ARR, both annualised: > 0 upsell, < 0 downsell. */
  sizeChange: number | null;
  /** Flat when the change rounds to 0 % (under half a percent either way). */
  sizeDirection: SizeDirection | null;
  milestones: Milestone[];
  /** The step to work on now: the milestone due now, else the latest overdue one, else none. */
  dueNow: Milestone | null;
}

/** The contract's last day: its end date, or start + term − 1 day when the CRM left the end empty. */
export function contractEndOf(contract: Pick<Contract, 'startDate' | 'endDate' | 'termMonths'>): string | null {
  if (contract.endDate) return contract.endDate;
  return contract.startDate && contract.termMonths ? addDays(addMonths(contract.startDate, contract.termMonths), -1) : null;
}

function pickOpportunity(opps: readonly Opportunity[], today: string): { upcoming: Opportunity | null; lapsed: Opportunity | null } {
  let upcoming: Opportunity | null = null;
  let lapsed: Opportunity | null = null;
  for (const o of opps) {
    if (!o.isRenewal || o.isClosed) continue;
    if (o.closeDate >= today) {
      if (!upcoming || o.closeDate < upcoming.closeDate) upcoming = o;
    } else if (!lapsed || o.closeDate > lapsed.closeDate) lapsed = o;
  }
  return { upcoming, lapsed };
}

/**
 * The active contract the renewal is about: the one ending soonest from today on; when every
 * active contract has already ended (renewal late), the one that ended last.
 */
function pickContract(contracts: readonly Contract[], today: string): { contract: Contract; end: string | null } | null {
  let next: { contract: Contract; end: string } | null = null;
  let ended: { contract: Contract; end: string } | null = null;
  let undated: Contract | null = null;
  for (const c of contracts) {
    if (!c.isActive) continue;
    const end = contractEndOf(c);
    if (!end) undated ??= c;
    else if (end >= today) {
      if (!next || end < next.end) next = { contract: c, end };
    } else if (!ended || end > ended.end) ended = { contract: c, end };
  }
  return next ?? ended ?? (undated ? { contract: undated, end: null } : null);
}

/**
 * Milestone states, in the order of their dates:
 * - done: the CSM ticked it (whatever the date);
 * - upcoming: its date has not arrived;
 * - due: its date has arrived and the next milestone's date (a strictly later one) has not —
 *   for the last milestone(s), until the renewal date has passed;
 * - overdue: not done, and the next milestone's date has arrived too (or the renewal passed).
 * With the defaults, the QBR (T-90) is due from T-90 to T-61 and overdue from T-60.
 */
export function milestonesFor(
  renewalDate: string,
  today: string,
  settings: Pick<MetricsSettings, 'milestones'>,
  done: ReadonlySet<string>,
): Milestone[] {
  const ordered = orderedMilestones(settings.milestones);
  const dueDates = ordered.map((m) => addDays(renewalDate, -m.offsetDays));
  const afterRenewal = addDays(renewalDate, 1);
  return ordered.map((m, i) => {
    const dueDate = dueDates[i]!;
    let nextDate = afterRenewal;
    for (let j = i + 1; j < dueDates.length; j++) {
      if (dueDates[j]! > dueDate) {
        nextDate = dueDates[j]!;
        break;
      }
    }
    const state: MilestoneState = done.has(m.id) ? 'done' : today < dueDate ? 'upcoming' : today < nextDate ? 'due' : 'overdue';
    return { id: m.id, offsetDays: m.offsetDays, dueDate, state };
  });
}

// The settings' milestones in date order (largest offset first; ties keep the user's order),
// sorted once per settings object rather than once per account.
const ordering = new WeakMap<readonly MilestoneSetting[], readonly MilestoneSetting[]>();
function orderedMilestones(milestones: readonly MilestoneSetting[]): readonly MilestoneSetting[] {
  let ordered = ordering.get(milestones);
  if (!ordered) {
    ordered = milestones
      .map((m, i) => ({ m, i }))
      .sort((a, b) => b.m.offsetDays - a.m.offsetDays || a.i - b.i)
      .map(({ m }) => m);
    ordering.set(milestones, ordered);
  }
  return ordered;
}

/** Steps past their time and not ticked: what the book ranks and alerts on. */
export const overdueCount = (milestones: readonly Milestone[]): number => milestones.filter((m) => m.state === 'overdue').length;

/** The milestone to work on now: the one due, else the most recent overdue one. */
export function dueNowOf(milestones: readonly Milestone[]): Milestone | null {
  let overdue: Milestone | null = null;
  for (const m of milestones) {
    if (m.state === 'due') return m;
    if (m.state === 'overdue') overdue = m;
  }
  return overdue;
}

/**
 * The renewal of an account on `today` (YYYY-MM-DD in the CSM's time zone). The date, by
 * preference (DESIGN §2): the earliest open renewal opportunity closing today or later → the
 * active contract's end → the account's renewal-date field → an open renewal opportunity whose
 * close date has passed (a renewal running late that nobody updated; better a date in the past
 * than none).
 */
export function computeRenewal(
  snapshot: AccountSnapshot,
  today: string,
  settings: Pick<MetricsSettings, 'milestones'>,
  done: ReadonlySet<string> = new Set(),
): Renewal {
  const opps = snapshot.opportunities.status === 'ok' ? snapshot.opportunities.data : [];
  const contracts = snapshot.contracts.status === 'ok' ? snapshot.contracts.data : [];
  const { upcoming, lapsed } = pickOpportunity(opps, today);
  const picked = pickContract(contracts, today);
  let date: string | null = null;
  let source: RenewalSource | null = null;
  if (upcoming) [date, source] = [upcoming.closeDate, 'renewal-opportunity'];
  else if (picked?.end) [date, source] = [picked.end, 'contract-end'];
  else if (snapshot.account.renewalDate) [date, source] = [snapshot.account.renewalDate, 'account-field'];
  else if (lapsed) [date, source] = [lapsed.closeDate, 'renewal-opportunity'];
  const opp = upcoming ?? lapsed;
  const acv = picked ? acvOf(picked.contract) : null;
  const arr = acv ?? snapshot.account.arr;
  const renewalAmount = opp?.amount ?? null;
  const renewalTermMonths = opp ? renewalTermOf(opp, picked?.contract ?? null) : null;
  const renewalArr = renewalAmount === null || renewalTermMonths === null ? null : annualised(renewalAmount, renewalTermMonths);
  const size = sizeChangeOf(renewalArr, arr);
  const milestones = date ? milestonesFor(date, today, settings, done) : [];
  return {
    date,
    source,
    daysLeft: date ? daysBetween(today, date) : null,
    currency: snapshot.account.currency,
    opportunityId: opp?.id ?? null,
    contractId: picked?.contract.id ?? null,
    acv,
    arr,
    mrr: mrrOf(arr),
    renewalAmount,
    renewalTermMonths,
    renewalArr,
    sizeChange: size?.change ?? null,
    sizeDirection: size?.direction ?? null,
    milestones,
    dueNow: dueNowOf(milestones),
  };
}
