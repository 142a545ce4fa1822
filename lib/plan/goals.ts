import { addDays, daysBetween } from '../time/days.ts';
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

/**
 * How far ahead the renewal checklist looks (its first step is T-120): a goal due within this
 * many days, or past due, is a review to prepare now.
 */
export const CHECKLIST_WINDOW_DAYS = 120;

export interface GoalDue {
  goal: Goal;
  /** Days from today to its "by when"; negative once it has passed. */
  daysLeft: number;
}

/**
 * The goals whose review is due (DESIGN §1, "due reviews show in the checklist"): still open
 * (on track or at risk, not met or dropped), with a "by when" inside the checklist window or
 * already past; the earliest first.
 */
export function goalsDue(goals: readonly Goal[], today: string, windowDays = CHECKLIST_WINDOW_DAYS): GoalDue[] {
  const until = addDays(today, windowDays);
  return goals
    .filter((g) => (g.status === 'on-track' || g.status === 'at-risk') && g.byWhen !== null && g.byWhen <= until)
    .map((goal) => ({ goal, daysLeft: daysBetween(today, goal.byWhen!) }))
    .sort((a, b) => a.daysLeft - b.daysLeft);
}
