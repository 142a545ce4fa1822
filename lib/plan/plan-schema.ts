import { z } from 'zod';

// An account plan (DESIGN §1): the handoff from sales, the success plan's goals, onboarding,
// a QBR every quarter, and why the customer left or shrank. One per account, kept by the store.

const isoTime = z.iso.datetime();
export const DaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date');
const text = (max: number) => z.string().max(max);

export const HandoffSchema = z.object({
  /** What sales proposed and promised. */
  promised: text(5000),
  /** The customer's goals in their own words. */
  customerGoals: text(5000),
  /** Key people and their roles (picked from the CRM's contacts or typed). */
  people: z.array(z.object({ name: text(200), role: text(200) })).max(30),
  /** Risks seen at the sale. */
  risks: text(5000),
});
export type Handoff = z.infer<typeof HandoffSchema>;

export const GOAL_STATUSES = ['on-track', 'at-risk', 'met', 'dropped'] as const;
export const GoalStatus = z.enum(GOAL_STATUSES);
export type GoalStatus = z.infer<typeof GoalStatus>;

/** What the CSM writes about a goal: measurable (what, target, by when, how measured). */
export const GoalFieldsSchema = z.object({
  what: text(500).min(1),
  target: text(200),
  byWhen: DaySchema.nullable(),
  measuredBy: text(500),
});
export type GoalFields = z.infer<typeof GoalFieldsSchema>;

export const GoalSchema = GoalFieldsSchema.extend({
  id: z.string().min(1).max(100),
  status: GoalStatus,
  /** Every status the goal has had, oldest first: the first entry is the status it was set with. */
  history: z.array(z.object({ status: GoalStatus, at: isoTime })),
  createdAt: isoTime,
});
export type Goal = z.infer<typeof GoalSchema>;

export const ONBOARDING_STAGES = ['kickoff', 'setup', 'training', 'go-live', 'first-value'] as const;
export const OnboardingStage = z.enum(ONBOARDING_STAGES);
export type OnboardingStage = z.infer<typeof OnboardingStage>;
export const StageDatesSchema = z.object({ planned: DaySchema.nullable(), done: DaySchema.nullable() });
export type StageDates = z.infer<typeof StageDatesSchema>;
export const NO_DATES: StageDates = { planned: null, done: null };

export const QbrSchema = z.object({
  /** Agenda item id → when it was ticked. */
  ticks: z.record(z.string(), isoTime),
  /** The day the QBR took place. */
  heldOn: DaySchema.nullable(),
});

/**
 * Why a customer left or shrank: the VOC routing of DESIGN §2 (what engineering, product and
 * docs can act on) plus the commercial and people reasons.
 */
export const OUTCOME_REASONS = [
  'bug',
  'improvement',
  'feature-request',
  'usability',
  'price',
  'budget',
  'champion-left',
  'merged-acquired',
  'competitor',
  'other',
] as const;
export const OutcomeReason = z.enum(OUTCOME_REASONS);
export type OutcomeReason = z.infer<typeof OutcomeReason>;

export const OutcomeSchema = z
  .object({
    kind: z.enum(['churned', 'downsized']),
    reason: OutcomeReason,
    /** Which competitor, when the reason is "moved to a competitor". */
    competitor: text(200).nullable(),
    note: text(5000),
    on: DaySchema,
  })
  .refine((o) => o.reason !== 'competitor' || Boolean(o.competitor?.trim()), { message: 'name the competitor', path: ['competitor'] });
export type Outcome = z.infer<typeof OutcomeSchema>;

export const PlanSchema = z.object({
  accountKey: z.string().min(1),
  accountName: z.string(),
  handoff: HandoffSchema.nullable(),
  goals: z.array(GoalSchema).max(50),
  onboarding: z.partialRecord(OnboardingStage, StageDatesSchema),
  /** QBRs by the first day of their quarter (YYYY-MM-DD). */
  qbrs: z.record(DaySchema, QbrSchema),
  outcome: OutcomeSchema.nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  /** Bumped by every write; 0 for a plan not stored yet. The base of concurrency between tabs. */
  revision: z.number().int().nonnegative(),
});
export type Plan = z.infer<typeof PlanSchema>;

/** The plan of an account nobody planned yet (not stored until the first edit). */
export function emptyPlan(accountKey: string, accountName: string, now: Date): Plan {
  const at = now.toISOString();
  return {
    accountKey,
    accountName,
    handoff: null,
    goals: [],
    onboarding: {},
    qbrs: {},
    outcome: null,
    createdAt: at,
    updatedAt: at,
    revision: 0,
  };
}
