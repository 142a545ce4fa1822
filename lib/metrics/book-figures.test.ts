import { describe, expect, it } from 'vitest';
import { bookRow } from '../../test/support/book-rows';
import { bookFigures } from './book-figures';

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
    expect(figures.grossRevenueRetention).toBe(0.8);
  });

  it('net revenue retention counts the upsell, gross does not', () => {
    const rows = [
      bookRow({ name: 'Up', arr: 100, renewalArr: 150, renewals: renewedOn('2026-06-01', true) }),
      bookRow({ name: 'Down', arr: 100, renewalArr: 50, renewals: renewedOn('2026-06-01', true) }),
    ];
    const figures = bookFigures(rows, from, to);
    expect(figures.netRevenueRetention).toBe(1);
    expect(figures.grossRevenueRetention).toBe(0.75);
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
