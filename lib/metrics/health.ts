import type { AccountSnapshot } from '../crm/snapshot';
import type { MetricsSettings } from '../settings/metrics-settings';
import { daysBetween } from './days';
import type { NpsResult } from './nps';
import type { TicketAging } from './ticket-aging';

export type MeasureId = 'usage' | 'adoption' | 'nps' | 'support' | 'finance' | 'relationship';
export const MEASURES: readonly MeasureId[] = ['usage', 'adoption', 'nps', 'support', 'finance', 'relationship'];
export type Band = 'at-risk' | 'needs-attention' | 'healthy';

export interface MeasureInput {
  id: string;
  value: number | string | null;
}

export interface Measure {
  id: MeasureId;
  weight: number;
  /** 0–100, or null for "no data". */
  score: number | null;
  inputs: MeasureInput[];
  asOf: string | null;
  /** Points this measure adds to the overall score. */
  contribution: number | null;
}

export interface Override {
  score: number;
  reason: string;
  expiresAt: string;
}

export type Health =
  | { state: 'churned'; measures: Measure[] }
  | { state: 'not-enough-data'; coverage: number; measures: Measure[] }
  | {
      state: 'scored';
      score: number;
      band: Band;
      coverage: number;
      measures: Measure[];
      /** The single change that would raise the score most. */
      biggestLift: { measure: MeasureId; points: number } | null;
      /** A CSM override in force; the computed score above stays visible beside it. */
      override: (Override & { band: Band }) | null;
    };

const clamp = (n: number) => Math.max(0, Math.min(100, n));

export function bandOf(score: number, settings: MetricsSettings): Band {
  return score < settings.bands.atRiskBelow ? 'at-risk' : score < settings.bands.healthyFrom ? 'needs-attention' : 'healthy';
}

interface Inputs {
  snapshot: AccountSnapshot;
  settings: MetricsSettings;
  today: string;
  nps: NpsResult;
  tickets: TicketAging | null;
}

type Scored = Omit<Measure, 'weight' | 'contribution'>;
const noData = (id: MeasureId, inputs: MeasureInput[] = []): Scored => ({ id, score: null, inputs, asOf: null });

function usage({ snapshot, settings }: Inputs): Scored {
  if (snapshot.usage.status !== 'ok') return noData('usage');
  const periods = [...snapshot.usage.data].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  const current = periods.at(-1);
  const previous = periods.at(-2);
  if (!current) return noData('usage');
  let base: number | null = null;
  const inputs: MeasureInput[] = [];
  if (current.activeUsers !== null && current.licensedSeats) {
    base = (current.activeUsers / current.licensedSeats) * 100;
    inputs.push({ id: 'activeUsers', value: current.activeUsers }, { id: 'licensedSeats', value: current.licensedSeats });
  } else if (current.logins !== null) {
    const weeks = Math.max(1, (daysBetween(current.periodStart, current.periodEnd) + 1) / 7);
    base = (current.logins / weeks / settings.usage.weeklyLoginMinimum) * 100;
    inputs.push({ id: 'loginsPerWeek', value: Math.round(current.logins / weeks) }, { id: 'weeklyLoginMinimum', value: settings.usage.weeklyLoginMinimum });
  }
  if (base === null) return noData('usage');
  if (previous?.activeUsers && current.activeUsers !== null) {
    const change = (current.activeUsers - previous.activeUsers) / previous.activeUsers;
    inputs.push({ id: 'usageChange', value: change });
    if (-change > settings.usage.dropThreshold) base -= settings.usage.dropPenalty;
  }
  return { id: 'usage', score: clamp(base), inputs, asOf: snapshot.usage.asOf };
}

function adoption({ snapshot }: Inputs): Scored {
  if (snapshot.usage.status !== 'ok') return noData('adoption');
  const latest = [...snapshot.usage.data].reverse().find((p) => p.featuresUsed !== null && p.featuresTotal);
  if (!latest) return noData('adoption');
  return {
    id: 'adoption',
    score: clamp((latest.featuresUsed! / latest.featuresTotal!) * 100),
    inputs: [{ id: 'featuresUsed', value: latest.featuresUsed }, { id: 'featuresTotal', value: latest.featuresTotal }],
    asOf: snapshot.usage.asOf,
  };
}

function nps({ nps }: Inputs): Scored {
  if (nps.score === null) return noData('nps');
  return {
    id: 'nps',
    score: (nps.score + 100) / 2,
    inputs: [{ id: 'accountNps', value: nps.score }, { id: 'respondents', value: nps.respondents.length }],
    asOf: nps.asOf,
  };
}

function support({ tickets, settings, snapshot }: Inputs): Scored {
  if (!tickets || snapshot.tickets.status !== 'ok') return noData('support');
  const s = settings.support;
  const score = 100 - (tickets.unresolvedRatio ?? 0) * s.unresolvedRatioPenalty - tickets.breaches.length * s.perBreachPenalty - tickets.olderThan30 * s.perOldTicketPenalty;
  return {
    id: 'support',
    score: clamp(score),
    inputs: [
      { id: 'unresolvedRatio', value: tickets.unresolvedRatio },
      { id: 'slaBreaches', value: tickets.breaches.length },
      { id: 'oldTickets', value: tickets.olderThan30 },
    ],
    asOf: snapshot.tickets.asOf,
  };
}

