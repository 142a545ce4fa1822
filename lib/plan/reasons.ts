import { OUTCOME_REASONS, type OutcomeReason, type Plan } from './plan-schema.ts';

export interface ReasonCount {
  reason: OutcomeReason;
  churned: number;
  downsized: number;
}

export interface ReasonReport {
  /** Reasons given at least once, most frequent first (then in the list's order). */
  byReason: ReasonCount[];
  /** Competitors customers moved to, by name as first written, most frequent first. */
  competitors: Array<{ name: string; accounts: number }>;
  total: { churned: number; downsized: number };
}

/** Why customers left or shrank, counted across accounts (one outcome per account plan). Pure. */
export function reasonCounts(plans: ReadonlyArray<Pick<Plan, 'outcome'>>): ReasonReport {
  const counts = new Map<OutcomeReason, ReasonCount>();
  // Competitors are matched case- and space-insensitively: "Rival Inc" and "rival inc " are one.
  const competitors = new Map<string, { name: string; accounts: number }>();
  const total = { churned: 0, downsized: 0 };
  for (const { outcome } of plans) {
    if (!outcome) continue;
    let count = counts.get(outcome.reason);
    if (!count) counts.set(outcome.reason, (count = { reason: outcome.reason, churned: 0, downsized: 0 }));
    count[outcome.kind] += 1;
    total[outcome.kind] += 1;
    const name = outcome.reason === 'competitor' ? outcome.competitor?.trim() : '';
    if (name) {
      const key = name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
      const seen = competitors.get(key) ?? { name, accounts: 0 };
      seen.accounts += 1;
      competitors.set(key, seen);
    }
  }
  const order = (r: OutcomeReason) => OUTCOME_REASONS.indexOf(r);
  return {
    byReason: [...counts.values()].sort((a, b) => b.churned + b.downsized - (a.churned + a.downsized) || order(a.reason) - order(b.reason)),
    competitors: [...competitors.values()].sort((a, b) => b.accounts - a.accounts || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    total,
  };
}
