import { dayInTimeZone } from '../../time/today.ts';
import { addDays } from '../../time/days.ts';

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
    if (hit && (!found[hit.horizon] || hit.back < found[hit.horizon]!.back))
      found[hit.horizon] = { back: hit.back, day: h.day, score: h.score };
  }
  return TREND_HORIZONS.map((days, i) => {
    const then = found[i];
    return then
      ? { days, change: todayScore === null ? null : todayScore - then.score, then: { day: then.day, score: then.score } }
      : { days, change: null, then: null };
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
