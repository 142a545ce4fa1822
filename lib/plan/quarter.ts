import type { AccountSnapshot } from '../crm/snapshot.ts';
import { addDays, addMonths } from '../time/days.ts';
import type { Plan } from './plan-schema.ts';

/** How QBR quarters are counted: from the contract's start (the default) or by the calendar. */
export type QuarterBasis = 'contract' | 'calendar';

export interface Quarter {
  /** The basis actually used: contract quarters need a contract start, else calendar ones. */
  basis: QuarterBasis;
  /** First and last day, YYYY-MM-DD; `start` is the key of the quarter's QBR. */
  start: string;
  end: string;
  /** Contract basis: 1 for the contract's first quarter. Calendar basis: the calendar quarter, 1–4. */
  number: number;
  year: number;
}

const monthIndex = (day: string) => +day.slice(0, 4) * 12 + (+day.slice(5, 7) - 1);

/**
 * The quarter `today` falls in. Contract quarters run from the start's day of the month (a
 * contract starting Aug 15 has quarters from Aug 15, Nov 15, Feb 15…), each counted from the
 * start itself so a start on the 31st does not drift. Before the contract starts there is none.
 */
export function quarterOf(today: string, basis: QuarterBasis, contractStart: string | null): Quarter | null {
  if (basis === 'contract' && contractStart) {
    if (today < contractStart) return null;
    let k = Math.floor((monthIndex(today) - monthIndex(contractStart)) / 3);
    if (addMonths(contractStart, 3 * k) > today) k -= 1;
    const start = addMonths(contractStart, 3 * k);
    return { basis, start, end: addDays(addMonths(contractStart, 3 * (k + 1)), -1), number: k + 1, year: +start.slice(0, 4) };
  }
  const year = +today.slice(0, 4);
  const q = Math.floor((+today.slice(5, 7) - 1) / 3);
  const start = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { basis: 'calendar', start, end: addDays(addMonths(start, 3), -1), number: q + 1, year };
}

/**
 * The start QBR quarters count from: the active contract running today (the latest started),
 * else the latest active contract already started, else the account's customer-since date.
 */
export function contractStartOf(snapshot: Pick<AccountSnapshot, 'contracts' | 'account'>, today: string): string | null {
  let running: string | null = null;
  let started: string | null = null;
  if (snapshot.contracts.status === 'ok') {
    for (const c of snapshot.contracts.data) {
      if (!c.isActive || !c.startDate || c.startDate > today) continue;
      if (!started || c.startDate > started) started = c.startDate;
      if ((!c.endDate || c.endDate >= today) && (!running || c.startDate > running)) running = c.startDate;
    }
  }
  const since = snapshot.account.customerSince;
  return running ?? started ?? (since && since <= today ? since : null);
}

export interface QbrStatus {
  quarter: Quarter;
  /** The day this quarter's QBR was held, or null while it is still to hold. */
  heldOn: string | null;
  /** The latest QBR held, any quarter. */
  lastHeld: string | null;
  /**
   * No QBR for more than a quarter: none held this quarter or the one before, once the customer
   * has had a whole quarter (from its second quarter on; with no known start the customer is
   * taken to be older than a quarter).
   */
  needsAttention: boolean;
}

export function qbrStatus(plan: Pick<Plan, 'qbrs'>, today: string, basis: QuarterBasis, contractStart: string | null): QbrStatus | null {
  const quarter = quarterOf(today, basis, contractStart);
  if (!quarter) return null;
  let lastHeld: string | null = null;
  for (const qbr of Object.values(plan.qbrs))
    if (qbr.heldOn && qbr.heldOn <= today && (!lastHeld || qbr.heldOn > lastHeld)) lastHeld = qbr.heldOn;
  const previous = quarterOf(addDays(quarter.start, -1), quarter.basis, contractStart);
  const hadAWholeQuarter = previous !== null && (!contractStart || contractStart <= previous.start);
  return {
    quarter,
    heldOn: plan.qbrs[quarter.start]?.heldOn ?? null,
    lastHeld,
    needsAttention: hadAWholeQuarter && (lastHeld === null || lastHeld < previous.start),
  };
}
