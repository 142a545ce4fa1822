import { z } from 'zod';

// The scorecard and thresholds of DESIGN §2; every number is the user's to change. Stored in
// browser.storage.local as `version: 1`; a future version adds a migration beside parse below.

const weight = z.number().min(0).max(100);
const points = z.number().min(0).max(100);
const days = z.number().int().min(0).max(3650);

const WeightsSchema = z.object({ usage: weight, adoption: weight, nps: weight, support: weight, finance: weight, relationship: weight });
/** 0–49 at risk, 50–74 needs attention, 75–100 healthy with the defaults. */
const BandsSchema = z.object({ atRiskBelow: points, healthyFrom: points });
const UsageSchema = z.object({
  /** Points taken off when usage fell by more than `dropThreshold` (a fraction) against the previous period. */
  dropThreshold: z.number().min(0).max(1),
  dropPenalty: points,
  /** Logins a week the whole account should reach; used when active users ÷ seats is unknown. */
  weeklyLoginMinimum: z.number().positive().max(1_000_000),
});
const SupportSchema = z.object({
  /** Points off at a 100 % unresolved ratio (scaled: 50 % unresolved takes half). */
  unresolvedRatioPenalty: points,
  perBreachPenalty: points,
  perOldTicketPenalty: points,
  /** An open ticket older than this many whole days is "old". */
  oldTicketDays: days,
});
/** Oldest overdue invoice: up to `firstDays` → `firstScore`, up to `secondDays` → `secondScore`, beyond → 0. */
const FinanceSchema = z.object({ firstDays: days, firstScore: points, secondDays: days, secondScore: points });
const SlaDaysSchema = z.object({ urgent: days, high: days, medium: days, low: days });
const RelationshipSchema = z.object({
  /** A touch within this many days keeps the relationship at 100 … */
  touchWithinDays: days,
  /** … and it falls in a straight line to 0 at this many days of silence. */
  zeroAfterDays: days,
  /** With no champion known, the touch score counts this much (0–1). */
  noChampionFactor: z.number().min(0).max(1),
});
/**
 * Customer tiers by ARR a year, in the account's own currency: Enterprise from `enterpriseFrom`,
 * Mid-market from `midMarketFrom`, SMB below. The CRMs have no common tier field, so the tier is
 * derived from the one figure every account has (lib/metrics/segment.ts).
 */
const SegmentsSchema = z.object({ enterpriseFrom: z.number().min(0), midMarketFrom: z.number().min(0) });
const MilestoneSchema = z.object({ id: z.string().trim().min(1), offsetDays: days });
export type MilestoneSetting = z.infer<typeof MilestoneSchema>;

const DEFAULTS = {
  version: 1 as const,
  weights: { usage: 25, adoption: 10, nps: 20, support: 20, finance: 15, relationship: 10 },
  bands: { atRiskBelow: 50, healthyFrom: 75 },
  usage: { dropThreshold: 0.2, dropPenalty: 20, weeklyLoginMinimum: 5 },
  support: { unresolvedRatioPenalty: 40, perBreachPenalty: 10, perOldTicketPenalty: 10, oldTicketDays: 30 },
  finance: { firstDays: 30, firstScore: 60, secondDays: 60, secondScore: 30 },
  slaDays: { urgent: 1, high: 3, medium: 7, low: 14 },
  ticketWindowDays: 90,
  npsWindowMonths: 12,
  relationship: { touchWithinDays: 30, zeroAfterDays: 120, noChampionFactor: 0.5 },
  segments: { enterpriseFrom: 100_000, midMarketFrom: 25_000 },
  /** Days before the renewal date (DESIGN §2: T-120 … T-0). */
  milestones: [
    { id: 'risk-review', offsetDays: 120 },
    { id: 'qbr', offsetDays: 90 },
    { id: 'proposal', offsetDays: 60 },
    { id: 'commercial', offsetDays: 30 },
    { id: 'signed', offsetDays: 0 },
  ],
};

