import type { Goal, GoalFields, GoalStatus } from './plan-schema.ts';

/** A new goal, on track, its history starting with that status. */
export function newGoal(id: string, fields: GoalFields, now: Date): Goal {
  const at = now.toISOString();
  return { ...fields, id, status: 'on-track', history: [{ status: 'on-track', at }], createdAt: at };
}

/** The goal with a new status; the change joins its history (setting the same status again is no change). */
export function withStatus(goal: Goal, status: GoalStatus, now: Date): Goal {
  if (goal.status === status) return goal;
  return { ...goal, status, history: [...goal.history, { status, at: now.toISOString() }] };
}

/** "2 of 3": goals on track or met, out of the goals not dropped. */
export function goalsOnTrack(goals: readonly Goal[]): { onTrack: number; total: number } {
  let onTrack = 0;
  let total = 0;
  for (const g of goals) {
    if (g.status === 'dropped') continue;
    total += 1;
    if (g.status === 'on-track' || g.status === 'met') onTrack += 1;
  }
  return { onTrack, total };
}

export interface GoalToReview {
  goal: Goal;
  /** Its "by when" falls in the quarter or before it: the QBR must say whether it was reached. */
  due: boolean;
}

/**
 * The goals a QBR reviews: every open one (on track or at risk), those due by the quarter's end
 * first (earliest first), then the rest in the order they were set.
 */
export function goalsToReview(goals: readonly Goal[], quarterEnd: string): GoalToReview[] {
  return goals
    .filter((g) => g.status === 'on-track' || g.status === 'at-risk')
    .map((goal, i) => ({ goal, due: goal.byWhen !== null && goal.byWhen <= quarterEnd, i }))
    .sort(
      (a, b) =>
        Number(b.due) - Number(a.due) ||
        (a.due && b.due ? (a.goal.byWhen! < b.goal.byWhen! ? -1 : a.goal.byWhen! > b.goal.byWhen! ? 1 : 0) : 0) ||
        a.i - b.i,
    )
    .map(({ goal, due }) => ({ goal, due }));
}
