import type { AccountSnapshot, UsagePeriod } from '../crm/snapshot.ts';
import type { MetricsSettings } from '../settings/metrics-settings.ts';
import { dayInTimeZone } from '../time/today.ts';
import { addDays, DAY_MS, daysBetween, isoToMs } from './days.ts';
import { npsOf, type NpsResult } from './nps.ts';
import type { TicketAging } from './ticket-aging.ts';

export type MeasureId = 'usage' | 'adoption' | 'nps' | 'support' | 'finance' | 'relationship';
export const MEASURES: readonly MeasureId[] = ['usage', 'adoption', 'nps', 'support', 'finance', 'relationship'];
export type Band = 'at-risk' | 'needs-attention' | 'healthy';

export interface MeasureInput {
  id: string;
  value: number | string | null;
  /** The date the value describes (period end, last answer, fetch time…); null when unknown. */
  asOf: string | null;
}

/**
 * The one change that would move a measure most, worded by the view from `action` and `vars`:
 * - activate-seats {users, seats}: bring active users up to the licensed seats;
 * - reach-login-minimum {logins}: this many more logins a week;
 * - recover-usage {users | logins}: back to the previous period's level;
 * - introduce-features {features}: the key features not used yet;
 * - follow-up-detractors {detractors}: win each detractor back to at least passive;
 * - convert-passives {passives}: turn passives into promoters (when there is no detractor);
 * - resolve-open-tickets {tickets, pastSla}: close the open tickets (a breach stays a breach);
 * - collect-overdue-invoices {invoices, days}: get the overdue invoices paid;
 * - touch-account {days}: a CSM touch (the last one was `days` ago);
 * - name-champion {}: find and meet a champion (none known, or the champion left).
 */
export type LeverAction =
  | 'activate-seats'
  | 'reach-login-minimum'
  | 'recover-usage'
  | 'introduce-features'
  | 'follow-up-detractors'
  | 'convert-passives'
  | 'resolve-open-tickets'
  | 'collect-overdue-invoices'
  | 'touch-account'
  | 'name-champion';

export interface Lever {
  measure: MeasureId;
  action: LeverAction;
  vars: Record<string, number>;
  /** The measure's score after the change. */
  score: number;
  /** Points the overall score would gain (difference of the rounded scores shown). */
  points: number;
}

export interface Measure {
  id: MeasureId;
  weight: number;
  /** 0–100, or null for "no data". */
  score: number | null;
  inputs: MeasureInput[];
  asOf: string | null;
  /** weight × score ÷ Σ weights with data: what this measure adds to the overall score. */
  contribution: number | null;
  /** What would move this measure most; null at 100 or without data. */
  lever: Lever | null;
}

export interface Override {
  score: number;
  reason: string;
  /** An instant, or a date (YYYY-MM-DD) meaning "through that day" in the CSM's time zone. */
  expiresAt: string;
}
export type ActiveOverride = Override & { band: Band };

export type Health =
  /** A churned account shows no score at all, and takes no override. */
  | { state: 'churned'; measures: Measure[] }
  /** Under half the weight had data: no number. A CSM override in force still shows. */
  | { state: 'not-enough-data'; coverage: number; measures: Measure[]; override: ActiveOverride | null }
  | {
      state: 'scored';
      /** The computed score, rounded to a whole point (the band is read from this number). */
      score: number;
      band: Band;
      /** Share of the total weight whose measures had data, 0–1. */
      coverage: number;
      measures: Measure[];
      /** The single change that would raise the overall score most; null when none gains a point. */
      biggestLift: Lever | null;
      /** A CSM override in force; the computed score above stays visible beside it. */
      override: ActiveOverride | null;
    };

export interface HealthInputs {
  snapshot: AccountSnapshot;
  settings: MetricsSettings;
  /** Today in the CSM's time zone (YYYY-MM-DD). */
  today: string;
  nps: NpsResult;
  /** Null when the tickets could not be read. */
  tickets: TicketAging | null;
}

const clamp = (n: number) => (n < 0 ? 0 : n > 100 ? 100 : n);

