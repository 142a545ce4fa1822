import { describe, expect, it } from 'vitest';
import { apiUsageOf, budgetGuard, parseHubSpotDaily, parseLimitInfo } from './api-budget';

const fresh = { day: '2026-11-21', spent: 0, orgUsed: null, orgMax: null };

describe('the book refresh budget', () => {
  it('reads every documented Sforce-Limit-Info form', () => {
    expect(parseLimitInfo('api-usage=18/5000')).toEqual({ used: 18, max: 5000 });
    expect(parseLimitInfo('api-usage=25/5000; per-app-api-usage=17/250(appName=sample-connected-app)')).toEqual({ used: 25, max: 5000 });
    expect(parseLimitInfo('api-usage=110018/100000; api-bursts=1/750')).toEqual({ used: 110018, max: 100000 });
    expect(parseLimitInfo(null)).toBeNull();
  });

  it("reads HubSpot's daily limit headers, and no usage from an answer without them (search)", () => {
    expect(parseHubSpotDaily('250000', '249100')).toEqual({ used: 900, max: 250000 });
    expect(parseHubSpotDaily('250000', '0')).toEqual({ used: 250000, max: 250000 });
    expect(parseHubSpotDaily(null, '10')).toBeNull();
    expect(parseHubSpotDaily('lots', '10')).toBeNull();
    // Browsers hand header names over lower-cased; Headers.get is case-blind either way.
    expect(apiUsageOf(new Headers({ 'X-HubSpot-RateLimit-Daily': '500000', 'X-HubSpot-RateLimit-Daily-Remaining': '499990' }))).toEqual({
      used: 10,
      max: 500000,
    });
    expect(apiUsageOf(new Headers({ 'x-hubspot-correlation-id': 'abc' }))).toBeNull();
    expect(apiUsageOf(null)).toBeNull();
  });

  it('counts with an assumed allocation until the CRM states one, and never lets parallel calls overshoot', () => {
    // 2 % of an assumed 250,000: 5,000. Search answers say nothing; the next answer states 1,000 a day.
    const guard = budgetGuard(fresh, '2026-11-22', 0.02, 250_000);
    expect([guard.allow(), guard.allow(), guard.allow()]).toEqual([true, true, true]);
    guard.record(new Headers());
    guard.record(new Headers({ 'X-HubSpot-RateLimit-Daily': '1000', 'X-HubSpot-RateLimit-Daily-Remaining': '990' }));
    // Now 20 a day: 2 answered, 1 still in flight, so 17 more.
    const more = Array.from({ length: 20 }, () => guard.allow()).filter(Boolean);
    expect(more).toHaveLength(17);
    expect(guard.state()).toEqual({ day: '2026-11-22', spent: 2, orgUsed: 10, orgMax: 1000 });
  });

  it('stops once 2 % of the allocation is spent today, counting earlier refreshes of the day', () => {
    // 2 % of 500 calls: 10.
    const guard = budgetGuard({ day: '2026-11-22', spent: 8, orgUsed: 100, orgMax: 500 }, '2026-11-22', 0.02);
    expect(guard.allow()).toBe(true);
    guard.record(new Headers({ 'Sforce-Limit-Info': 'api-usage=101/500' }));
    expect(guard.allow()).toBe(true);
    guard.record(new Headers({ 'Sforce-Limit-Info': 'api-usage=102/500' }));
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
    expect(guard.orgSpent).toBe(true);
    expect(guard.allow()).toBe(false);
  });

  it('learns from a daily 429 that the portal’s day is used up, and asks again the next day', () => {
    const guard = budgetGuard(fresh, '2026-11-22', 0.02, 250_000);
    expect(guard.allow()).toBe(true);
    guard.record(new Headers({ 'X-HubSpot-RateLimit-Daily': '250000', 'X-HubSpot-RateLimit-Daily-Remaining': '0' }));
    expect(guard.orgSpent).toBe(true);
    expect(guard.allow()).toBe(false);
    // Yesterday's "none left" does not carry over: the next day's first answer says how it stands.
    const next = budgetGuard(guard.state(), '2026-11-23', 0.02, 250_000);
    expect(next.orgSpent).toBe(false);
    expect(next.allow()).toBe(true);
    expect(next.state()).toEqual({ day: '2026-11-23', spent: 0, orgUsed: null, orgMax: 250_000 });
  });
});
