import { z } from 'zod';

export const PlanSettingsSchema = z.object({
  /** QBR quarters counted from the contract's start (DESIGN §1) or by the calendar. */
  quarterBasis: z.enum(['contract', 'calendar']),
});
export type PlanSettings = z.infer<typeof PlanSettingsSchema>;

export const DEFAULT_PLAN_SETTINGS: PlanSettings = { quarterBasis: 'contract' };

/** Stored plan settings, the default for whatever is missing or invalid. */
export function parsePlanSettings(raw: unknown): PlanSettings {
  const parsed = PlanSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_PLAN_SETTINGS;
}
