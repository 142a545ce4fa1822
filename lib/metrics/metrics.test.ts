import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import type { NpsAnswer, Ticket } from '../crm/snapshot';
import { DEFAULT_METRICS_SETTINGS as S, parseMetricsSettings } from '../settings/metrics-settings';
import { computeAccountMetrics } from './compute-all';
import { healthTrend } from './health';
import { computeNps, segmentOf } from './nps';
import { acvOf, computeRenewal, milestonesFor } from './renewal';
import { bucketOf, computeTicketAging } from './ticket-aging';
import { addDays, addMonths, daysBetween, isoToMs } from './days';

const now = new Date('2026-11-22T12:00:00Z');
const answer = (respondentId: string, score: number, answeredAt: string): NpsAnswer => ({ respondentId, respondentName: null, score, comment: null, answeredAt });
const ticket = (id: string, createdAt: string, closedAt: string | null, priority: Ticket['priority'] = 'medium'): Ticket => ({
  id, subject: id, status: closedAt ? 'Closed' : 'Open', isClosed: closedAt !== null, priority, createdAt, closedAt,
});

describe('money (DESIGN §2)', () => {
  it.each([
    [{ value: 200000, termMonths: 24 }, 100000],
    [{ value: 60000, termMonths: 6 }, 120000],
    [{ value: 120000, termMonths: 12 }, 120000],
    [{ value: null, termMonths: 12 }, null],
  ])('ACV of %j is %s', (c, acv) => {
    expect(acvOf({ startDate: null, endDate: null, ...c })).toBe(acv);
  });

  it('gives MRR ≈ 8,333 for $200,000 over two years, and the renewal size change', () => {
    const snapshot = emptySnapshot({
      contracts: { status: 'ok', asOf: now.toISOString(), data: [{ id: 'c', status: 'Activated', isActive: true, startDate: '2025-01-01', endDate: '2026-12-31', termMonths: 24, value: 200000 }] },
      opportunities: { status: 'ok', asOf: now.toISOString(), data: [{ id: 'o', name: 'Renewal', isRenewal: true, stage: 'Open', amount: 110000, closeDate: '2027-01-10', isClosed: false, isWon: false }] },
    });
    const r = computeRenewal(snapshot, '2026-11-22', S);
    expect(r.mrr).toBeCloseTo(8333.33, 1);
    expect(r.sizeChange).toBeCloseTo(0.1);
    expect(r).toMatchObject({ date: '2027-01-10', source: 'renewal-opportunity', daysLeft: 49 });
  });

  it('falls back from the renewal opportunity to the contract end, then to the account field', () => {
    const withContract = emptySnapshot({
      contracts: { status: 'ok', asOf: now.toISOString(), data: [{ id: 'c', status: 'Activated', isActive: true, startDate: '2026-06-01', endDate: '2026-11-30', termMonths: 6, value: 60000 }] },
    });
    expect(computeRenewal(withContract, '2026-11-22', S)).toMatchObject({ date: '2026-11-30', source: 'contract-end', acv: 120000, daysLeft: 8 });
    const fieldOnly = emptySnapshot({ account: { ...emptySnapshot().account, renewalDate: '2026-10-01', arr: 50000 } });
    expect(computeRenewal(fieldOnly, '2026-11-22', S)).toMatchObject({ date: '2026-10-01', source: 'account-field', daysLeft: -52, arr: 50000 });
    expect(computeRenewal(emptySnapshot(), '2026-11-22', S)).toMatchObject({ date: null, daysLeft: null, milestones: [] });
  });
});

