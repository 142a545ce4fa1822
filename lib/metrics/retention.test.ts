import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { renewalOutcomeOf, retentionRate, type RetentionInput } from './retention';

const acct = (accountKey: string, customerSince: string, renewalDate: string | null, outcome: RetentionInput['outcome']): RetentionInput => ({
  accountKey, customerSince, renewalDate, outcome,
});

describe('retention rate', () => {
  it('is renewed existing customers over existing customers due, new customers excluded', () => {
    const r = retentionRate(
      [
        acct('a', '2024-01-01', '2026-10-05', 'renewed'),
        acct('b', '2024-03-01', '2026-10-20', 'renewed'),
        acct('c', '2023-06-01', '2026-11-30', 'churned'),
        acct('d', '2025-02-01', '2026-12-15', 'open'),
        acct('new', '2026-10-10', '2026-11-01', 'renewed'), // became a customer inside the period
        acct('later', '2024-01-01', '2027-03-01', 'open'), // not due in the period
      ],
      '2026-10-01',
      '2026-12-31',
    );
    expect(r).toEqual({ rate: 2 / 4, due: 4, renewed: 2, churned: 1, pending: 1 });
  });

  it('has no rate when nothing was due', () => {
    expect(retentionRate([], '2026-10-01', '2026-12-31').rate).toBeNull();
  });

  it('reads the outcome from the renewal opportunity of the period', () => {
    const won = emptySnapshot({
      opportunities: { status: 'ok', asOf: '2026-11-22T00:00:00Z', data: [{ id: 'o', name: 'R', isRenewal: true, stage: 'Closed Won', amount: 1, closeDate: '2026-10-15', isClosed: true, isWon: true }] },
    });
    expect(renewalOutcomeOf(won, '2026-10-01', '2026-12-31')).toEqual({ renewalDate: '2026-10-15', outcome: 'renewed' });
    const churned = emptySnapshot({ account: { ...emptySnapshot().account, churned: true, renewalDate: '2026-11-01' } });
    expect(renewalOutcomeOf(churned, '2026-10-01', '2026-12-31')).toEqual({ renewalDate: '2026-11-01', outcome: 'churned' });
  });
});
