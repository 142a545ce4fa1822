import { z } from 'zod';

const weight = z.number().min(0).max(100);
const days = z.number().int().min(0).max(3650);

/** The scorecard and thresholds of DESIGN §2; every number is the user's to change. */
export const MetricsSettingsSchema = z.object({
  version: z.literal(1).default(1),
  weights: z
    .object({ usage: weight, adoption: weight, nps: weight, support: weight, finance: weight, relationship: weight })
    .default({ usage: 25, adoption: 10, nps: 20, support: 20, finance: 15, relationship: 10 }),
  bands: z.object({ atRiskBelow: z.number().min(0).max(100), healthyFrom: z.number().min(0).max(100) }).default({ atRiskBelow: 50, healthyFrom: 75 }),
  /** Usage: points taken off when active users fell more than `dropThreshold` against the previous period. */
  usage: z.object({ dropThreshold: z.number().min(0).max(1), dropPenalty: z.number().min(0).max(100), weeklyLoginMinimum: z.number().min(0) }).default({ dropThreshold: 0.2, dropPenalty: 20, weeklyLoginMinimum: 5 }),
  support: z
    .object({ unresolvedRatioPenalty: z.number().min(0).max(100), perBreachPenalty: z.number().min(0).max(100), perOldTicketPenalty: z.number().min(0).max(100), oldTicketDays: days })
    .default({ unresolvedRatioPenalty: 40, perBreachPenalty: 10, perOldTicketPenalty: 10, oldTicketDays: 30 }),
  /** SLA (time to resolve) in days by priority. */
  slaDays: z.object({ urgent: days, high: days, medium: days, low: days }).default({ urgent: 1, high: 3, medium: 7, low: 14 }),
  ticketWindowDays: days.default(90),
  npsWindowMonths: z.number().int().min(1).max(60).default(12),
  relationship: z.object({ touchWithinDays: days, zeroAfterDays: days }).default({ touchWithinDays: 30, zeroAfterDays: 120 }),
  /** Milestones before the renewal date, in days. */
  milestones: z
    .array(z.object({ id: z.string(), offsetDays: days }))
    .default([
      { id: 'risk-review', offsetDays: 120 },
      { id: 'qbr', offsetDays: 90 },
      { id: 'proposal', offsetDays: 60 },
      { id: 'commercial', offsetDays: 30 },
      { id: 'signed', offsetDays: 0 },
    ]),
});
export type MetricsSettings = z.infer<typeof MetricsSettingsSchema>;

export const DEFAULT_METRICS_SETTINGS: MetricsSettings = MetricsSettingsSchema.parse({});

/** Stored settings with defaults for anything missing; an invalid section falls back alone. */
export function parseMetricsSettings(raw: unknown): MetricsSettings {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const whole = MetricsSettingsSchema.safeParse(input);
  if (whole.success) return whole.data;
  const repaired: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (MetricsSettingsSchema.safeParse({ [key]: value }).success) repaired[key] = value;
  }
  return MetricsSettingsSchema.parse(repaired);
}
