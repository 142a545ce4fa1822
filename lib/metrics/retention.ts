import type { AccountSnapshot } from '../crm/snapshot.ts';

export type RenewalOutcome = 'renewed' | 'churned' | 'open';

/**
 * One account's renewal for the retention rate. The caller (or retentionInputOf) decides:
 * - `renewalDate`: the renewal that fell due, YYYY-MM-DD; null when none is known;
 * - `outcome`: renewed, churned, or still open;
 * - `customerSince`: when the account became a customer (null when unknown);
 * - `hadPriorContract`: whether a contract ran before the period — a customer whose first
 *   contract starts inside the period is new, whatever its renewal says.
 */
export interface RetentionInput {
  accountKey: string;
  customerSince: string | null;
  hadPriorContract: boolean;
  renewalDate: string | null;
  outcome: RenewalOutcome;
}

export interface Retention {
  /** Renewed existing customers ÷ existing customers due; null when none was due. */
  rate: number | null;
  due: number;
  renewed: number;
  churned: number;
  /** Due but not decided yet: not (yet) retained, so they count against the rate, and show. */
  pending: number;
  /** Accounts due in the period left out as new customers. */
  excludedNew: number;
}

/** An existing customer at the period's start: a prior contract, and not a customer since inside the period. */
export function isExisting(a: Pick<RetentionInput, 'hadPriorContract' | 'customerSince'>, from: string): boolean {
  return a.hadPriorContract && (a.customerSince === null || a.customerSince < from);
}

/** Retention over the period [from, to] (inclusive YYYY-MM-DD). New customers never count. */
export function retentionRate(accounts: readonly RetentionInput[], from: string, to: string): Retention {
  const r: Retention = { rate: null, due: 0, renewed: 0, churned: 0, pending: 0, excludedNew: 0 };
  for (const a of accounts) {
    if (a.renewalDate === null || a.renewalDate < from || a.renewalDate > to) continue;
    if (!isExisting(a, from)) {
      r.excludedNew += 1;
      continue;
    }
    r.due += 1;
    if (a.outcome === 'renewed') r.renewed += 1;
    else if (a.outcome === 'churned') r.churned += 1;
    else r.pending += 1;
  }
  r.rate = r.due ? r.renewed / r.due : null;
  return r;
}

/** What an account's retention needs, from a snapshot or a stored book row. */
export interface RetentionFacts {
  customerSince: string | null;
  /** The account's renewal date when no renewal opportunity falls in the period. */
  renewalDate: string | null;
  churned: boolean;
  /** Renewal opportunities (null: unread). */
  renewals: ReadonlyArray<{ closeDate: string; isClosed: boolean; isWon: boolean }> | null;
  /** Start dates of its contracts (null: unread). */
  contractStarts: readonly string[] | null;
}

export function retentionFactsOf(snapshot: AccountSnapshot): RetentionFacts {
  return {
    customerSince: snapshot.account.customerSince,
    renewalDate: snapshot.account.renewalDate,
    churned: snapshot.account.churned,
    renewals: snapshot.opportunities.status === 'ok' ? snapshot.opportunities.data.filter((o) => o.isRenewal) : null,
    contractStarts: snapshot.contracts.status === 'ok' ? snapshot.contracts.data.flatMap((c) => (c.startDate ? [c.startDate] : [])) : null,
  };
}

/**
 * How an account's latest renewal in [from, to] ended: a won renewal opportunity → renewed; a lost
 * one or a churned account → churned; otherwise still open. Without a renewal opportunity in the
 * period, the account's renewal-date field stands for the date.
 */
export function renewalOutcomeOf(
  snapshot: AccountSnapshot | RetentionFacts,
  from: string,
  to: string,
): Pick<RetentionInput, 'renewalDate' | 'outcome'> {
  const facts = 'account' in snapshot ? retentionFactsOf(snapshot) : snapshot;
  let renewal: { closeDate: string; isClosed: boolean; isWon: boolean } | null = null;
  for (const o of facts.renewals ?? [])
    if (o.closeDate >= from && o.closeDate <= to && (!renewal || o.closeDate > renewal.closeDate)) renewal = o;
  if (!renewal) return { renewalDate: facts.renewalDate, outcome: facts.churned ? 'churned' : 'open' };
  const outcome: RenewalOutcome = renewal.isClosed ? (renewal.isWon ? 'renewed' : 'churned') : facts.churned ? 'churned' : 'open';
  return { renewalDate: renewal.closeDate, outcome };
}

/**
 * The retention input of one snapshot (or book row's facts). A prior contract is a contract that
 * started before the period; when no contract with a start date is known (contracts unread, or a
 * CRM without them), a customer-since date before the period stands for it, and with neither the
 * account is not counted (we cannot tell it from a new customer).
 */
export function retentionInputOf(snapshot: AccountSnapshot | RetentionFacts, accountKey: string, from: string, to: string): RetentionInput {
  const facts = 'account' in snapshot ? retentionFactsOf(snapshot) : snapshot;
  const since = facts.customerSince;
  const starts = facts.contractStarts ?? [];
  const hadPriorContract = starts.length ? starts.some((d) => d < from) : since !== null && since < from;
  return { accountKey, customerSince: since, hadPriorContract, ...renewalOutcomeOf(facts, from, to) };
}
