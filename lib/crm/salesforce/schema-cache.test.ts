import { describe, expect, it } from 'vitest';
import { ACME_SALESFORCE_SETTINGS } from '../../../test/support/acme-settings';
import { sampleSalesforce } from '../../../test/support/sample-fetch';
import { DEFAULT_SALESFORCE_SETTINGS } from '../../settings/salesforce-settings';
import { loadSalesforceView } from './load-view';
import { orgSchema, SCHEMA_MAX_AGE_MS, schemaCacheKey } from './schema-cache';

const today = new Date('2026-11-22T12:00:00Z');
const memoryCache = () => {
  const rows = new Map<string, unknown>();
  return { rows, get: async (key: string) => rows.get(key), set: async (key: string, value: unknown) => void rows.set(key, value) };
};

describe('the org’s schema, cached per org', () => {
  it('describes an org once, then serves the cache for a day and describes again after', async () => {
    const org = sampleSalesforce(today);
    const cache = memoryCache();
    let now = today;
    const deps = { fetch: org.fetch, cache, now: () => now };
    expect(await orgSchema(org.session, deps)).toMatchObject({ ok: true, value: { described: true } });
    expect(org.api.requestCount).toBe(1);
    expect(cache.rows.has(schemaCacheKey(org.session.orgId))).toBe(true);
    now = new Date(today.getTime() + SCHEMA_MAX_AGE_MS - 1000);
    expect(await orgSchema(org.session, deps)).toMatchObject({ ok: true, value: { described: false } });
    expect(org.api.requestCount).toBe(1);
    now = new Date(today.getTime() + SCHEMA_MAX_AGE_MS + 1000);
    expect(await orgSchema(org.session, deps)).toMatchObject({ ok: true, value: { described: true } });
    expect(org.api.requestCount).toBe(2);
  });

  it('ignores a cached value that is not a schema of this org, and keeps yesterday’s when the daily refresh fails', async () => {
    const org = sampleSalesforce(today);
    const cache = memoryCache();
    cache.rows.set(schemaCacheKey(org.session.orgId), { garbage: true });
    const first = await orgSchema(org.session, { fetch: org.fetch, cache, now: () => today });
    expect(first.ok && first.value.described).toBe(true);
    org.api.setFaults({ mode: 'server-error' });
    const later = await orgSchema(org.session, { fetch: org.fetch, cache, now: () => new Date(today.getTime() + 2 * SCHEMA_MAX_AGE_MS) });
    expect(later.ok && Object.keys(later.value.schema.objects)).toContain('Account');
    expect(await orgSchema(org.session, { fetch: org.fetch, cache, now: () => today }, { force: true })).toMatchObject({
      ok: false,
      error: { kind: 'server-error' },
    });
  });
});

describe('an account view that knows the org first', () => {
  const ref = (host: string, recordId: string) => ({ crm: 'salesforce' as const, host, objectType: 'Account', recordId });

  it('costs two round trips for the first view of an org and one for every view after', async () => {
    const org = sampleSalesforce(today);
    const deps = { fetch: org.fetch, cache: memoryCache(), now: () => today };
    expect(
      (await loadSalesforceView(ref('acme.lightning.force.com', org.book.roles.healthy), org.session, ACME_SALESFORCE_SETTINGS, deps)).ok,
    ).toBe(true);
    expect(org.api.requestCount).toBe(2);
    await loadSalesforceView(ref('acme.lightning.force.com', org.book.roles.atRisk), org.session, ACME_SALESFORCE_SETTINGS, deps);
    expect(org.api.requestCount).toBe(3);
  });

  it('describes again at once and retries the view once when the org refuses a field the cached schema listed', async () => {
    const org = sampleSalesforce(today);
    const deps = { fetch: org.fetch, cache: memoryCache(), now: () => today };
    await orgSchema(org.session, deps);
    // The admin deletes the contact-left field after the schema was cached.
    org.api.setFaults({ failObject: { Contact: 'INVALID_FIELD' } });
    org.api.resetCount();
    const result = await loadSalesforceView(
      ref('acme.lightning.force.com', org.book.roles.healthy),
      org.session,
      ACME_SALESFORCE_SETTINGS,
      deps,
    );
    // View, describe, view again: the second view no longer names the field, and says which setting to fix.
    expect(org.api.requestCount).toBe(3);
    expect(org.api.describes).toContain('Contact');
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.contacts).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'Left_Company__c' } });
    expect(result.value.contacts.status === 'error' && result.value.contacts.error.detail).toContain('setting “contactLeft”');
    expect(result.value.tickets.status).toBe('ok');
    expect(org.api.queries.filter((q) => q.includes('Left_Company__c'))).toHaveLength(1);
  });

  it('reads a standard org with nothing mapped: no field it lacks is ever named, NPS comes with comments', async () => {
    const org = sampleSalesforce(today, { org: 'globex' });
    const result = await loadSalesforceView(
      ref('globex.lightning.force.com', org.book.roles.korean),
      org.session,
      DEFAULT_SALESFORCE_SETTINGS,
      { fetch: org.fetch, cache: memoryCache(), now: () => today },
    );
    if (!result.ok) throw new Error(result.error.detail);
    expect(org.api.queries.join('\n')).not.toMatch(/__c\b/);
    expect(result.value.contracts).toMatchObject({ status: 'ok', data: [{ isActive: true, endDate: '2027-02-05', termMonths: 12 }] });
    expect(result.value.nps.status === 'ok' && result.value.nps.data.every((a) => a.comment !== null)).toBe(true);
    expect(result.value.account.currency).toBe('KRW');
    expect(result.value.usage).toEqual({ status: 'missing', reason: 'not-mapped' });
  });

  it('leaves NPS missing, with the reason, in an org without Feedback Management', async () => {
    const org = sampleSalesforce(today, { org: 'globex' });
    org.api.setFaults({ missingObjects: ['SurveyQuestionResponse'] });
    const result = await loadSalesforceView(
      ref('globex.lightning.force.com', org.book.roles.healthy),
      org.session,
      DEFAULT_SALESFORCE_SETTINGS,
      { fetch: org.fetch, cache: memoryCache(), now: () => today },
    );
    expect(result.ok && result.value.nps).toEqual({ status: 'missing', reason: 'no-feedback-management' });
    expect(org.api.queries.some((q) => /Survey/.test(q))).toBe(false);
  });
});