/** With the defaults: 0–49 at risk, 50–74 needs attention, 75–100 healthy. */
export function bandOf(score: number, settings: Pick<MetricsSettings, 'bands'>): Band {
  return score < settings.bands.atRiskBelow ? 'at-risk' : score < settings.bands.healthyFrom ? 'needs-attention' : 'healthy';
}

/**
 * An override is in force until it expires: a date-only expiry (YYYY-MM-DD) through the end of
 * that day in the CSM's time zone; an instant strictly before it. An unreadable expiry never
 * applies: an override that might never end would hide the data for good.
 */
export function isOverrideActive(override: Pick<Override, 'expiresAt'>, now: Date, today: string): boolean {
  const e = override.expiresAt;
  if (/^\d{4}-\d{2}-\d{2}$/.test(e)) return today <= e;
  const at = Date.parse(e);
  return Number.isFinite(at) && now.getTime() < at;
}

type LeverDraft = { action: LeverAction; vars: Record<string, number>; score: number };
interface Scored {
  score: number | null;
  inputs: MeasureInput[];
  asOf: string | null;
  lever: LeverDraft | null;
}
const NO_DATA: Scored = { score: null, inputs: [], asOf: null, lever: null };

interface Ctx extends HealthInputs {
  now: Date;
}

// ── Usage ────────────────────────────────────────────────────────────────────────────────
// Active users ÷ licensed seats when both are known, else logins a week ÷ the weekly minimum;
// capped at 100, then −dropPenalty when the same quantity fell by more than dropThreshold
// against the previous period.

type Level = { basis: 'seats'; value: number; full: number } | { basis: 'logins'; value: number; full: number };

function levelOf(p: UsagePeriod, minimum: number): Level | null {
  if (p.activeUsers !== null && p.licensedSeats) return { basis: 'seats', value: p.activeUsers, full: p.licensedSeats };
  if (p.logins !== null) {
    const weeks = Math.max(1, (daysBetween(p.periodStart, p.periodEnd) + 1) / 7);
    return { basis: 'logins', value: p.logins / weeks, full: minimum };
  }
  return null;
}

function usageScoreOf(value: number, full: number, previous: number | null, settings: MetricsSettings): number {
  const base = Math.min(100, (value / full) * 100);
  const fell = previous !== null && previous > 0 && (previous - value) / previous > settings.usage.dropThreshold;
  return clamp(base - (fell ? settings.usage.dropPenalty : 0));
}

function usage({ snapshot, settings }: Ctx): Scored {
  if (snapshot.usage.status !== 'ok' || snapshot.usage.data.length === 0) return NO_DATA;
  let current: UsagePeriod | null = null;
  let previous: UsagePeriod | null = null;
  for (const p of snapshot.usage.data) {
    if (!current || p.periodEnd > current.periodEnd) [previous, current] = [current, p];
    else if (!previous || p.periodEnd > previous.periodEnd) previous = p;
  }
  const level = levelOf(current!, settings.usage.weeklyLoginMinimum);
  if (!level) return NO_DATA;
  const prevLevel = previous ? levelOf(previous, settings.usage.weeklyLoginMinimum) : null;
  const prev = prevLevel && prevLevel.basis === level.basis ? prevLevel.value : null;
  const asOf = current!.periodEnd;
  const score = usageScoreOf(level.value, level.full, prev, settings);
  const inputs: MeasureInput[] =
    level.basis === 'seats'
      ? [
          { id: 'activeUsers', value: level.value, asOf },
          { id: 'licensedSeats', value: level.full, asOf },
        ]
      : [
          { id: 'loginsPerWeek', value: Math.round(level.value * 10) / 10, asOf },
          { id: 'weeklyLoginMinimum', value: level.full, asOf: null },
        ];
  if (prev) inputs.push({ id: 'usageChange', value: (level.value - prev) / prev, asOf });
  // Two candidate changes: fill the seats (or reach the login minimum), or get back to the
  // previous period's level; keep the one that scores higher.
  let lever: LeverDraft | null = null;
  if (level.value < level.full) {
    const to = usageScoreOf(level.full, level.full, prev, settings);
    lever =
      level.basis === 'seats'
        ? { action: 'activate-seats', vars: { users: level.full - level.value, seats: level.full }, score: to }
        : { action: 'reach-login-minimum', vars: { logins: Math.ceil(level.full - level.value) }, score: to };
  }
  if (prev !== null && prev > level.value) {
    const to = usageScoreOf(prev, level.full, prev, settings);
    const gap = prev - level.value;
    if (!lever || to > lever.score) lever = { action: 'recover-usage', vars: level.basis === 'seats' ? { users: gap } : { logins: Math.ceil(gap) }, score: to };
  }
  return { score, inputs, asOf, lever: lever && lever.score > score ? lever : null };
}