const SECTIONS = {
  weights: WeightsSchema,
  bands: BandsSchema,
  usage: UsageSchema,
  support: SupportSchema,
  finance: FinanceSchema,
  slaDays: SlaDaysSchema,
  relationship: RelationshipSchema,
  segments: SegmentsSchema,
} as const;
type SectionKey = keyof typeof SECTIONS;

const SCALARS = {
  ticketWindowDays: z.number().int().min(1).max(3650),
  npsWindowMonths: z.number().int().min(1).max(60),
} as const;
type ScalarKey = keyof typeof SCALARS;

/**
 * Settings that must keep an order, each with the field the complaint sits beside and the reason
 * the options page words (`strict`: the higher value must be more, not merely as much).
 */
const ORDERED_PAIRS: ReadonlyArray<{
  values: (s: MetricsSettings) => [number, number];
  strict?: true;
  path: string[];
  message: string;
  reason: string;
}> = [
  {
    values: (s) => [s.bands.atRiskBelow, s.bands.healthyFrom],
    path: ['bands', 'healthyFrom'],
    message: 'Must be at least the at-risk threshold',
    reason: 'healthyBelowAtRisk',
  },
  {
    values: (s) => [s.relationship.touchWithinDays, s.relationship.zeroAfterDays],
    strict: true,
    path: ['relationship', 'zeroAfterDays'],
    message: 'Must be more days than the touch window',
    reason: 'zeroBeforeTouch',
  },
  {
    values: (s) => [s.finance.firstDays, s.finance.secondDays],
    path: ['finance', 'secondDays'],
    message: 'Must be at least the first step',
    reason: 'secondStepFirst',
  },
  {
    values: (s) => [s.segments.midMarketFrom, s.segments.enterpriseFrom],
    path: ['segments', 'enterpriseFrom'],
    message: 'Must be at least the mid-market threshold',
    reason: 'enterpriseBelowMidMarket',
  },
];

/** The whole settings object; the options form validates against it, so rules name their field. */
export const MetricsSettingsSchema = z
  .object({
    version: z.literal(1).default(1),
    weights: WeightsSchema.default(DEFAULTS.weights),
    bands: BandsSchema.default(DEFAULTS.bands),
    usage: UsageSchema.default(DEFAULTS.usage),
    support: SupportSchema.default(DEFAULTS.support),
    finance: FinanceSchema.default(DEFAULTS.finance),
    slaDays: SlaDaysSchema.default(DEFAULTS.slaDays),
    ticketWindowDays: SCALARS.ticketWindowDays.default(DEFAULTS.ticketWindowDays),
    npsWindowMonths: SCALARS.npsWindowMonths.default(DEFAULTS.npsWindowMonths),
    relationship: RelationshipSchema.default(DEFAULTS.relationship),
    segments: SegmentsSchema.default(DEFAULTS.segments),
    milestones: z.array(MilestoneSchema).default(DEFAULTS.milestones),
  })
  // `params.reason` names each rule for the options page, which words it in the CSM's language.
  .superRefine((s, ctx) => {
    for (const rule of ORDERED_PAIRS) {
      const [low, high] = rule.values(s);
      if (rule.strict ? high <= low : high < low)
        ctx.addIssue({ code: 'custom', path: rule.path, message: rule.message, params: { reason: rule.reason } });
    }
    if (Object.values(s.weights).every((w) => w === 0)) {
      ctx.addIssue({ code: 'custom', path: ['weights'], message: 'At least one measure needs a weight', params: { reason: 'noWeight' } });
    }
    const ids = new Set<string>();
    s.milestones.forEach((m, i) => {
      if (ids.has(m.id))
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', i, 'id'],
          message: 'Each milestone needs its own id',
          params: { reason: 'duplicateMilestone' },
        });
      ids.add(m.id);
    });
  });