describe('renewal milestones', () => {
  it('says what is due now and what is overdue, counting leap days', () => {
    const ms = milestonesFor('2028-03-30', '2028-01-01', S, new Set(['risk-review']));
    expect(ms.map((m) => [m.id, m.dueDate, m.state])).toEqual([
      ['risk-review', '2027-12-01', 'done'],
      ['qbr', '2027-12-31', 'due'],
      ['proposal', '2028-01-30', 'upcoming'],
      ['commercial', '2028-02-29', 'upcoming'],
      ['signed', '2028-03-30', 'upcoming'],
    ]);
    const late = milestonesFor('2028-03-30', '2028-02-05', S, new Set());
    expect(late.filter((m) => m.state === 'overdue').map((m) => m.id)).toEqual(['risk-review', 'qbr']);
    expect(late.find((m) => m.state === 'due')?.id).toBe('proposal');
  });

  it('counts days to renewal from today in the CSM’s time zone', () => {
    const snapshot = emptySnapshot({ account: { ...emptySnapshot().account, renewalDate: '2026-12-01' } });
    // 23:30 UTC on the 22nd is already the 23rd in Seoul.
    const late = new Date('2026-11-22T23:30:00Z');
    expect(computeAccountMetrics(snapshot, S, late, 'UTC').renewal.daysLeft).toBe(9);
    expect(computeAccountMetrics(snapshot, S, late, 'Asia/Seoul').renewal.daysLeft).toBe(8);
  });
});

describe('NPS', () => {
  it.each([[10, 'promoter'], [9, 'promoter'], [8, 'passive'], [7, 'passive'], [6, 'detractor'], [0, 'detractor']] as const)('%i is a %s', (score, segment) => {
    expect(segmentOf(score)).toBe(segment);
  });

  it('is %promoters − %detractors over each respondent’s latest answer, never the average', () => {
    const nps = computeNps(
      [answer('a', 10, '2026-10-01T00:00:00Z'), answer('b', 9, '2026-10-01T00:00:00Z'), answer('c', 0, '2026-10-01T00:00:00Z'),
        answer('d', 8, '2026-10-01T00:00:00Z'), answer('e', 3, '2026-05-01T00:00:00Z'), answer('e', 9, '2026-09-01T00:00:00Z')],
      '2026-11-22', 12,
    );
    // latest: a 10, b 9, c 0, d 8, e 9 → 3 promoters, 1 detractor of 5 → +40 (the average would be 7.2)
    expect(nps).toMatchObject({ promoters: 3, passives: 1, detractors: 1, score: 40, segment: 'promoter', smallSample: false });
  });

  it('leaves out answers older than the window and flags a small sample', () => {
    const nps = computeNps([answer('a', 10, '2025-11-01T00:00:00Z'), answer('b', 6, '2026-11-01T00:00:00Z')], '2026-11-22', 12);
    expect(nps).toMatchObject({ score: -100, segment: 'detractor', smallSample: true });
    expect(computeNps([], '2026-11-22', 12)).toMatchObject({ score: null, segment: null, smallSample: false });
  });

  it('always stays within −100..+100', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ r: fc.string({ maxLength: 3 }), s: fc.integer({ min: 0, max: 10 }) })), (rows) => {
        const { score } = computeNps(rows.map((x) => answer(x.r, x.s, '2026-11-01T00:00:00Z')), '2026-11-22', 12);
        return score === null || (score >= -100 && score <= 100);
      }),
    );
  });
});

