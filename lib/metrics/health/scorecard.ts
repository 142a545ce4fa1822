import { adoption } from './adoption.ts';
import { finance } from './finance.ts';
import {
  bandOf,
  MEASURES,
  type Band,
  type HealthInputs,
  type Lever,
  type Measure,
  type MeasureContext,
  type MeasureId,
  type Scored,
} from './measure.ts';
import { nps } from './nps.ts';
import { activeOverrideOf, type ActiveOverride, type Override } from './override.ts';
import { relationship } from './relationship.ts';
import { support } from './support.ts';
import { usage } from './usage.ts';

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

// One file per measure, one line each here: adding a measure touches its file, this line,
// MeasureId and the settings' weights.
const SCORERS: Record<MeasureId, (c: MeasureContext) => Scored> = { usage, adoption, nps, support, finance, relationship };

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
  const ctx: MeasureContext = { ...inputs, now };
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
  const active = activeOverrideOf(override, now, inputs.today, settings);
  if (raw === null || coverage < 0.5) return { state: 'not-enough-data', coverage, measures, override: active };
  const score = Math.round(raw);
  return { state: 'scored', score, band: bandOf(score, settings), coverage, measures, biggestLift, override: active };
}