// ── Adoption: key features used ÷ key features, in the latest period that says. ──────────

function adoption({ snapshot }: Ctx): Scored {
  if (snapshot.usage.status !== 'ok') return NO_DATA;
  let latest: UsagePeriod | null = null;
  for (const p of snapshot.usage.data) {
    if (p.featuresUsed !== null && p.featuresTotal && (!latest || p.periodEnd > latest.periodEnd)) latest = p;
  }
  if (!latest) return NO_DATA;
  const used = Math.min(latest.featuresUsed!, latest.featuresTotal!);
  const total = latest.featuresTotal!;
  const score = clamp((used / total) * 100);
  return {
    score,
    inputs: [
      { id: 'featuresUsed', value: latest.featuresUsed, asOf: latest.periodEnd },
      { id: 'featuresTotal', value: total, asOf: latest.periodEnd },
    ],
    asOf: latest.periodEnd,
    lever: used < total ? { action: 'introduce-features', vars: { features: total - used }, score: 100 } : null,
  };
}

// ── NPS: (account NPS + 100) ÷ 2. ─────────────────────────────────────────────────────────

const npsPoints = (nps: number) => (nps + 100) / 2;

function nps({ nps }: Ctx): Scored {
  if (nps.score === null) return NO_DATA;
  const n = nps.respondents.length;
  const score = npsPoints(nps.score);
  let lever: LeverDraft | null = null;
  if (nps.detractors > 0) lever = { action: 'follow-up-detractors', vars: { detractors: nps.detractors }, score: npsPoints(npsOf(nps.promoters, 0, n)!) };
  else if (nps.passives > 0) lever = { action: 'convert-passives', vars: { passives: nps.passives }, score: 100 };
  return {
    score,
    inputs: [
      { id: 'accountNps', value: nps.score, asOf: nps.asOf },
      { id: 'respondents', value: n, asOf: nps.asOf },
    ],
    asOf: nps.asOf,
    lever,
  };
}

// ── Support: 100 − unresolved ratio × penalty − breaches × penalty − old open tickets × penalty.
// No ticket in the window and none open is no evidence either way (the unresolved ratio of
// DESIGN §2 has nothing to divide): no data, so an account nobody reads does not score 100.

function support({ tickets, settings, snapshot }: Ctx): Scored {
  if (!tickets || snapshot.tickets.status !== 'ok' || (tickets.open === 0 && tickets.windowTickets === 0)) return NO_DATA;
  const s = settings.support;
  const breachPoints = tickets.breaches.length * s.perBreachPenalty;
  const score = clamp(100 - (tickets.unresolvedRatio ?? 0) * s.unresolvedRatioPenalty - breachPoints - tickets.olderThan30 * s.perOldTicketPenalty);
  const asOf = snapshot.tickets.asOf;
  // Resolving every open ticket clears the unresolved ratio and the old tickets; the breaches
  // stay (a ticket closed late still took longer than its SLA) until they leave the window.
  const resolved = clamp(100 - breachPoints);
  return {
    score,
    inputs: [
      { id: 'unresolvedRatio', value: tickets.unresolvedRatio, asOf },
      { id: 'slaBreaches', value: tickets.breaches.length, asOf },
      { id: 'oldTickets', value: tickets.olderThan30, asOf },
    ],
    asOf,
    lever: tickets.open > 0 && resolved > score ? { action: 'resolve-open-tickets', vars: { tickets: tickets.open, pastSla: tickets.openBreaches }, score: resolved } : null,
  };
}

// ── Finance: by the oldest overdue invoice (unpaid and past its due date). ─────────────────

function financeScore(daysOverdue: number, settings: MetricsSettings): number {
  const f = settings.finance;
  return daysOverdue <= 0 ? 100 : daysOverdue <= f.firstDays ? f.firstScore : daysOverdue <= f.secondDays ? f.secondScore : 0;
}

