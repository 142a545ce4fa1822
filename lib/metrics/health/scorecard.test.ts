import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSnapshots } from '../../../test/support/generate-snapshots';
import { answer, fullSnapshot, health, measure, now, ok, openTicket, period, scored } from '../../../test/support/health-fixtures';
import { emptySnapshot } from '../../../test/support/snapshot-builder';
import { DEFAULT_METRICS_SETTINGS as S } from '../../settings/metrics-settings';
import { bandOf, overallOf } from '..';

describe('overall score (DESIGN §2)', () => {
  it('is Σ(weight × score) ÷ Σ weight, with each measure’s contribution adding up to it', () => {
    const h = scored(health(fullSnapshot()));
    expect(h.measures.map((m) => [m.id, m.score])).toEqual([
      ['usage', 80],
      ['adoption', 50],
      ['nps', 70],
      ['support', 100],
      ['finance', 100],
      ['relationship', 100],
    ]);
    // (25·80 + 10·50 + 20·70 + 20·100 + 15·100 + 10·100) ÷ 100 = 84
    expect(h).toMatchObject({ score: 84, band: 'healthy', coverage: 1 });
    expect(h.measures.reduce((s, m) => s + (m.contribution ?? 0), 0)).toBeCloseTo(84);
    expect(measure(h, 'usage').contribution).toBeCloseTo(20);
  });

  it('leaves measures without data out of both sums and says how much weight had data', () => {
    const h = scored(
      health(fullSnapshot({ usage: { status: 'missing' }, invoices: { status: 'error', error: { kind: 'offline', detail: '' } } })),
    );
    // usage (25) and adoption (10) need usage data; finance (15) failed → 50 of 100 weight left
    expect(h.coverage).toBeCloseTo(0.5);
    // (20·70 + 20·100 + 10·100) ÷ 50 = 88
    expect(h.score).toBe(88);
    expect(measure(h, 'usage')).toMatchObject({ score: null, contribution: null, lever: null, inputs: [] });
  });

  it('says “not enough data”, with no number, under 50 % coverage', () => {
    const h = health(fullSnapshot({ usage: { status: 'missing' }, invoices: { status: 'missing' }, contacts: { status: 'missing' } }));
    expect(h).toMatchObject({ state: 'not-enough-data', coverage: 0.4 });
    expect('score' in h).toBe(false);
  });

  it('says “not enough data” for an account with no data at all', () => {
    const [noData] = generateSnapshots(2, 1).slice(1);
    const h = health(noData!);
    expect(h).toMatchObject({ state: 'not-enough-data', coverage: 0 });
    expect(h.measures.every((m) => m.score === null)).toBe(true);
  });

  it('rounds to a whole point before reading the band, so “75” is never “needs attention”', () => {
    const usageOnly = { ...S, weights: { usage: 100, adoption: 0, nps: 0, support: 0, finance: 0, relationship: 0 } };
    const at = (active: number) =>
      scored(health(fullSnapshot({ usage: ok([period({ activeUsers: active, licensedSeats: 500 })]) }), usageOnly));
    expect(at(373)).toMatchObject({ score: 75, band: 'healthy' }); // 74.6 %
    expect(at(372)).toMatchObject({ score: 74, band: 'needs-attention' }); // 74.4 %
    expect(at(247)).toMatchObject({ score: 49, band: 'at-risk' }); // 49.4 %
  });

  it('has a churned account show no score at all', () => {
    const h = health(fullSnapshot({ account: { ...emptySnapshot().account, churned: true } }), S, now, 'UTC', {
      override: { score: 90, reason: 'x', expiresAt: '2027-01-01' },
    });
    expect(h.state).toBe('churned');
    expect('score' in h || 'override' in h).toBe(false);
  });

  it('always scores within 0..100, for any weights and any generated account', () => {
    const snapshots = generateSnapshots(200, 7);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 199 }), fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }), (i, w) => {
        const weights = { usage: w[0]!, adoption: w[1]!, nps: w[2]!, support: w[3]!, finance: w[4]!, relationship: w[5]! };
        const h = health(snapshots[i]!, { ...S, weights });
        if (h.state !== 'scored') return true;
        const contributions = h.measures.reduce((s, m) => s + (m.contribution ?? 0), 0);
        return h.score >= 0 && h.score <= 100 && Math.abs(contributions - h.score) <= 0.5 && h.coverage >= 0.5 && h.coverage <= 1;
      }),
    );
  });

  it('computes the overall the same way for any list of measures', () => {
    expect(
      overallOf([
        { weight: 25, score: 80 },
        { weight: 75, score: null },
      ]),
    ).toMatchObject({ score: 80, coverage: 0.25 });
    expect(overallOf([{ weight: 0, score: 80 }])).toMatchObject({ score: null, coverage: 0 });
  });
});

describe('bands', () => {
  it.each([
    [0, 'at-risk'],
    [49, 'at-risk'],
    [50, 'needs-attention'],
    [74, 'needs-attention'],
    [75, 'healthy'],
    [100, 'healthy'],
  ] as const)('%i is %s', (score, band) => {
    expect(bandOf(score, S)).toBe(band);
  });

  it('follows the thresholds in the settings', () => {
    const bands = { atRiskBelow: 40, healthyFrom: 80 };
    expect([39, 40, 79, 80].map((s) => bandOf(s, { bands }))).toEqual(['at-risk', 'needs-attention', 'needs-attention', 'healthy']);
  });
});

describe('biggest lift', () => {
  it('is the one change that raises the overall score most, re-scored into the overall', () => {
    const tickets = [openTicket('a', '2026-11-01T00:00:00.000Z', 'high'), openTicket('b', '2026-11-02T00:00:00.000Z', 'high')];
    const h = scored(health(fullSnapshot({ tickets: ok(tickets) })));
    // support: 100 − 40 − 2·10 = 40 → overall 72; resolving the 2 open tickets → 80 → overall 80
    expect(h.score).toBe(72);
    expect(h.biggestLift).toEqual({
      measure: 'support',
      action: 'resolve-open-tickets',
      vars: { tickets: 2, pastSla: 2 },
      score: 80,
      points: 8,
    });
    expect(measure(h, 'usage').lever).toMatchObject({ action: 'activate-seats', points: 5 });
  });

  it('is none when every measure is already at 100', () => {
    const s = fullSnapshot({
      usage: ok([period({ activeUsers: 10, licensedSeats: 10, featuresUsed: 4, featuresTotal: 4 })]),
      nps: ok([answer('a', 10)]),
    });
    const h = scored(health(s));
    expect(h.score).toBe(100);
    expect(h.biggestLift).toBeNull();
    expect(h.measures.every((m) => m.lever === null)).toBe(true);
  });
});
