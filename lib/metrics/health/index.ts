// The health score (DESIGN §2): one file per measure, the scorecard that weighs them, the CSM
// override and the trend. Reached through lib/metrics/index.ts; the measure files stay private.
export {
  MEASURES,
  bandOf,
  isBandDrop,
  type Band,
  type HealthInputs,
  type Lever,
  type LeverAction,
  type Measure,
  type MeasureId,
  type MeasureInput,
} from './measure.ts';
export { computeHealth, overallOf, type Health } from './scorecard.ts';
export { activeOverrideOf, isOverrideActive, type ActiveOverride, type Override } from './override.ts';
export { healthTrend, TREND_TOLERANCE_DAYS, type Trend } from './trend.ts';
export { touchScore } from './relationship.ts';
export { nextStepOf, nextStepsOf, type NextStep, type NextStepKey } from './next-step.ts';
