import type { MetricsSettings } from '../../settings/metrics-settings.ts';
import { bandOf, clamp, type Band } from './measure.ts';

export interface Override {
  score: number;
  reason: string;
  /** An instant, or a date (YYYY-MM-DD) meaning "through that day" in the CSM's time zone. */
  expiresAt: string;
}
export type ActiveOverride = Override & { band: Band };

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

/** The override in force, its score kept within 0–100 and banded like a computed score; else null. */
export function activeOverrideOf(
  override: Override | null,
  now: Date,
  today: string,
  settings: Pick<MetricsSettings, 'bands'>,
): ActiveOverride | null {
  if (!override || !isOverrideActive(override, now, today)) return null;
  const score = clamp(override.score);
  return { ...override, score, band: bandOf(score, settings) };
}
