import { z } from 'zod';
import { accountKeyOf } from '../crm/account-key.ts';
import type { AccountSnapshot } from '../crm/snapshot.ts';
import type { MetricsSettings } from '../settings/metrics-settings.ts';
import type { AccountMetrics } from './compute-all.ts';
import { MEASURES, type MeasureId } from './health/measure.ts';
import { nextStepsOf, type NextStepKey } from './health/next-step.ts';
import { overdueCount } from './renewal.ts';
import { CUSTOMER_SEGMENTS, customerSegmentOf } from './segment.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const BandSchema = z.enum(['at-risk', 'needs-attention', 'healthy']);

/**
 * One account of the book as the book page shows it: the figures computed at the refresh, small
 * enough that 500 rows paint at once, and without the contacts' names and e-mails of a snapshot.
 */
export const BookRowSchema = z.object({
  accountKey: z.string().min(1),
  crm: z.enum(['salesforce', 'hubspot']),
  source: z.string(),
  accountId: z.string(),
  name: z.string(),
  url: z.string().nullable(),
  ownerName: z.string().nullable(),
  industry: z.string().nullable(),
  /** The customer tier by ARR at the refresh (the thresholds are the CSM's settings). */
  segment: z.enum([...CUSTOMER_SEGMENTS, 'unknown']),
  currency: z.string(),
  churned: z.boolean(),
  score: z.number().nullable(),
  band: BandSchema.nullable(),
  /** The band at the refresh before this one, to see a drop. */
  previousBand: BandSchema.nullable(),
  coverage: z.number().nullable(),
  arr: z.number().nullable(),
  renewalDate: day.nullable(),
  /** The renewal per year, comparable with the ARR (net revenue retention). */
  renewalArr: z.number().nullable(),
  overdueSteps: z.number().int().nonnegative(),
  nps: z.number().nullable(),
  /** Respondents in the NPS window by segment: the book's NPS counts people, never averages accounts. */
  promoters: z.number().int().nonnegative(),
  detractors: z.number().int().nonnegative(),
  respondents: z.number().int().nonnegative(),
  /**
   * When the newest detractor answer counted was given (null: no detractor), so a refresh can tell
   * a new detractor from one who only replaced another. Absent on rows stored before it was kept.
   */
  newestDetractorAt: z.string().nullable().optional(),
  /** null: the tickets could not be read (never "none"). */
  openTickets: z.number().int().nullable(),
  slaBreaches: z.number().int().nullable(),
  /** The first next step (the health score's biggest lift first), worded by the page. */
  nextStep: z
    .object({
      measure: z.custom<MeasureId>((v) => MEASURES.includes(v as MeasureId)),
      key: z.custom<NextStepKey>((v) => typeof v === 'string'),
      values: z.record(z.string(), z.union([z.number(), z.string()])),
      points: z.number(),
    })
    .nullable(),
  /** What the retention figures need: when the account became a customer, its contracts' starts, its renewals. */
  customerSince: day.nullable(),
  contractStarts: z.array(day).nullable(),
  renewals: z.array(z.object({ closeDate: day, isClosed: z.boolean(), isWon: z.boolean() })).nullable(),
  /** The daily scores of the last 30 days, oldest first (null: no score that day). */
  sparkline: z.array(z.number().nullable()),
  refreshedAt: z.iso.datetime(),
});
export type BookRow = z.infer<typeof BookRowSchema>;

/** Days a row's sparkline covers. */
export const SPARKLINE_DAYS = 30;

/** The book row of one refreshed account; `history` is its stored daily scores, today's included. */
export function bookRowOf(
  snapshot: AccountSnapshot,
  metrics: AccountMetrics,
  settings: Pick<MetricsSettings, 'bands' | 'segments'>,
  refreshedAt: string,
  previous: BookRow | null,
  history: ReadonlyArray<{ day: string; score: number | null }>,
): BookRow {
  const h = metrics.health;
  const scored = h.state === 'scored' ? h : null;
  return {
    accountKey: accountKeyOf(snapshot),
    crm: snapshot.crm,
    source: snapshot.source,
    accountId: snapshot.account.id,
    name: snapshot.account.name,
    url: snapshot.account.url ?? null,
    ownerName: snapshot.account.ownerName,
    industry: snapshot.account.industry,
    segment: customerSegmentOf(metrics.renewal.arr, settings.segments),
    currency: snapshot.account.currency,
    churned: snapshot.account.churned,
    score: scored?.score ?? null,
    band: scored?.band ?? null,
    previousBand: previous ? previous.band : null,
    coverage: h.state === 'churned' ? null : h.coverage,
    arr: metrics.renewal.arr,
    renewalDate: metrics.renewal.date,
    renewalArr: metrics.renewal.renewalArr,
    overdueSteps: overdueCount(metrics.renewal.milestones),
    nps: metrics.nps.score,
    promoters: metrics.nps.promoters,
    detractors: metrics.nps.detractors,
    respondents: metrics.nps.respondents.length,
    // Respondents come newest first.
    newestDetractorAt: metrics.nps.respondents.find((r) => r.segment === 'detractor')?.answeredAt ?? null,
    openTickets: metrics.tickets?.open ?? null,
    slaBreaches: metrics.tickets ? metrics.tickets.breaches.length : null,
    nextStep: nextStepsOf(h, settings.bands.healthyFrom, 1)[0] ?? null,
    customerSince: snapshot.account.customerSince,
    contractStarts: snapshot.contracts.status === 'ok' ? snapshot.contracts.data.flatMap((c) => (c.startDate ? [c.startDate] : [])) : null,
    renewals:
      snapshot.opportunities.status === 'ok'
        ? snapshot.opportunities.data
            .filter((o) => o.isRenewal)
            .map((o) => ({ closeDate: o.closeDate, isClosed: o.isClosed, isWon: o.isWon }))
        : null,
    sparkline: [...history]
      .sort((a, b) => a.day.localeCompare(b.day))
      .slice(-SPARKLINE_DAYS)
      .map((h) => h.score),
    refreshedAt,
  };
}
