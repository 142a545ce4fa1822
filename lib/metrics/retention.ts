import type { AccountSnapshot } from '../crm/snapshot';

export type RenewalOutcome = 'renewed' | 'churned' | 'open';

export interface RetentionInput {
  accountKey: string;
  /** When the account became a customer; one who started inside the period is new and never counts. */
  customerSince: string | null;
  /** The renewal that fell due (YYYY-MM-DD). */
  renewalDate: string | null;
  outcome: RenewalOutcome;
}

export interface Retention {
  /** Renewed existing customers ÷ existing customers due; null when none was due. */
  rate: number | null;
  due: number;
  renewed: number;
  churned: number;
  /** Due but not decided yet: counted as not (yet) retained, and shown so. */
  pending: number;
}

/** Retention over a period [from, to] (inclusive YYYY-MM-DD). New customers are excluded. */
export function retentionRate(accounts: readonly RetentionInput[], from: string, to: string): Retention {
  const due = accounts.filter(
    (a) => a.renewalDate !== null && a.renewalDate >= from && a.renewalDate <= to && a.customerSince !== null && a.customerSince < from,
  );
  const count = (o: RenewalOutcome) => due.filter((a) => a.outcome === o).length;
  const renewed = count('renewed');
  return { rate: due.length ? renewed / due.length : null, due: due.length, renewed, churned: count('churned'), pending: count('open') };
}

/**
 * How an account's latest renewal in [from, to] ended: a won renewal opportunity → renewed; a lost
 * one or a churned account → churned; otherwise still open.
 */
export function renewalOutcomeOf(snapshot: AccountSnapshot, from: string, to: string): Pick<RetentionInput, 'renewalDate' | 'outcome'> {
  const opps = snapshot.opportunities.status === 'ok' ? snapshot.opportunities.data : [];
  const renewal = opps.filter((o) => o.isRenewal && o.closeDate >= from && o.closeDate <= to).sort((a, b) => b.closeDate.localeCompare(a.closeDate))[0];
  if (!renewal) return { renewalDate: snapshot.account.renewalDate, outcome: snapshot.account.churned ? 'churned' : 'open' };
  const outcome: RenewalOutcome = renewal.isClosed ? (renewal.isWon ? 'renewed' : 'churned') : snapshot.account.churned ? 'churned' : 'open';
  return { renewalDate: renewal.closeDate, outcome };
}