describe('ticket aging', () => {
  it.each([[0, '0-2'], [2, '0-2'], [3, '3-7'], [7, '3-7'], [8, '8-14'], [14, '8-14'], [15, '15-30'], [30, '15-30'], [31, '>30']] as const)('%i days is bucket %s', (d, b) => {
    expect(bucketOf(d)).toBe(b);
  });

  it('counts SLA breaches of open and closed tickets by priority, and the unresolved ratio', () => {
    const aging = computeTicketAging(
      [
        ticket('u-open', '2026-11-20T12:00:00Z', null, 'urgent'), // 2 days open, SLA 1 d → breach
        ticket('h-ok', '2026-11-21T12:00:00Z', null, 'high'), // 1 day, SLA 3 d
        ticket('l-closed-late', '2026-10-01T00:00:00Z', '2026-10-20T00:00:00Z', 'low'), // took 19 d, SLA 14 → breach
        ticket('m-closed-ok', '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', null), // medium SLA
        ticket('old', '2026-09-01T00:00:00Z', null, 'low'), // 82 days open → breach, > 30 d
      ],
      now,
      S,
    );
    expect(aging.breaches.map((t) => t.id).sort()).toEqual(['l-closed-late', 'old', 'u-open']);
    expect(aging).toMatchObject({ open: 3, olderThan30: 1, windowTickets: 5 });
    expect(aging.unresolvedRatio).toBeCloseTo(3 / 5);
    expect(aging.buckets).toEqual({ '0-2': 2, '3-7': 0, '8-14': 0, '15-30': 0, '>30': 1 });
    expect(aging.oldestOpen[0]!.id).toBe('old');
  });

  it('has no ratio and no breaches with zero tickets', () => {
    expect(computeTicketAging([], now, S)).toMatchObject({ open: 0, unresolvedRatio: null, breaches: [] });
  });
});

