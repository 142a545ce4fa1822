import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { renewalOutcomeOf, retentionInputOf, retentionRate, type RetentionInput } from './retention';

const acct = (
  accountKey: string,
  customerSince: string | null,
  renewalDate: string | null,
  outcome: RetentionInput['outcome'],
  hadPriorContract = true,
): RetentionInput => ({
  accountKey,
  customerSince,
  hadPriorContract,
  renewalDate,
  outcome,
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
        acct('first-contract', null, '2026-12-01', 'renewed', false), // no contract before the period: new
        acct('since-unknown', null, '2026-11-15', 'churned'), // a prior contract, start unknown: existing
      ],
      '2026-10-01',
      '2026-12-31',
    );
    expect(r).toEqual({ rate: 2 / 5, due: 5, renewed: 2, churned: 2, pending: 1, excludedNew: 2 });
  });

  it('counts the period’s first and last days', () => {
    const r = retentionRate(
      [
        acct('a', '2020-01-01', '2026-10-01', 'renewed'),
        acct('b', '2020-01-01', '2026-12-31', 'churned'),
        acct('c', '2020-01-01', '2027-01-01', 'churned'),
      ],
      '2026-10-01',
      '2026-12-31',
    );
    expect(r).toMatchObject({ rate: 0.5, due: 2 });
  });

  it('has no rate when nothing was due', () => {
    expect(retentionRate([], '2026-10-01', '2026-12-31').rate).toBeNull();
  });

  it('reads the outcome from the renewal opportunity of the period', () => {
    const won = emptySnapshot({
      opportunities: {
        status: 'ok',
        asOf: '2026-11-22T00:00:00Z',
        data: [
          { id: 'o', name: 'R', isRenewal: true, stage: 'Closed Won', amount: 1, closeDate: '2026-10-15', isClosed: true, isWon: true },
        ],
      },
    });
    expect(renewalOutcomeOf(won, '2026-10-01', '2026-12-31')).toEqual({ renewalDate: '2026-10-15', outcome: 'renewed' });
    const churned = emptySnapshot({ account: { ...emptySnapshot().account, churned: true, renewalDate: '2026-11-01' } });
    expect(renewalOutcomeOf(churned, '2026-10-01', '2026-12-31')).toEqual({ renewalDate: '2026-11-01', outcome: 'churned' });
  });

  it('builds the input from a snapshot: a contract started before the period makes an existing customer', () => {
    const contract = (startDate: string) => ({
      id: 'c',
      status: 'Activated',
      isActive: true,
      startDate,
      endDate: null,
      termMonths: 12,
      value: 1,
    });
    const existing = emptySnapshot({ contracts: { status: 'ok', asOf: '2026-11-22T00:00:00Z', data: [contract('2025-10-15')] } });
    expect(retentionInputOf(existing, 'k', '2026-10-01', '2026-12-31')).toMatchObject({ accountKey: 'k', hadPriorContract: true });
    const fresh = emptySnapshot({ contracts: { status: 'ok', asOf: '2026-11-22T00:00:00Z', data: [contract('2026-10-15')] } });
    expect(retentionInputOf(fresh, 'k', '2026-10-01', '2026-12-31').hadPriorContract).toBe(false);
    // no contracts to read: the customer-since date (2024-01-01 in the builder) stands for one
    expect(retentionInputOf(emptySnapshot({ contracts: { status: 'missing' } }), 'k', '2026-10-01', '2026-12-31').hadPriorContract).toBe(
      true,
    );
  });
});
