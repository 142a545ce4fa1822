import type { MetricsSettings } from '../settings/metrics-settings.ts';

/** Customer tiers, largest first. */
export const CUSTOMER_SEGMENTS = ['enterprise', 'mid-market', 'smb'] as const;
/** A tier, or `unknown` when the account has no ARR to place it by. */
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number] | 'unknown';

/**
 * The customer tier of an account from its ARR and the CSM's thresholds. Not a CRM field: orgs
 * name and fill tiers differently (or not at all), while the ARR is computed for every account.
 */
export function customerSegmentOf(arr: number | null, tiers: MetricsSettings['segments']): CustomerSegment {
  if (arr === null) return 'unknown';
  if (arr >= tiers.enterpriseFrom) return 'enterprise';
  return arr >= tiers.midMarketFrom ? 'mid-market' : 'smb';
}