function finance({ snapshot, today }: Inputs): Scored {
  if (snapshot.invoices.status !== 'ok') return noData('finance');
  const overdue = snapshot.invoices.data.filter((i) => i.paidAt === null && i.dueDate < today).map((i) => daysBetween(i.dueDate, today));
  const days = overdue.length ? Math.max(...overdue) : 0;
  return {
    id: 'finance',
    score: days === 0 ? 100 : days <= 30 ? 60 : days <= 60 ? 30 : 0,
    inputs: [{ id: 'daysOverdue', value: days }],
    asOf: snapshot.invoices.asOf,
  };
}

/**
 * Champion in place and a touch within 30 days: 100. Then it decays linearly to 0 at 120 days
 * of silence. Champion left: 0. No champion known: at most 50, since nobody is in place.
 */
function relationship({ snapshot, settings, today }: Inputs): Scored {
  const contacts = snapshot.contacts.status === 'ok' ? snapshot.contacts.data : null;
  const champion = contacts?.find((c) => c.isChampion) ?? null;
  const lastTouch = snapshot.account.lastTouchAt;
  if (!contacts && !lastTouch) return noData('relationship');
  const sinceTouch = lastTouch ? Math.max(0, daysBetween(lastTouch.slice(0, 10), today)) : null;
  const inputs: MeasureInput[] = [
    { id: 'champion', value: champion ? (champion.hasLeft ? 'left' : champion.name) : null },
    { id: 'daysSinceTouch', value: sinceTouch },
  ];
  const asOf = contacts && snapshot.contacts.status === 'ok' ? snapshot.contacts.asOf : null;
  if (champion?.hasLeft) return { id: 'relationship', score: 0, inputs, asOf };
  const r = settings.relationship;
  const touch = sinceTouch === null ? 0 : sinceTouch <= r.touchWithinDays ? 100 : clamp(100 * (1 - (sinceTouch - r.touchWithinDays) / Math.max(1, r.zeroAfterDays - r.touchWithinDays)));
  return { id: 'relationship', score: champion ? touch : Math.min(50, touch), inputs, asOf };
}

const SCORERS: Record<MeasureId, (i: Inputs) => Scored> = { usage, adoption, nps, support, finance, relationship };

function overall(measures: ReadonlyArray<{ weight: number; score: number | null }>): { score: number | null; coverage: number } {
  const total = measures.reduce((s, m) => s + m.weight, 0);
  const withData = measures.filter((m) => m.score !== null);
  const covered = withData.reduce((s, m) => s + m.weight, 0);
  return {
    score: covered ? withData.reduce((s, m) => s + m.weight * m.score!, 0) / covered : null,
    coverage: total ? covered / total : 0,
  };
}

export function computeHealth(inputs: Inputs, now: Date, override: Override | null = null): Health {
  const { settings } = inputs;
  const scored = MEASURES.map((id) => ({ ...SCORERS[id](inputs), weight: settings.weights[id] }));
  const { score, coverage } = overall(scored);
  const covered = scored.filter((m) => m.score !== null).reduce((s, m) => s + m.weight, 0);
  const measures: Measure[] = scored.map((m) => ({ ...m, contribution: m.score === null || !covered ? null : (m.weight * m.score) / covered }));
  if (inputs.snapshot.account.churned) return { state: 'churned', measures };
  if (score === null || coverage < 0.5) return { state: 'not-enough-data', coverage, measures };
  let biggestLift: { measure: MeasureId; points: number } | null = null;
  for (const m of scored) {
    if (m.score === null || m.score >= 100 || m.weight === 0) continue;
    const lifted = overall(scored.map((x) => (x.id === m.id ? { ...x, score: 100 } : x))).score!;
    const points = lifted - score;
    if (!biggestLift || points > biggestLift.points) biggestLift = { measure: m.id, points };
  }
  const active = override && Date.parse(override.expiresAt) > now.getTime() ? { ...override, band: bandOf(override.score, settings) } : null;
  return { state: 'scored', score, band: bandOf(score, settings), coverage, measures, biggestLift, override: active };
}

export interface Trend {
  days: 7 | 30 | 90;
  /** Today's score minus the stored score then; null when no score was stored near that day. */
  change: number | null;
}

/**
 * Against the stored daily score 7 / 30 / 90 days ago (the nearest stored day at most 3 days
 * earlier than that), never against the last calculation.
 */
export function healthTrend(todayScore: number | null, history: ReadonlyArray<{ day: string; score: number | null }>, today: string): Trend[] {
  return ([7, 30, 90] as const).map((days) => {
    const then = history
      .filter((h) => h.score !== null)
      .map((h) => ({ ...h, ago: daysBetween(h.day, today) }))
      .filter((h) => h.ago >= days && h.ago <= days + 3)
      .sort((a, b) => a.ago - b.ago)[0];
    return { days, change: todayScore === null || !then ? null : todayScore - then.score! };
  });
}
