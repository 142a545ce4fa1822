import { describe, expect, it } from 'vitest';
import { goalsDue, goalsOnTrack, goalsToReview, newGoal, withStatus } from './goals.ts';
import type { GoalStatus } from './plan-schema.ts';

const t0 = new Date('2026-11-01T09:00:00.000Z');
const t1 = new Date('2026-11-10T09:00:00.000Z');
const t2 = new Date('2026-11-20T09:00:00.000Z');
const goal = (id: string, status: GoalStatus = 'on-track', byWhen: string | null = null) =>
  withStatus(newGoal(id, { what: `Goal ${id}`, target: '80 %', byWhen, measuredBy: 'usage report' }, t0), status, t1);

describe('goal status history', () => {
  it('starts on track and keeps every change with its time, oldest first', () => {
    const g = withStatus(
      withStatus(
        newGoal('g', { what: 'Cut onboarding time', target: '2 weeks', byWhen: '2027-03-31', measuredBy: 'kickoff to go-live' }, t0),
        'at-risk',
        t1,
      ),
      'met',
      t2,
    );
    expect(g.status).toBe('met');
    expect(g.history).toEqual([
      { status: 'on-track', at: t0.toISOString() },
      { status: 'at-risk', at: t1.toISOString() },
      { status: 'met', at: t2.toISOString() },
    ]);
  });

  it('records no change when the status is set again', () => {
    const g = goal('g', 'at-risk');
    expect(withStatus(g, 'at-risk', t2)).toBe(g);
    expect(g.history).toHaveLength(2);
  });
});

describe('goals on track', () => {
  it('counts on-track and met goals out of those not dropped', () => {
    expect(goalsOnTrack([goal('a'), goal('b', 'met'), goal('c', 'at-risk'), goal('d', 'dropped')])).toEqual({ onTrack: 2, total: 3 });
    expect(goalsOnTrack([])).toEqual({ onTrack: 0, total: 0 });
  });
});

describe('goals a QBR reviews', () => {
  it('lists open goals, those due by the quarter’s end first and earliest first', () => {
    const goals = [
      goal('later'),
      goal('met', 'met', '2026-12-01'),
      goal('due-2', 'at-risk', '2027-01-15'),
      goal('due-1', 'on-track', '2026-12-01'),
      goal('dropped', 'dropped', '2026-12-01'),
      goal('next-q', 'on-track', '2027-03-01'),
    ];
    expect(goalsToReview(goals, '2027-02-14').map(({ goal: g, due }) => [g.id, due])).toEqual([
      ['due-1', true],
      ['due-2', true],
      ['later', false],
      ['next-q', false],
    ]);
  });
});

describe('goals due in the checklist', () => {
  it('lists open goals due within the checklist’s 120 days or past, the most overdue first', () => {
    const goals = [
      goal('no-date'),
      goal('past', 'at-risk', '2026-11-10'),
      goal('met-past', 'met', '2026-11-01'),
      goal('dropped', 'dropped', '2026-12-01'),
      goal('soon', 'on-track', '2026-12-15'),
      goal('edge', 'on-track', '2027-03-22'),
      goal('far', 'on-track', '2027-03-23'),
    ];
    expect(goalsDue(goals, '2026-11-22').map(({ goal: g, daysLeft }) => [g.id, daysLeft])).toEqual([
      ['past', -12],
      ['soon', 23],
      ['edge', 120],
    ]);
    expect(goalsDue(goals, '2026-11-22', 0).map(({ goal: g }) => g.id)).toEqual(['past']);
  });
});
