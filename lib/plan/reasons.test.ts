import { describe, expect, it } from 'vitest';
import { reasonCounts } from './reasons.ts';
import type { Outcome } from './plan-schema.ts';

const outcome = (over: Partial<Outcome>): { outcome: Outcome } => ({
  outcome: { kind: 'churned', reason: 'price', competitor: null, note: '', on: '2026-11-01', ...over },
});

describe('churn and downsize reasons across accounts', () => {
  it('counts each reason by churned and downsized, most frequent first, and skips accounts without an outcome', () => {
    const report = reasonCounts([
      outcome({ reason: 'bug' }),
      outcome({ reason: 'competitor', competitor: 'Rival Inc' }),
      outcome({ reason: 'competitor', competitor: ' rival  inc', kind: 'downsized' }),
      outcome({ reason: 'competitor', competitor: 'Other Co' }),
      outcome({ reason: 'price', kind: 'downsized' }),
      { outcome: null },
    ]);
    expect(report.byReason).toEqual([
      { reason: 'competitor', churned: 2, downsized: 1 },
      { reason: 'bug', churned: 1, downsized: 0 },
      { reason: 'price', churned: 0, downsized: 1 },
    ]);
    expect(report.competitors).toEqual([
      { name: 'Rival Inc', accounts: 2 },
      { name: 'Other Co', accounts: 1 },
    ]);
    expect(report.total).toEqual({ churned: 3, downsized: 2 });
  });

  it('is empty without outcomes', () => {
    expect(reasonCounts([{ outcome: null }])).toEqual({ byReason: [], competitors: [], total: { churned: 0, downsized: 0 } });
  });
});
