import { describe, expect, it } from 'vitest';
import { generateSnapshots, SNAPSHOT_KINDS } from '../../test/support/generate-snapshots';
import { emptySnapshot } from '../../test/support/snapshot-builder';
import { DEFAULT_METRICS_SETTINGS as S } from '../settings/metrics-settings';
import { computeAccountMetrics } from './compute-all';
import * as metrics from './index';

const now = new Date('2026-11-22T12:00:00.000Z');

describe('every metric of one account', () => {
  it('counts days to renewal from today in the CSM’s time zone', () => {
    const snapshot = emptySnapshot({ account: { ...emptySnapshot().account, renewalDate: '2026-12-01' } });
    // 23:30 in Seoul on the 22nd is 14:30 UTC: the same day in both.
    const seoulEvening = new Date('2026-11-22T14:30:00.000Z');
    expect(computeAccountMetrics(snapshot, S, seoulEvening, 'Asia/Seoul')).toMatchObject({ today: '2026-11-22', renewal: { daysLeft: 9 } });
    // 23:30 UTC on the 22nd is already 08:30 on the 23rd in Seoul, still the 22nd in New York.
    const utcLate = new Date('2026-11-22T23:30:00.000Z');
    expect(computeAccountMetrics(snapshot, S, utcLate, 'UTC')).toMatchObject({ today: '2026-11-22', renewal: { daysLeft: 9 } });
    expect(computeAccountMetrics(snapshot, S, utcLate, 'Asia/Seoul')).toMatchObject({ today: '2026-11-23', renewal: { daysLeft: 8 } });
    expect(computeAccountMetrics(snapshot, S, new Date('2026-11-23T03:00:00.000Z'), 'America/New_York')).toMatchObject({
      today: '2026-11-22',
      renewal: { daysLeft: 9 },
    });
  });

  it('turns a milestone due at midnight in Seoul while it is still the day before in UTC', () => {
    const snapshot = emptySnapshot({ account: { ...emptySnapshot().account, renewalDate: '2027-03-23' } }); // T-120 = 2026-11-23
    const at = new Date('2026-11-22T15:30:00.000Z');
    expect(computeAccountMetrics(snapshot, S, at, 'Asia/Seoul').renewal.dueNow?.id).toBe('risk-review');
    expect(computeAccountMetrics(snapshot, S, at, 'UTC').renewal.dueNow).toBeNull();
  });

  it('has a section for everything even with no data at all, and no tickets section when they failed', () => {
    const noData = generateSnapshots(2, 1)[1]!;
    const m = computeAccountMetrics(noData, S, now, 'UTC');
    expect(m.health.state).toBe('not-enough-data');
    expect(m.tickets).toBeNull();
    expect(m.nps).toMatchObject({ score: null, respondents: [] });
    expect(m.renewal).toMatchObject({ date: null, milestones: [], dueNow: null });
    expect(m.trend.map((t) => t.change)).toEqual([null, null, null]);
  });

  it('reads zero tickets as no ticket data for the score (DESIGN §2 draws nothing from absence), while the aging shows zero', () => {
    const m = computeAccountMetrics(emptySnapshot(), S, now, 'UTC');
    expect(m.tickets).toMatchObject({ open: 0, unresolvedRatio: null, breaches: [] });
    expect(m.health.measures.find((x) => x.id === 'support')?.score).toBeNull();
  });

  it('counts ticked milestones as done, and the trend from the computed score even under an override', () => {
    const snapshot = emptySnapshot({
      account: { ...emptySnapshot().account, renewalDate: '2027-01-31' },
      invoices: { status: 'ok', asOf: now.toISOString(), data: [] },
      nps: {
        status: 'ok',
        asOf: now.toISOString(),
        data: [{ respondentId: 'a', respondentName: null, score: 9, comment: null, answeredAt: '2026-11-01T00:00:00.000Z' }],
      },
      tickets: {
        status: 'ok',
        asOf: now.toISOString(),
        data: [
          {
            id: 't',
            subject: 't',
            status: 'Closed',
            isClosed: true,
            priority: 'low',
            createdAt: '2026-11-01T00:00:00.000Z',
            closedAt: '2026-11-02T00:00:00.000Z',
          },
        ],
      },
    });
    const m = computeAccountMetrics(snapshot, S, now, 'UTC', {
      doneMilestones: new Set(['risk-review']),
      override: { score: 10, reason: 'Escalation', expiresAt: '2026-12-31' },
      history: [{ day: '2026-11-15', score: 20 }],
    });
    expect(m.renewal.milestones.map((x) => x.state)).toEqual(['done', 'due', 'upcoming', 'upcoming', 'upcoming']);
    if (m.health.state !== 'scored') throw new Error(m.health.state);
    expect(m.health.override?.score).toBe(10);
    expect(m.trend[0]!.change).toBe(m.health.score - 20);
  });

  it('computes every kind of generated account without failing, the same way every time', () => {
    const snapshots = generateSnapshots(SNAPSHOT_KINDS.length * 3, 42);
    const once = snapshots.map((s) => computeAccountMetrics(s, S, now, 'Asia/Seoul'));
    const again = generateSnapshots(SNAPSHOT_KINDS.length * 3, 42).map((s) => computeAccountMetrics(s, S, now, 'Asia/Seoul'));
    expect(again).toEqual(once);
    const states = new Set(once.map((m) => m.health.state));
    expect([...states].sort()).toEqual(['churned', 'not-enough-data', 'scored']);
    expect(once.some((m) => m.renewal.daysLeft !== null && m.renewal.daysLeft < 0)).toBe(true);
    expect(once.some((m) => m.renewal.date === '2028-02-29')).toBe(true);
  });

  it('exports the library from one index', () => {
    expect(Object.keys(metrics)).toEqual(
      expect.arrayContaining([
        'computeAccountMetrics',
        'computeHealth',
        'healthTrend',
        'computeNps',
        'computeTicketAging',
        'computeRenewal',
        'retentionRate',
        'acvOf',
        'mrrOf',
        'sizeChangeOf',
      ]),
    );
  });
});
