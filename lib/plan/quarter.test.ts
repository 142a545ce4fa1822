import { describe, expect, it } from 'vitest';
import { contractStartOf, qbrStatus, quarterOf } from './quarter.ts';
import type { AccountSnapshot } from '../crm/snapshot.ts';

describe('the quarter whose QBR is due', () => {
  it.each([
    // [today, contract start, start, end, number]
    ['2026-11-27', '2026-08-15', '2026-11-15', '2027-02-14', 2],
    ['2026-11-14', '2026-08-15', '2026-08-15', '2026-11-14', 1],
    ['2026-08-15', '2026-08-15', '2026-08-15', '2026-11-14', 1],
    ['2027-08-15', '2026-08-15', '2027-08-15', '2027-11-14', 5],
    // A start on the 31st counts every quarter from the start, never drifting to the 28th.
    ['2026-05-31', '2026-01-31', '2026-04-30', '2026-07-30', 2],
    ['2026-07-31', '2026-01-31', '2026-07-31', '2026-10-30', 3],
    ['2028-03-01', '2027-11-30', '2028-02-29', '2028-05-29', 2],
  ])('on %s with a contract from %s: %s – %s, quarter %i of the contract', (today, start, qStart, qEnd, n) => {
    expect(quarterOf(today, 'contract', start)).toEqual({
      basis: 'contract',
      start: qStart,
      end: qEnd,
      number: n,
      year: +qStart.slice(0, 4),
    });
  });

  it('counts calendar quarters when the setting says so, whatever the contract', () => {
    expect(quarterOf('2026-11-27', 'calendar', '2026-08-15')).toEqual({
      basis: 'calendar',
      start: '2026-10-01',
      end: '2026-12-31',
      number: 4,
      year: 2026,
    });
    expect(quarterOf('2026-01-01', 'calendar', null)).toEqual({
      basis: 'calendar',
      start: '2026-01-01',
      end: '2026-03-31',
      number: 1,
      year: 2026,
    });
  });

  it('falls back to calendar quarters without a contract start, and has none before the contract starts', () => {
    expect(quarterOf('2026-05-10', 'contract', null)).toMatchObject({ basis: 'calendar', start: '2026-04-01', end: '2026-06-30' });
    expect(quarterOf('2026-05-10', 'contract', '2026-06-01')).toBeNull();
  });
});

describe('the contract start quarters count from', () => {
  const snapshot = (
    contracts: Array<{ start: string | null; end: string | null; active?: boolean }>,
    customerSince: string | null = null,
  ) =>
    ({
      account: { customerSince },
      contracts: {
        status: 'ok',
        asOf: '2026-11-27T00:00:00Z',
        data: contracts.map((c, i) => ({
          id: `c${i}`,
          status: 'Activated',
          isActive: c.active ?? true,
          startDate: c.start,
          endDate: c.end,
          termMonths: 12,
          value: 1,
        })),
      },
    }) as unknown as Pick<AccountSnapshot, 'contracts' | 'account'>;

  it('is the running contract’s start, not a future renewal’s or an inactive one’s', () => {
    const s = snapshot([
      { start: '2025-08-15', end: '2026-08-14' },
      { start: '2026-08-15', end: '2027-08-14' },
      { start: '2027-08-15', end: '2028-08-14' },
      { start: '2026-10-01', end: null, active: false },
    ]);
    expect(contractStartOf(s, '2026-11-27')).toBe('2026-08-15');
  });

  it('falls back to the latest started contract, then to customer-since', () => {
    expect(contractStartOf(snapshot([{ start: '2024-03-01', end: '2025-02-28' }], '2020-01-01'), '2026-11-27')).toBe('2024-03-01');
    expect(contractStartOf(snapshot([], '2020-01-01'), '2026-11-27')).toBe('2020-01-01');
    expect(contractStartOf(snapshot([], null), '2026-11-27')).toBeNull();
  });
});

describe('QBR status', () => {
  const qbrs = (held: Record<string, string | null>) => ({
    qbrs: Object.fromEntries(Object.entries(held).map(([q, heldOn]) => [q, { ticks: {}, heldOn }])),
  });

  it('says when this quarter’s QBR was held and the last one held', () => {
    const status = qbrStatus(qbrs({ '2026-08-15': '2026-09-20', '2026-11-15': '2026-11-20' }), '2026-11-27', 'contract', '2026-08-15');
    expect(status).toMatchObject({ heldOn: '2026-11-20', lastHeld: '2026-11-20', needsAttention: false });
  });

  it('needs attention with no QBR for more than a quarter, not in the contract’s first quarter', () => {
    expect(qbrStatus(qbrs({}), '2026-10-01', 'contract', '2026-08-15')).toMatchObject({
      heldOn: null,
      lastHeld: null,
      needsAttention: false,
    });
    expect(qbrStatus(qbrs({}), '2026-11-27', 'contract', '2026-08-15')).toMatchObject({ needsAttention: true });
    // Held last quarter: this quarter's is simply still to hold.
    expect(qbrStatus(qbrs({ '2026-08-15': '2026-09-01' }), '2026-11-27', 'contract', '2026-08-15')).toMatchObject({
      heldOn: null,
      lastHeld: '2026-09-01',
      needsAttention: false,
    });
    expect(qbrStatus(qbrs({ '2026-08-15': '2026-09-01' }), '2027-02-20', 'contract', '2026-08-15')).toMatchObject({ needsAttention: true });
  });

  it('finds the last QBR whatever basis it was held under', () => {
    const status = qbrStatus(qbrs({ '2026-08-15': '2026-09-01' }), '2026-11-27', 'calendar', '2026-08-15');
    expect(status).toMatchObject({ quarter: { start: '2026-10-01' }, heldOn: null, lastHeld: '2026-09-01', needsAttention: false });
  });
});
