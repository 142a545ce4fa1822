import { describe, expect, it } from 'vitest';
import { now } from '../../../test/support/health-fixtures';
import { healthTrend } from '..';

describe('trend', () => {
  const history = [
    { day: '2026-11-21', score: 10 }, // yesterday: the last calculation, never the reference
    { day: '2026-11-15', score: 60 }, // 7 days ago
    { day: '2026-10-20', score: 80 }, // 33 days ago: within the 3-day tolerance of 30
    { day: '2026-10-21', score: null }, // no score that day: skipped
    { day: '2026-08-20', score: 90 }, // 94 days ago: too far from 90
  ];

  it('compares today with the stored score 7 / 30 / 90 days ago, never with the last calculation', () => {
    expect(healthTrend(70, history, now, 'UTC')).toEqual([
      { days: 7, change: 10, then: { day: '2026-11-15', score: 60 } },
      { days: 30, change: -10, then: { day: '2026-10-20', score: 80 } },
      { days: 90, change: null, then: null },
    ]);
  });

  it('takes the stored day nearest the target, at or before it', () => {
    const t = healthTrend(
      50,
      [
        { day: '2026-11-14', score: 40 },
        { day: '2026-11-15', score: 45 },
        { day: '2026-11-16', score: 99 },
      ],
      now,
      'UTC',
    );
    expect(t[0]).toMatchObject({ change: 5, then: { day: '2026-11-15' } });
  });

  it('counts the days from today in the CSM’s time zone', () => {
    const late = new Date('2026-11-22T15:30:00.000Z'); // already Nov 23 in Seoul
    expect(healthTrend(70, [{ day: '2026-11-16', score: 60 }], late, 'Asia/Seoul')[0]).toMatchObject({ change: 10 });
    expect(healthTrend(70, [{ day: '2026-11-16', score: 60 }], late, 'UTC')[0]).toMatchObject({ change: null });
  });

  it('has the reference but no change when today has no score', () => {
    expect(healthTrend(null, history, now, 'UTC')[0]).toEqual({ days: 7, change: null, then: { day: '2026-11-15', score: 60 } });
  });
});
