import { z } from 'zod';
import { newGoal, withStatus } from './goals.ts';
import {
  DaySchema,
  GoalFieldsSchema,
  GoalStatus,
  HandoffSchema,
  NO_DATES,
  OnboardingStage,
  OutcomeSchema,
  StageDatesSchema,
  type Plan,
} from './plan-schema.ts';

/**
 * One change to a plan, as a page asks for it. Edits that replace what the CSM typed carry
 * `base`, the value the editor started from: when another tab saved in between, the edit lands
 * only if that part is still as the editor saw it (else a conflict, nothing lost). Ticks and
 * status clicks carry their whole intent and always land.
 */
export const PlanEditSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('handoff'), value: HandoffSchema, base: HandoffSchema.nullable() }),
  /** Adds a goal (base null) or rewrites its fields. */
  z.object({ kind: z.literal('goal'), id: z.string().min(1).max(100), value: GoalFieldsSchema, base: GoalFieldsSchema.nullable() }),
  z.object({ kind: z.literal('goal-status'), id: z.string().min(1), status: GoalStatus }),
  z.object({ kind: z.literal('stage'), stage: OnboardingStage, value: StageDatesSchema, base: StageDatesSchema }),
  z.object({ kind: z.literal('qbr-tick'), quarter: DaySchema, item: z.string().regex(/^[a-z][a-z-]*$/), checked: z.boolean() }),
  z.object({ kind: z.literal('qbr-held'), quarter: DaySchema, heldOn: DaySchema.nullable() }),
  z.object({ kind: z.literal('outcome'), value: OutcomeSchema.nullable(), base: OutcomeSchema.nullable() }),
]);
export type PlanEdit = z.infer<typeof PlanEditSchema>;

export type EditResult = { ok: true; plan: Plan } | { ok: false; reason: 'conflict' | 'not-found' };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const goalFields = (g: { what: string; target: string; byWhen: string | null; measuredBy: string }) => ({
  what: g.what,
  target: g.target,
  byWhen: g.byWhen,
  measuredBy: g.measuredBy,
});

/**
 * The plan after `edit`. `checkBase`: the plan moved on since the editor read it (another tab
 * saved), so an edit with a base lands only where its part is unchanged. Pure; the store bumps
 * the revision and the time.
 */
export function applyEdit(plan: Plan, edit: PlanEdit, now: Date, checkBase: boolean): EditResult {
  const conflict = (current: unknown, base: unknown) => checkBase && !same(current, base);
  const at = now.toISOString();
  switch (edit.kind) {
    case 'handoff':
      if (conflict(plan.handoff, edit.base)) return { ok: false, reason: 'conflict' };
      return { ok: true, plan: { ...plan, handoff: edit.value } };
    case 'goal': {
      const index = plan.goals.findIndex((g) => g.id === edit.id);
      if (index < 0) {
        if (edit.base !== null) return { ok: false, reason: checkBase ? 'conflict' : 'not-found' };
        return { ok: true, plan: { ...plan, goals: [...plan.goals, newGoal(edit.id, edit.value, now)] } };
      }
      if (conflict(goalFields(plan.goals[index]!), edit.base)) return { ok: false, reason: 'conflict' };
      return { ok: true, plan: { ...plan, goals: plan.goals.map((g, i) => (i === index ? { ...g, ...edit.value } : g)) } };
    }
    case 'goal-status': {
      if (!plan.goals.some((g) => g.id === edit.id)) return { ok: false, reason: 'not-found' };
      return { ok: true, plan: { ...plan, goals: plan.goals.map((g) => (g.id === edit.id ? withStatus(g, edit.status, now) : g)) } };
    }
    case 'stage':
      if (conflict(plan.onboarding[edit.stage] ?? NO_DATES, edit.base)) return { ok: false, reason: 'conflict' };
      return { ok: true, plan: { ...plan, onboarding: { ...plan.onboarding, [edit.stage]: edit.value } } };
    case 'qbr-tick': {
      const qbr = plan.qbrs[edit.quarter] ?? { ticks: {}, heldOn: null };
      const { [edit.item]: previous, ...rest } = qbr.ticks;
      // A tick keeps its first time: ticking again from a stale tab does not move it.
      const ticks = edit.checked ? { ...rest, [edit.item]: previous ?? at } : rest;
      return { ok: true, plan: { ...plan, qbrs: { ...plan.qbrs, [edit.quarter]: { ...qbr, ticks } } } };
    }
    case 'qbr-held': {
      const qbr = plan.qbrs[edit.quarter] ?? { ticks: {}, heldOn: null };
      return { ok: true, plan: { ...plan, qbrs: { ...plan.qbrs, [edit.quarter]: { ...qbr, heldOn: edit.heldOn } } } };
    }
    case 'outcome':
      if (conflict(plan.outcome, edit.base)) return { ok: false, reason: 'conflict' };
      return { ok: true, plan: { ...plan, outcome: edit.value } };
  }
}