function finance({ snapshot, settings, today }: Ctx): Scored {
  if (snapshot.invoices.status !== 'ok') return NO_DATA;
  let oldest = 0;
  let overdue = 0;
  for (const i of snapshot.invoices.data) {
    if (i.paidAt !== null || i.dueDate >= today) continue;
    overdue += 1;
    oldest = Math.max(oldest, daysBetween(i.dueDate, today));
  }
  const score = financeScore(oldest, settings);
  return {
    score,
    inputs: [{ id: 'daysOverdue', value: oldest, asOf: snapshot.invoices.asOf }],
    asOf: snapshot.invoices.asOf,
    lever: overdue && score < 100 ? { action: 'collect-overdue-invoices', vars: { invoices: overdue, days: oldest }, score: 100 } : null,
  };
}

// ── Relationship ─────────────────────────────────────────────────────────────────────────
// The touch curve: 100 while the last CSM touch is at most `touchWithinDays` (30) days old,
// then a straight line down to 0 at `zeroAfterDays` (120) days; never touched: 0.
// Champion in place: the touch curve. Champion left (and no other in place): 0.
// No champion known: the touch curve × `noChampionFactor` (½): a CSM who talks to the account
// but has nobody who carries the product inside it is half way there, not all the way.
// Without the contacts we cannot tell whether the champion left, so there is no data.

export function touchScore(daysSinceTouch: number | null, settings: Pick<MetricsSettings, 'relationship'>): number {
  const r = settings.relationship;
  if (daysSinceTouch === null) return 0;
  if (daysSinceTouch <= r.touchWithinDays) return 100;
  return clamp(100 * (1 - (daysSinceTouch - r.touchWithinDays) / Math.max(1, r.zeroAfterDays - r.touchWithinDays)));
}

function relationship({ snapshot, settings, now }: Ctx): Scored {
  if (snapshot.contacts.status !== 'ok') return NO_DATA;
  let champion: string | null = null;
  let left = false;
  for (const c of snapshot.contacts.data) {
    if (!c.isChampion) continue;
    if (!c.hasLeft) {
      champion = c.name;
      break;
    }
    left = true;
  }
  const lastTouch = snapshot.account.lastTouchAt;
  const sinceTouch = lastTouch ? Math.max(0, Math.floor((now.getTime() - isoToMs(lastTouch)) / DAY_MS)) : null;
  const touch = touchScore(sinceTouch, settings);
  const score = champion !== null ? touch : left ? 0 : touch * settings.relationship.noChampionFactor;
  const asOf = snapshot.contacts.asOf;
  let lever: LeverDraft | null = null;
  if (champion === null) lever = { action: 'name-champion', vars: {}, score: 100 };
  else if (touch < 100) lever = { action: 'touch-account', vars: sinceTouch === null ? {} : { days: sinceTouch }, score: 100 };
  return {
    score,
    inputs: [
      { id: 'champion', value: champion ?? (left ? 'left' : null), asOf },
      { id: 'daysSinceTouch', value: sinceTouch, asOf: lastTouch },
    ],
    asOf,
    lever,
  };
}

const SCORERS: Record<MeasureId, (c: Ctx) => Scored> = { usage, adoption, nps, support, finance, relationship };

/** Overall = Σ(weight × score) ÷ Σ(weight) over measures with data; coverage = that weight ÷ all weight. */
export function overallOf(measures: ReadonlyArray<{ weight: number; score: number | null }>): {
  score: number | null;
  coverage: number;
  /** Σ weight and Σ weight × score over the measures with data, for re-scoring one measure cheaply. */
  covered: number;
  sum: number;
} {
  let total = 0;
  let covered = 0;
  let sum = 0;
  for (const m of measures) {
    total += m.weight;
    if (m.score === null) continue;
    covered += m.weight;
    sum += m.weight * m.score;
  }
  return { score: covered ? sum / covered : null, coverage: total ? covered / total : 0, covered, sum };
}

