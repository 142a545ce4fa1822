import { describe, expect, it } from 'vitest';
import { activeContract as contract, emptySnapshot } from '../../test/support/snapshot-builder';
import type { Contract, Opportunity } from '../crm/snapshot';
import { DEFAULT_METRICS_SETTINGS as S } from '../settings/metrics-settings';
import { acvOf, annualised, mrrOf, renewalTermOf, sizeChangeOf } from './money';
import { computeRenewal } from './renewal';

const asOf = '2026-11-22T00:00:00.000Z';
const TODAY = '2026-11-22';
const renewalOpp = (amount: number): Opportunity => ({
  id: 'o',
  name: 'Renewal',
  isRenewal: true,
  stage: 'Negotiation',
  amount,
  closeDate: '2027-01-10',
  isClosed: false,
  isWon: false,
});
const renewalOf = (contracts: Contract[], opportunities: Opportunity[] = [], arr: number | null = null) =>
  computeRenewal(
    emptySnapshot({
      contracts: { status: 'ok', asOf, data: contracts },
      opportunities: { status: 'ok', asOf, data: opportunities },
      account: { ...emptySnapshot().account, arr },
    }),
    TODAY,
    S,
  );

describe('ACV, ARR and MRR (DESIGN §2)', () => {
  it.each([
    [{ value: 200000, termMonths: 24 }, 100000], // 2 years prepaid
    [{ value: 60000, termMonths: 6 }, 120000], // 6 months
    [{ value: 120000, termMonths: 12 }, 120000],
    [{ value: 300000, termMonths: 36 }, 100000],
    [{ value: null, termMonths: 12 }, null],
    [{ value: 50000, termMonths: null }, null],
  ])('ACV of %j is %s', (c, acv) => {
    expect(acvOf({ startDate: null, endDate: null, ...c })).toBe(acv);
  });

  it('reads the term from the dates when the contract has none (Jun 1 – Nov 30 is 6 months)', () => {
    expect(acvOf({ value: 60000, termMonths: null, startDate: '2026-06-01', endDate: '2026-11-30' })).toBe(120000);
    expect(acvOf({ value: 200000, termMonths: null, startDate: '2027-03-01', endDate: '2029-02-28' })).toBe(100000);
  });

  it('gives ARR = ACV and MRR ≈ 8,333 for $200,000 over two years', () => {
    const r = renewalOf([contract()]);
    expect(r).toMatchObject({ acv: 100000, arr: 100000 });
    expect(r.mrr).toBeCloseTo(8333.33, 2);
    expect(mrrOf(100000)).toBeCloseTo(8333.33, 2);
  });

  it('gives ARR 120,000 and MRR 10,000 for a 6-month contract at $60,000', () => {
    const r = renewalOf([contract({ startDate: '2026-06-01', endDate: '2026-11-30', termMonths: 6, value: 60000 })]);
    expect(r).toMatchObject({ date: '2026-11-30', source: 'contract-end', acv: 120000, arr: 120000, mrr: 10000, daysLeft: 8 });
  });

  it('falls back to the account’s ARR field when no contract gives a value', () => {
    expect(renewalOf([contract({ value: null })], [], 48000)).toMatchObject({ acv: null, arr: 48000, mrr: 4000 });
  });
});

describe('renewal size, on annualised values', () => {
  it('shows a flat 2-year renewal of $200,000 as 0 %, not +100 %', () => {
    const r = renewalOf([contract()], [renewalOpp(200000)]);
    expect(r).toMatchObject({
      renewalAmount: 200000,
      renewalTermMonths: 24,
      renewalArr: 100000,
      arr: 100000,
      sizeChange: 0,
      sizeDirection: 'flat',
    });
  });

  it('shows a flat 6-month renewal of $60,000 as 0 %, not −50 %', () => {
    const r = renewalOf([contract({ startDate: '2026-06-01', endDate: '2027-01-31', termMonths: 6, value: 60000 })], [renewalOpp(60000)]);
    expect(r).toMatchObject({ renewalTermMonths: 6, renewalArr: 120000, arr: 120000, sizeChange: 0, sizeDirection: 'flat' });
  });

  it('counts a renewal as 12 months when neither the opportunity nor a contract gives a term', () => {
    const r = renewalOf([], [renewalOpp(55000)], 50000);
    expect(r).toMatchObject({ renewalTermMonths: 12, renewalArr: 55000, sizeDirection: 'upsell' });
    expect(r.sizeChange).toBeCloseTo(0.1);
  });

  it('takes the opportunity’s own term before the contract’s', () => {
    expect(renewalTermOf({ amount: 1, termMonths: 36 }, contract())).toBe(36);
    expect(renewalTermOf({ amount: 1 }, contract())).toBe(24);
    expect(
      renewalTermOf({ amount: 1, termMonths: null }, contract({ termMonths: null, startDate: '2026-06-01', endDate: '2026-11-30' })),
    ).toBe(6);
    expect(renewalTermOf({ amount: 1 }, null)).toBe(12);
    expect(annualised(300000, 36)).toBe(100000);
  });

  it.each([
    [110000, 100000, 0.1, 'upsell'],
    [80000, 100000, -0.2, 'downsell'],
    [100000, 100000, 0, 'flat'],
    [100400, 100000, 0.004, 'flat'], // shows as 0 %
  ] as const)('a renewal ARR of %i against ARR %i is %f (%s)', (renewalArr, arr, change, direction) => {
    const size = sizeChangeOf(renewalArr, arr)!;
    expect(size.change).toBeCloseTo(change);
    expect(size.direction).toBe(direction);
  });

  it('has no size change without a renewal amount or an ARR', () => {
    expect(sizeChangeOf(null, 100000)).toBeNull();
    expect(sizeChangeOf(100000, null)).toBeNull();
    expect(sizeChangeOf(100000, 0)).toBeNull();
    expect(renewalOf([contract()], [{ ...renewalOpp(1), amount: null }])).toMatchObject({ renewalArr: null, sizeChange: null });
  });
});