describe('health score', () => {
  it('says "not enough data" under 50 % coverage, not a number', () => {
    const m = computeAccountMetrics(emptySnapshot({ tickets: { status: 'missing' }, contacts: { status: 'missing' } }), S, now, 'UTC');
    expect(m.health.state).toBe('not-enough-data');
  });

  it('weights the measures with data and reports coverage and contributions', () => {
    const snapshot = emptySnapshot({
      usage: { status: 'ok', asOf: now.toISOString(), data: [{ periodStart: '2026-10-23', periodEnd: '2026-11-22', activeUsers: 80, licensedSeats: 100, logins: null, featuresUsed: null, featuresTotal: null }] },
      nps: { status: 'ok', asOf: now.toISOString(), data: [answer('a', 10, '2026-11-01T00:00:00Z')] },
      invoices: { status: 'ok', asOf: now.toISOString(), data: [] },
    });
    const m = computeAccountMetrics(snapshot, S, now, 'UTC');
    if (m.health.state !== 'scored') throw new Error(m.health.state);
    // usage 80 (25), nps 100 (20), support 100 (20), finance 100 (15); adoption none; relationship: contacts ok, no touch → 0 (10)
    expect(m.health.coverage).toBeCloseTo(90 / 100);
    expect(m.health.score).toBeCloseTo((25 * 80 + 20 * 100 + 20 * 100 + 15 * 100 + 10 * 0) / 90);
    expect(m.health.measures.reduce((s, x) => s + (x.contribution ?? 0), 0)).toBeCloseTo(m.health.score);
    expect(m.health.biggestLift?.measure).toBe('relationship');
  });

  it('takes 20 points off usage when it fell more than 20 %, and zeroes relationship when the champion left', () => {
    const snapshot = emptySnapshot({
      usage: { status: 'ok', asOf: now.toISOString(), data: [
        { periodStart: '2026-09-23', periodEnd: '2026-10-22', activeUsers: 100, licensedSeats: 100, logins: null, featuresUsed: null, featuresTotal: null },
        { periodStart: '2026-10-23', periodEnd: '2026-11-22', activeUsers: 70, licensedSeats: 100, logins: null, featuresUsed: null, featuresTotal: null },
      ] },
      contacts: { status: 'ok', asOf: now.toISOString(), data: [{ id: 'c', name: 'Ana', email: null, title: null, isChampion: true, hasLeft: true }] },
      account: { ...emptySnapshot().account, lastTouchAt: '2026-11-20T00:00:00Z' },
    });
    const m = computeAccountMetrics(snapshot, S, now, 'UTC');
    expect(m.health.measures.find((x) => x.id === 'usage')!.score).toBe(50);
    expect(m.health.measures.find((x) => x.id === 'relationship')!.score).toBe(0);
  });

  it('scores finance by the oldest overdue invoice', () => {
    const f = (dueDate: string) =>
      computeAccountMetrics(emptySnapshot({ invoices: { status: 'ok', asOf: now.toISOString(), data: [{ id: 'i', amount: 1, dueDate, paidAt: null }] } }), S, now, 'UTC')
        .health.measures.find((x) => x.id === 'finance')!.score;
    expect([f('2026-12-01'), f('2026-11-01'), f('2026-10-01'), f('2026-08-01')]).toEqual([100, 60, 30, 0]);
  });

  it('shows no score for a churned account, and an override only until it expires', () => {
    const churned = emptySnapshot({ account: { ...emptySnapshot().account, churned: true } });
    expect(computeAccountMetrics(churned, S, now, 'UTC').health.state).toBe('churned');
    const override = { score: 30, reason: 'Exec sponsor unhappy', expiresAt: '2026-12-01T00:00:00Z' };
    const scored = emptySnapshot({ invoices: { status: 'ok', asOf: now.toISOString(), data: [] }, nps: { status: 'ok', asOf: now.toISOString(), data: [answer('a', 9, '2026-11-01T00:00:00Z')] } });
    const active = computeAccountMetrics(scored, S, now, 'UTC', { override }).health;
    expect(active.state === 'scored' && active.override).toMatchObject({ score: 30, band: 'at-risk' });
    expect(active.state === 'scored' && active.score).toBeGreaterThan(30);
    const expired = computeAccountMetrics(scored, S, new Date('2026-12-02T00:00:00Z'), 'UTC', { override }).health;
    expect(expired.state === 'scored' && expired.override).toBeNull();
  });

  it('compares today with the stored score 7 / 30 / 90 days ago, not the last calculation', () => {
    const trend = healthTrend(70, [{ day: '2026-11-21', score: 10 }, { day: '2026-11-15', score: 60 }, { day: '2026-10-22', score: 80 }], '2026-11-22');
    expect(trend).toEqual([{ days: 7, change: 10 }, { days: 30, change: -10 }, { days: 90, change: null }]);
  });

  it('always scores within 0..100 whatever the inputs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 10 }), (active, seats, score) => {
        const snapshot = emptySnapshot({
          usage: { status: 'ok', asOf: now.toISOString(), data: [{ periodStart: '2026-10-23', periodEnd: '2026-11-22', activeUsers: active, licensedSeats: seats, logins: null, featuresUsed: null, featuresTotal: null }] },
          nps: { status: 'ok', asOf: now.toISOString(), data: [answer('a', score, '2026-11-01T00:00:00Z')] },
        });
        const h = computeAccountMetrics(snapshot, S, now, 'UTC').health;
        return h.state !== 'scored' || (h.score >= 0 && h.score <= 100);
      }),
    );
  });
});

describe('metrics settings', () => {
  it('keeps what is valid and falls back to defaults for the rest', () => {
    const s = parseMetricsSettings({ weights: { usage: 50, adoption: 0, nps: 0, support: 0, finance: 0, relationship: 0 }, slaDays: 'soon' });
    expect(s.weights.usage).toBe(50);
    expect(s.slaDays).toEqual(S.slaDays);
    expect(parseMetricsSettings(undefined)).toEqual(S);
  });
});

describe('calendar days', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ] as const)('%s + %i day → %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(n);
  });

  it.each([
    ['2026-03-31', -1, '2026-02-28'],
    ['2028-02-29', -12, '2027-02-28'],
    ['2026-11-22', -12, '2025-11-22'],
  ] as const)('%s shifted %i months → %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe('isoToMs', () => {
  it('reads any instant exactly as Date.parse does', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2200-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString();
        return isoToMs(iso) === Date.parse(iso);
      }),
    );
  });

  it.each(['2026-11-22T12:00:00+09:00', '2011-07-07T00:37:00.000+00:00', '2026-11-22'])('hands other forms (%s) to Date.parse', (s) => {
    expect(isoToMs(s)).toBe(Date.parse(s));
  });
});
