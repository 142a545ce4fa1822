import { describe, expect, it } from 'vitest';
import { bookRow } from '../../test/support/book-rows';
import { bookFigures, periodRange, renewalsByMonth } from './book-figures';

const from = '2026-01-01';
const to = '2026-12-31';
const renewedOn = (closeDate: string, isWon: boolean) => [{ closeDate, isClosed: true, isWon }];

describe("the book's figures", () => {
  it('DESIGN §2: 100 existing customers due, 80 renewed, 30 new → 80 % logo retention, not 110 %', () => {
    const rows = [
      ...Array.from({ length: 80 }, (_, i) => bookRow({ name: `renewed ${i}`, renewals: renewedOn('2026-06-01', true) })),
      ...Array.from({ length: 20 }, (_, i) => bookRow({ name: `lost ${i}`, renewals: renewedOn('2026-06-01', false) })),
      ...Array.from({ length: 30 }, (_, i) =>
        bookRow({ name: `new ${i}`, customerSince: '2026-03-01', contractStarts: ['2026-03-01'], renewals: renewedOn('2026-09-01', true) }),
      ),
    ];
    const figures = bookFigures(rows, from, to);
    expect(figures.logo).toMatchObject({ due: 100, renewed: 80, churned: 20, excludedNew: 30, rate: 0.8 });
    expect(figures.churnRate).toBe(0.2);
    expect(figures.revenue).toEqual([{ currency: 'USD', due: 10_000_000, gross: 8_000_000, net: 8_000_000 }]);
  });

  it('net revenue retention counts the upsell, gross does not', () => {
    const rows = [
      bookRow({ name: 'Up', arr: 100, renewalArr: 150, renewals: renewedOn('2026-06-01', true) }),
      bookRow({ name: 'Down', arr: 100, renewalArr: 50, renewals: renewedOn('2026-06-01', true) }),
    ];
    const [usd] = bookFigures(rows, from, to).revenue;
    expect(usd!.net / usd!.due).toBe(1);
    expect(usd!.gross / usd!.due).toBe(0.75);
  });

  it('weighs revenue in each currency on its own: dollars and won never add up', () => {
    const rows = [
      bookRow({ name: 'US kept', arr: 100, renewals: renewedOn('2026-06-01', true) }),
      bookRow({ name: 'US lost', arr: 100, renewals: renewedOn('2026-06-01', false) }),
      bookRow({ name: 'KR kept', currency: 'KRW', arr: 130_000_000, renewals: renewedOn('2026-06-01', true) }),
    ];
    expect(bookFigures(rows, from, to).revenue).toEqual([
      { currency: 'KRW', due: 130_000_000, gross: 130_000_000, net: 130_000_000 },
      { currency: 'USD', due: 200, gross: 100, net: 100 },
    ]);
  });

  it('covers the period the CSM picks: the last 12 months, the year so far or the last whole quarter', () => {
    expect(periodRange('last-12-months', '2026-11-27')).toEqual({ from: '2025-11-28', to: '2026-11-27' });
    expect(periodRange('year-to-date', '2026-11-27')).toEqual({ from: '2026-01-01', to: '2026-11-27' });
    expect(periodRange('last-quarter', '2026-11-27')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(periodRange('last-quarter', '2026-02-10')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it("the book's NPS counts respondents, and the bands count accounts", () => {
    const rows = [
      bookRow({ name: 'A', promoters: 3, detractors: 0, respondents: 3 }),
      bookRow({ name: 'B', promoters: 0, detractors: 1, respondents: 1, band: 'at-risk', score: 30 }),
    ];
    const figures = bookFigures(rows, from, to);
    expect(figures.nps).toBe(50);
    expect(figures.bands).toEqual({ healthy: 1, 'needs-attention': 0, 'at-risk': 1, unscored: 0 });
  });
});

describe('renewals due by month', () => {
  it('lists each month of the next twelve that has renewals, with their ARR per currency', () => {
    const rows = [
      bookRow({ name: 'Dec A', renewalDate: '2026-12-05', arr: 100, renewalArr: 120 }),
      bookRow({ name: 'Dec B', renewalDate: '2026-12-20', arr: 50 }),
      bookRow({ name: 'Dec KRW', renewalDate: '2026-12-31', currency: 'KRW', arr: 9_000_000 }),
      bookRow({ name: 'Mar no ARR', renewalDate: '2027-03-01', arr: null }),
      bookRow({ name: 'Oct last', renewalDate: '2027-10-31', arr: 10 }),
      bookRow({ name: 'Nov too far', renewalDate: '2027-11-01', arr: 10 }),
      bookRow({ name: 'Passed', renewalDate: '2026-11-26', arr: 10 }),
      bookRow({ name: 'Churned', renewalDate: '2026-12-10', arr: 10, churned: true }),
    ];
    expect(renewalsByMonth(rows, '2026-11-27')).toEqual([
      {
        month: '2026-12',
        accounts: 3,
        arr: [
          { currency: 'KRW', amount: 9_000_000 },
          { currency: 'USD', amount: 170 },
        ],
      },
      { month: '2027-03', accounts: 1, arr: [] },
      { month: '2027-10', accounts: 1, arr: [{ currency: 'USD', amount: 10 }] },
    ]);
  });
});