export type MetricsSettings = z.infer<typeof MetricsSettingsSchema>;

export const DEFAULT_METRICS_SETTINGS: MetricsSettings = MetricsSettingsSchema.parse({});

/** A stored value that was not used: where it was, and why; its default took its place. */
export interface SettingsIssue {
  path: string;
  message: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const firstMessage = (error: z.ZodError) => error.issues[0]?.message ?? 'Invalid value';

/**
 * Stored settings → settings in force, field by field: a missing value takes its default
 * silently; an invalid one takes its default and is reported. Never throws. Rules across fields
 * (e.g. the at-risk threshold above the healthy one) reset that section to its defaults.
 */
export function parseMetricsSettingsWithIssues(raw: unknown): { settings: MetricsSettings; issues: SettingsIssue[] } {
  const issues: SettingsIssue[] = [];
  if (raw !== undefined && raw !== null && !isRecord(raw)) issues.push({ path: '', message: 'Settings are not an object' });
  const input = isRecord(raw) ? raw : {};
  if (input.version !== undefined && input.version !== 1)
    issues.push({ path: 'version', message: `Unknown settings version ${String(input.version)}` });

  const out: Record<string, unknown> = { version: 1 };
  for (const key of Object.keys(SECTIONS) as SectionKey[]) {
    const defaults: Record<string, unknown> = DEFAULTS[key];
    const given = input[key];
    if (given !== undefined && !isRecord(given)) issues.push({ path: key, message: 'Not a group of values' });
    const section = isRecord(given) ? given : {};
    const shape = SECTIONS[key].shape as Record<string, z.ZodType>;
    const repaired: Record<string, unknown> = {};
    for (const [field, schema] of Object.entries(shape)) {
      const value = section[field];
      if (value === undefined) {
        repaired[field] = defaults[field];
        continue;
      }
      const parsed = schema.safeParse(value);
      if (parsed.success) repaired[field] = parsed.data;
      else {
        repaired[field] = defaults[field];
        issues.push({ path: `${key}.${field}`, message: firstMessage(parsed.error) });
      }
    }
    out[key] = repaired;
  }
  for (const key of Object.keys(SCALARS) as ScalarKey[]) {
    const value = input[key];
    if (value === undefined) continue;
    const parsed = SCALARS[key].safeParse(value);
    if (parsed.success) out[key] = parsed.data;
    else issues.push({ path: key, message: firstMessage(parsed.error) });
  }
  if (input.milestones !== undefined) {
    if (!Array.isArray(input.milestones)) issues.push({ path: 'milestones', message: 'Not a list' });
    else {
      const kept: MilestoneSetting[] = [];
      input.milestones.forEach((m: unknown, i) => {
        const parsed = MilestoneSchema.safeParse(m);
        if (!parsed.success) issues.push({ path: `milestones.${i}`, message: firstMessage(parsed.error) });
        else if (kept.some((k) => k.id === parsed.data.id))
          issues.push({ path: `milestones.${i}.id`, message: 'Each milestone needs its own id' });
        else kept.push(parsed.data);
      });
      out.milestones = kept;
    }
  }

  const whole = MetricsSettingsSchema.safeParse(out);
  if (whole.success) return { settings: whole.data, issues };
  for (const issue of whole.error.issues) {
    const section = String(issue.path[0] ?? '');
    issues.push({ path: issue.path.join('.'), message: issue.message });
    if (section in DEFAULTS) out[section] = DEFAULTS[section as keyof typeof DEFAULTS];
  }
  const retried = MetricsSettingsSchema.safeParse(out);
  return { settings: retried.success ? retried.data : DEFAULT_METRICS_SETTINGS, issues };
}

/** Stored settings with defaults for anything missing or invalid (see parseMetricsSettingsWithIssues). */
export function parseMetricsSettings(raw: unknown): MetricsSettings {
  return parseMetricsSettingsWithIssues(raw).settings;
}