/**
 * The scorecard of DESIGN §2 for one account. Not enough data below 50 % coverage (exactly half
 * is enough); a churned account has no score. The overall score is rounded to a whole point
 * before its band is read, so "75" never shows beside "Needs attention". Each measure's lever is
 * re-scored into the overall score; the biggest one is `biggestLift`.
 */
export function computeHealth(inputs: HealthInputs, now: Date, override: Override | null = null): Health {
  const ctx: Ctx = { ...inputs, now };
  const { settings } = inputs;
  const scored = MEASURES.map((id) => ({ id, weight: settings.weights[id], ...SCORERS[id](ctx) }));
  const { score: raw, coverage, covered, sum } = overallOf(scored);
  let biggestLift: Lever | null = null;
  let bestRaw = 0;
  const measures: Measure[] = scored.map((m) => {
    let lever: Lever | null = null;
    if (m.lever && m.score !== null && raw !== null) {
      const liftedRaw = (sum - m.weight * m.score + m.weight * m.lever.score) / covered;
      lever = { measure: m.id, ...m.lever, points: Math.round(liftedRaw) - Math.round(raw) };
      if (lever.points >= 1 && liftedRaw - raw > bestRaw) {
        bestRaw = liftedRaw - raw;
        biggestLift = lever;
      }
    }
    return {
      id: m.id,
      weight: m.weight,
      score: m.score,
      inputs: m.inputs,
      asOf: m.asOf,
      contribution: m.score === null || !covered ? null : (m.weight * m.score) / covered,
      lever,
    };
  });
  if (inputs.snapshot.account.churned) return { state: 'churned', measures };
  const active: ActiveOverride | null =
    override && isOverrideActive(override, now, inputs.today) ? { ...override, score: clamp(override.score), band: bandOf(clamp(override.score), settings) } : null;
  if (raw === null || coverage < 0.5) return { state: 'not-enough-data', coverage, measures, override: active };
  const score = Math.round(raw);
  return { state: 'scored', score, band: bandOf(score, settings), coverage, measures, biggestLift, override: active };
}

export interface Trend {
  days: 7 | 30 | 90;
  /** Today's score minus the stored score then; null when none was stored near that day. */
  change: number | null;
  /** The stored day compared against. */
  then: { day: string; score: number } | null;
}

/** How many days before the target day a stored score may be and still stand for it. */
export const TREND_TOLERANCE_DAYS = 3;

/**
 * Today's score against the stored daily score 7 / 30 / 90 days ago (never against the last
 * calculation): the stored day on the target date, else the nearest one before it, at most
 * TREND_TOLERANCE_DAYS (3) earlier — the panel is not opened every day, but a score from much
 * earlier would describe another period. Days without a score (not enough data) are skipped.
 */
export function healthTrend(
  todayScore: number | null,
  history: ReadonlyArray<{ day: string; score: number | null }>,
  now: Date,
  timeZone: string,
): Trend[] {
  const today = dayInTimeZone(now, timeZone);
  const candidates = trendDaysOf(today);
  const found: Array<{ back: number; day: string; score: number } | null> = [null, null, null];
  for (const h of history) {
    if (h.score === null) continue;
    const hit = candidates.get(h.day);
    if (hit && (!found[hit.horizon] || hit.back < found[hit.horizon]!.back)) found[hit.horizon] = { back: hit.back, day: h.day, score: h.score };
  }
  return TREND_HORIZONS.map((days, i) => {
    const then = found[i];
    return then ? { days, change: todayScore === null ? null : todayScore - then.score, then: { day: then.day, score: then.score } } : { days, change: null, then: null };
  });
}

const TREND_HORIZONS = [7, 30, 90] as const;

// The stored days that may stand for each horizon, for the last `today` asked (a portfolio
// asks for one day thousands of times).
let trendDays: { today: string; days: Map<string, { horizon: number; back: number }> } | null = null;
function trendDaysOf(today: string): Map<string, { horizon: number; back: number }> {
  if (trendDays?.today === today) return trendDays.days;
  const days = new Map<string, { horizon: number; back: number }>();
  TREND_HORIZONS.forEach((horizon, i) => {
    for (let back = horizon; back <= horizon + TREND_TOLERANCE_DAYS; back++) days.set(addDays(today, -back), { horizon: i, back });
  });
  trendDays = { today, days };
  return days;
}
