import { describe, expect, it } from 'vitest';
import { sampleSalesforce } from '../../../test/support/sample-fetch';
import { DEFAULT_SALESFORCE_SETTINGS } from '../../settings/salesforce-settings';
import { buildCompositeRequest, fetchSalesforceSnapshot } from './fetch-account-snapshot';

const today = new Date('2026-11-22T12:00:00Z');
const host = 'acme.lightning.force.com';
const ref = (objectType: string, recordId: string) => ({ crm: 'salesforce' as const, host, objectType, recordId });
const deps = (f: typeof fetch) => ({ fetch: f, now: () => today, today: '2026-11-22' });

describe('one account view from the org', () => {
  it('comes in one composite round trip with the account and its lists', async () => {
    const org = sampleSalesforce(today);
    const id = org.book.roles.atRisk;
    org.api.resetCount();
    const result = await fetchSalesforceSnapshot(ref('Account', id), org.session, DEFAULT_SALESFORCE_SETTINGS, deps(org.fetch));
    expect(org.api.requestCount).toBe(1);
    if (!result.ok) throw new Error(result.error.detail);
    const s = result.value;
    expect(s.account.name).toBe('Globex Manufacturing');
    expect(s.tickets.status === 'ok' && s.tickets.data.filter((t) => !t.isClosed)).toHaveLength(5);
    expect(s.tickets.status === 'ok' && s.tickets.data.some((t) => t.priority === 'urgent')).toBe(true);
    expect(s.nps.status === 'ok' && s.nps.data.map((a) => a.score).sort()).toEqual([2, 3, 5, 6, 7]);
    expect(s.contacts.status === 'ok' && s.contacts.data.find((c) => c.isChampion)?.hasLeft).toBe(true);
    expect(s.invoices.status === 'ok' && s.invoices.data).toHaveLength(1);
    expect(s.opportunities.status === 'ok' && s.opportunities.data.some((o) => o.isRenewal && !o.isClosed)).toBe(true);
  });

  it('keeps to the composite limits and reaches the account through a related record', async () => {
    const org = sampleSalesforce(today);
    const account = org.book.roles.healthy;
    const someCase = org.book.cases.find((c) => c.AccountId === account)!;
    const request = buildCompositeRequest(ref('Case', someCase.Id), DEFAULT_SALESFORCE_SETTINGS);
    expect(request.compositeRequest.length).toBeLessThanOrEqual(25);
    expect(request.compositeRequest.filter((r) => r.url.includes('/query?')).length).toBeLessThanOrEqual(5);
    const result = await fetchSalesforceSnapshot(ref('Case', someCase.Id), org.session, DEFAULT_SALESFORCE_SETTINGS, deps(org.fetch));
    expect(result.ok && result.value.account.name).toBe('Northwind Analytics');
  });

  it('opens an account with 10,000 cases with only the cases that matter, in one round trip', async () => {
    const org = sampleSalesforce(today);
    org.api.resetCount();
    const result = await fetchSalesforceSnapshot(ref('Account', org.book.roles.manyCases), org.session, DEFAULT_SALESFORCE_SETTINGS, deps(org.fetch));
    expect(org.api.requestCount).toBe(1);
    expect(result.ok && result.value.tickets.status === 'ok' && result.value.tickets.data.length).toBeLessThan(200);
  });

  it('blanks only NPS when the org has no Feedback Management, and says why', async () => {
    const org = sampleSalesforce(today);
    org.api.setFaults({ missingObjects: ['SurveyQuestionResponse'] });
    const result = await fetchSalesforceSnapshot(ref('Account', org.book.roles.healthy), org.session, DEFAULT_SALESFORCE_SETTINGS, deps(org.fetch));
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.nps).toMatchObject({ status: 'error', error: { kind: 'unsupported-object' } });
    expect(result.value.tickets.status).toBe('ok');
  });

  it('reports a mapped field the org lacks as a settings problem on its own part', async () => {
    const org = sampleSalesforce(today);
    const settings = { ...DEFAULT_SALESFORCE_SETTINGS, fields: { ...DEFAULT_SALESFORCE_SETTINGS.fields, contactLeft: 'Gone__c', activeUsers: 'Users__c' } };
    const result = await fetchSalesforceSnapshot(ref('Account', org.book.roles.healthy), org.session, settings, deps(org.fetch));
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.contacts).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'Gone__c' } });
    expect(result.value.usage).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'Users__c' } });
    expect(result.value.tickets.status).toBe('ok');
  });

  it.each([
    ['session-expired', 'session-expired'],
    ['session-not-valid-for-rest', 'no-api-access'],
    ['api-disabled', 'no-api-access'],
    ['request-limit', 'rate-limited'],
    ['server-error', 'server-error'],
    ['malformed', 'bad-response'],
  ] as const)('an org answering %s gives a %s error', async (mode, kind) => {
    const org = sampleSalesforce(today);
    org.api.setFaults({ mode });
    const result = await fetchSalesforceSnapshot(ref('Account', org.book.roles.healthy), org.session, DEFAULT_SALESFORCE_SETTINGS, deps(org.fetch));
    expect(result).toMatchObject({ ok: false, error: { kind } });
  });

  it('gives up with a timeout when the org does not answer, and says offline when the network is gone', async () => {
    const org = sampleSalesforce(today);
    org.api.setFaults({ mode: 'hang' });
    const hung = await fetchSalesforceSnapshot(ref('Account', org.book.roles.healthy), org.session, DEFAULT_SALESFORCE_SETTINGS, {
      ...deps((input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))),
      timeoutMs: 50,
    });
    expect(hung).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    const offline = await fetchSalesforceSnapshot(ref('Account', org.book.roles.healthy), org.session, DEFAULT_SALESFORCE_SETTINGS, deps(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(offline).toMatchObject({ ok: false, error: { kind: 'offline' } });
  });

  it('follows nextRecordsUrl when a list does not fit in one page', async () => {
    const org = sampleSalesforce(today);
    // Make every case of the big account recent so that thousands qualify.
    for (const c of org.book.cases) if (c.AccountId === org.book.roles.manyCases) c.IsClosed = false;
    org.api.resetCount();
    const result = await fetchSalesforceSnapshot(ref('Account', org.book.roles.manyCases), org.session, DEFAULT_SALESFORCE_SETTINGS, deps(org.fetch));
    expect(result.ok && result.value.tickets.status === 'ok' && result.value.tickets.data.length).toBe(5000);
    expect(org.api.requestCount).toBe(3);
  });
});

