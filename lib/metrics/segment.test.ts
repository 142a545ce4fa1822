import { describe, expect, it } from 'vitest';
import { DEFAULT_METRICS_SETTINGS } from '../settings/metrics-settings';
import { customerSegmentOf } from './segment';

const tiers = DEFAULT_METRICS_SETTINGS.segments;

describe('customer segment by ARR', () => {
  it.each([
    [250_000, 'enterprise'],
    [100_000, 'enterprise'],
    [99_999, 'mid-market'],
    [25_000, 'mid-market'],
    [24_999, 'smb'],
    [0, 'smb'],
    [null, 'unknown'],
  ] as const)('an ARR of %s a year is %s with the default tiers', (arr, segment) => {
    expect(customerSegmentOf(arr, tiers)).toBe(segment);
  });

  it('follows the CSM’s own thresholds', () => {
    expect(customerSegmentOf(60_000, { enterpriseFrom: 50_000, midMarketFrom: 10_000 })).toBe('enterprise');
    expect(customerSegmentOf(9_000, { enterpriseFrom: 50_000, midMarketFrom: 10_000 })).toBe('smb');
  });
});
