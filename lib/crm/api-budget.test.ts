import { describe, expect, it } from 'vitest';
import { budgetGuard, parseLimitInfo } from './api-budget';

const fresh = { day: '2026-11-21', spent: 0, orgUsed: null, orgMax: null };

describe('the book refresh budget', () => {
  it('reads every documented Sforce-Limit-Info form', () => {
    expect(parseLimitInfo('api-usage=18/5000')).toEqual({ used: 18, max: 5000 });
    expect(parseLimitInfo('api-usage=25/5000; per-app-api-usage=17/250(appName=sample-connected-app)')).toEqual({ used: 25, max: 5000 });
    expect(parseLimitInfo('api-usage=110018/100000; api-bursts=1/750')).toEqual({ used: 110018, max: 100000 });
    expect(parseLimitInfo(null)).toBeNull();
  });

  it('stops once 2 % of the allocation is spent today, counting earlier refreshes of the day', () => {
    // 2 % of 500 calls: 10.
    const guard = budgetGuard({ day: '2026-11-22', spent: 8, orgUsed: 100, orgMax: 500 }, '2026-11-22', 0.02);
    expect(guard.allow()).toBe(true);
    guard.record('api-usage=101/500');
    expect(guard.allow()).toBe(true);
    guard.record('api-usage=102/500');
    expect(guard.allow()).toBe(false);
    expect(guard.refused).toBe(true);
    expect(guard.state()).toEqual({ day: '2026-11-22', spent: 10, orgUsed: 102, orgMax: 500 });
  });

  it('starts a new day from zero, and allows one request to learn the allocation', () => {
    const guard = budgetGuard(fresh, '2026-11-22', 0.02);
    expect(guard.allow()).toBe(true);
    guard.record(null);
    expect(guard.allow()).toBe(false);
    const next = budgetGuard({ ...fresh, spent: 300, orgUsed: 10, orgMax: 15000 }, '2026-11-22', 0.02);
    expect(next.allow()).toBe(true);
  });

  it('spends nothing when the org has no calls left, whatever the share', () => {
    const guard = budgetGuard({ day: '2026-11-22', spent: 0, orgUsed: 110018, orgMax: 100000 }, '2026-11-22', 0.02);
    expect(guard.allow()).toBe(false);
  });
});