describe('sharing a note with the team', () => {
  it('creates a Salesforce Note linked to the account in one all-or-nothing call', async () => {
    const { saveNoteToSalesforce } = await import('./save-note');
    const org = sampleSalesforce(today);
    org.api.resetCount();
    const result = await saveNoteToSalesforce(org.session, org.book.roles.healthy, { title: 'SSO 요청', body: 'Needs <SSO>\nsoon' }, { fetch: org.fetch });
    expect(result.ok).toBe(true);
    expect(org.api.requestCount).toBe(1);
    const [note] = org.api.created.ContentNote!;
    expect(new TextDecoder().decode(Uint8Array.from(atob(String(note!.Content)), (c) => c.charCodeAt(0)))).toBe('<p>Needs &lt;SSO&gt;</p><p>soon</p>');
    expect(org.api.created.ContentDocumentLink![0]).toMatchObject({ ContentDocumentId: note!.Id, LinkedEntityId: org.book.roles.healthy });
  });

  it('leaves nothing behind in the org when the link fails, and says why', async () => {
    const { saveNoteToSalesforce } = await import('./save-note');
    const org = sampleSalesforce(today);
    const result = await saveNoteToSalesforce(org.session, '001000000000000AAA', { title: 't', body: 'b' }, { fetch: org.fetch });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_CROSS_REFERENCE_KEY' } });
    expect(org.api.created.ContentNote).toHaveLength(0);
  });
});
