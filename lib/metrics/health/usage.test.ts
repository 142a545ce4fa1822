import { describe, expect, it } from 'vitest';
import { fullSnapshot, health, measure, ok, period } from '../../../test/support/health-fixtures';
import type { UsagePeriod } from '../../crm/snapshot';
import { DEFAULT_METRICS_SETTINGS as S } from '../../settings/metrics-settings';

describe('usage', () => {
  const usage = (periods: UsagePeriod[], settings = S) => measure(health(fullSnapshot({ usage: ok(periods) }), settings), 'usage');

  it('is active users ÷ seats, capped at 100, with the period as its “as of”', () => {
    expect(usage([period({ activeUsers: 45, licensedSeats: 60 })])).toMatchObject({
      score: 75,
      asOf: '2026-11-21',
      inputs: [
        { id: 'activeUsers', value: 45, asOf: '2026-11-21' },
        { id: 'licensedSeats', value: 60, asOf: '2026-11-21' },
      ],
    });
    expect(usage([period({ activeUsers: 130, licensedSeats: 100 })]).score).toBe(100);
  });

  it('is logins a week against the weekly minimum when seats are unknown', () => {
    // 30 days ≈ 4.29 weeks: 15 logins → 3.5 a week of 5 → 70
    const m = usage([period({ logins: 15 })]);
    expect(m.score).toBeCloseTo(70);
    expect(m.inputs.map((i) => [i.id, i.value])).toEqual([
      ['loginsPerWeek', 3.5],
      ['weeklyLoginMinimum', 5],
    ]);
    expect(usage([period({ logins: 15 })], { ...S, usage: { ...S.usage, weeklyLoginMinimum: 2 } }).score).toBe(100);
  });

  it.each([
    [100, 70, 50], // fell 30 % → 70 − 20
    [100, 80, 80], // fell exactly 20 %: no penalty
    [100, 79, 59],
    [50, 80, 80], // rose
  ])('takes 20 points off when active users fell by more than a fifth: %i → %i of 100 seats scores %i', (before, after, score) => {
    const m = usage([
      period({ periodStart: '2026-09-23', periodEnd: '2026-10-22', activeUsers: before, licensedSeats: 100 }),
      period({ activeUsers: after, licensedSeats: 100 }),
    ]);
    expect(m.score).toBe(score);
    expect(m.inputs.find((i) => i.id === 'usageChange')?.value).toBeCloseTo((after - before) / before);
  });

  it('compares logins with logins when that is all there is, whatever order the periods come in', () => {
    const m = usage([period({ logins: 10 }), period({ periodStart: '2026-09-23', periodEnd: '2026-10-22', logins: 30 })]);
    // 10 in 30 days → 2.33 a week → 46.7, fell 67 % → −20
    expect(m.score).toBeCloseTo(26.67, 1);
  });

  it('has no data without usage, or with periods that carry no usable figure', () => {
    expect(usage([period({ licensedSeats: 100 })]).score).toBeNull();
    expect(measure(health(fullSnapshot({ usage: { status: 'missing' } })), 'usage').score).toBeNull();
  });

  it('points at filling the seats, or at getting back to last period’s level when that is worth more', () => {
    expect(usage([period({ activeUsers: 60, licensedSeats: 100 })]).lever).toMatchObject({
      action: 'activate-seats',
      vars: { users: 40, seats: 100 },
      score: 100,
    });
    const fell = usage([
      period({ periodEnd: '2026-10-22', activeUsers: 160, licensedSeats: 100 }),
      period({ activeUsers: 100, licensedSeats: 100 }),
    ]);
    expect(fell).toMatchObject({ score: 80, lever: { action: 'recover-usage', vars: { users: 60 }, score: 100 } });
  });
});
