import { describe, expect, it } from 'vitest';
import { bookRow } from '../../test/support/book-rows';
import { needsAttention } from './attention';

const today = '2026-11-22';
const bands = { bands: { atRiskBelow: 50, healthyFrom: 75 } };

describe('needs attention this week', () => {
  it('ranks by ARR at risk: a big red account before a small redder one, healthy ones left out', () => {
    const rows = [
      bookRow({ name: 'Small red', arr: 50_000, score: 20, band: 'at-risk', previousBand: 'at-risk' }),
      bookRow({ name: 'Big red', arr: 600_000, score: 40, band: 'at-risk', previousBand: 'at-risk' }),
      bookRow({ name: 'Fine', arr: 900_000 }),
    ];
    const ranked = needsAttention(rows, today, bands);
    expect(ranked.map((a) => a.row.name)).toEqual(['Big red', 'Small red']);
    // 600,000 × (75 − 40) ÷ 75
    expect(ranked[0]!.arrAtRisk).toBe(280_000);
  });

  it('says why: a band drop, a near renewal with overdue steps, detractors, SLA breaches', () => {
    const [a] = needsAttention(
      [
        bookRow({
          name: 'Dropped',
          score: 60,
          band: 'needs-attention',
          previousBand: 'healthy',
          renewalDate: '2027-01-21',
          overdueSteps: 2,
          detractors: 2,
          slaBreaches: 3,
        }),
      ],
      today,
      bands,
    );
    expect(a!.reasons).toEqual([
      { kind: 'band-drop', from: 'healthy', to: 'needs-attention' },
      { kind: 'renewal-overdue-steps', days: 60, steps: 2 },
      { kind: 'detractors', count: 2 },
      { kind: 'sla-breaches', count: 3 },
    ]);
  });

  it('leaves out churned accounts and renewals further than 120 days', () => {
    const rows = [
      bookRow({ name: 'Gone', churned: true, score: 10, band: 'at-risk' }),
      bookRow({ name: 'Far', renewalDate: '2027-06-01', overdueSteps: 1 }),
    ];
    expect(needsAttention(rows, today, bands)).toEqual([]);
  });
});
