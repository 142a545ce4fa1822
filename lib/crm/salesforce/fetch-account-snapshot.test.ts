import { describe, expect, it } from 'vitest';
import type { SalesforceApiOptions } from '../../../test/sample-crm/salesforce-api';
import { ACME_SALESFORCE_SETTINGS } from '../../../test/support/acme-settings';
import { sampleSalesforce } from '../../../test/support/sample-fetch';
import type { SalesforceSettings } from '../../settings/salesforce-settings';
import type { CrmSchema } from '../schema';
import type { AccountSnapshot } from '../snapshot';
import { describeOrg } from './describe';
import { fetchAccountSnapshot } from './fetch-account-snapshot';
import { CASE_LIMIT } from './queries';

const today = new Date('2026-11-22T12:00:00Z');
const host = 'acme.lightning.force.com';
const ref = (objectType: string, recordId: string) => ({ crm: 'salesforce' as const, host, objectType, recordId });

/** The sample Acme org behind a fake `fetch` (in-process, no sockets), already described (the count starts after). */
async function sampleOrg(options: SalesforceApiOptions = {}) {
  const org = sampleSalesforce(today, options);
  const described = await describeOrg(org.session, null, { fetch: org.fetch, now: () => today });
  if (!described.ok) throw new Error(described.error.detail);
  org.api.resetCount();
  return { ...org, schema: described.value as CrmSchema };
}
type Org = Awaited<ReturnType<typeof sampleOrg>>;

async function view(
  org: Org,
  objectType: string,
  recordId: string,
  settings: SalesforceSettings = ACME_SALESFORCE_SETTINGS,
  fetch = org.fetch,
) {
  return fetchAccountSnapshot(ref(objectType, recordId), org.session, settings, org.schema, {
    fetch,
    now: () => today,
    today: '2026-11-22',
  });
}
async function snapshotOf(org: Org, objectType: string, recordId: string, settings?: SalesforceSettings): Promise<AccountSnapshot> {
  const result = await view(org, objectType, recordId, settings);
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.detail}`);
  return result.value.snapshot;
}
const okData = <T>(part: { status: string }): T => {
  if (part.status !== 'ok') throw new Error(`expected an ok part, got ${JSON.stringify(part)}`);
  return (part as unknown as { data: T }).data;
};

describe('one account view from the org', () => {
  it('comes in one composite round trip with the account and its lists', async () => {
    const org = await sampleOrg();
    const id = org.book.roles.atRisk;
    org.api.resetCount();
    const result = await view(org, 'Account', id);
    expect(org.api.requestCount).toBe(1);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.accountId).toBe(id);
    const s = result.value.snapshot;
    expect(s.account).toMatchObject({ name: 'Globex Manufacturing', ownerName: 'Jiyoon Park', currency: 'USD', arr: 250000 });
    const tickets = okData<Array<{ isClosed: boolean; priority: string | null; createdAt: string }>>(s.tickets);
    expect(tickets.filter((t) => !t.isClosed)).toHaveLength(5);
    expect(tickets.some((t) => t.priority === 'urgent')).toBe(true);
    expect(tickets.every((t) => t.createdAt.endsWith('Z'))).toBe(true);
    expect(
      okData<Array<{ score: number }>>(s.nps)
        .map((a) => a.score)
        .sort(),
    ).toEqual([2, 3, 5, 6, 7]);
    expect(okData<Array<{ isChampion: boolean; hasLeft: boolean }>>(s.contacts).find((c) => c.isChampion)?.hasLeft).toBe(true);
    expect(okData<unknown[]>(s.invoices)).toHaveLength(1);
    expect(okData<Array<{ isRenewal: boolean; isClosed: boolean }>>(s.opportunities).some((o) => o.isRenewal && !o.isClosed)).toBe(true);
    expect(okData<Array<{ termMonths: number; value: number }>>(s.contracts)[0]).toMatchObject({ termMonths: 24, value: 500000 });
  });

  it('sends only statements the org accepts, within the composite limits', async () => {
    const org = await sampleOrg();
    org.api.resetCount();
    const s = await snapshotOf(org, 'Account', org.book.roles.healthy);
    expect(org.api.queries).toHaveLength(5);
    for (const part of [s.tickets, s.opportunities, s.contracts, s.contacts, s.nps, s.usage, s.invoices]) expect(part.status).toBe('ok');
  });

  it.each(['Contact', 'Opportunity', 'Case', 'Contract'] as const)(
    'reaches the account from a %s page in the same single round trip',
    async (type) => {
      const org = await sampleOrg();
      const account = org.book.roles.healthy;
      const table = { Contact: org.book.contacts, Opportunity: org.book.opportunities, Case: org.book.cases, Contract: org.book.contracts }[
        type
      ];
      const record = table.find((r) => r.AccountId === account)!;
      org.api.resetCount();
      const result = await view(org, type, record.Id);
      expect(org.api.requestCount).toBe(1);
      expect(result.ok && result.value.accountId).toBe(account);
      expect(result.ok && result.value.snapshot.account.name).toBe('Northwind Analytics');
    },
  );

  it('reads multi-currency accounts in their own currency', async () => {
    const org = await sampleOrg();
    const s = await snapshotOf(org, 'Account', org.book.roles.korean);
    expect(s.account).toMatchObject({ name: '한빛소프트웨어', currency: 'KRW', arr: 96_000_000 });
  });

  it('shows an account with no data as empty parts, not as errors', async () => {
    const org = await sampleOrg();
    const s = await snapshotOf(org, 'Account', org.book.roles.noData);
    expect(s.account).toMatchObject({ name: 'Stark Logistics', arr: null, renewalDate: null, lastTouchAt: null });
    for (const part of [s.tickets, s.opportunities, s.contracts, s.contacts, s.nps, s.usage, s.invoices])
      expect(okData<unknown[]>(part)).toEqual([]);
  });

  it('opens an account with 10,000 cases with only the cases that matter, in one round trip', async () => {
    const org = await sampleOrg();
    expect(org.book.cases.filter((c) => c.AccountId === org.book.roles.manyCases)).toHaveLength(10_000);
    org.api.resetCount();
    const started = performance.now();
    const s = await snapshotOf(org, 'Account', org.book.roles.manyCases);
    expect(org.api.requestCount).toBe(1);
    expect(okData<unknown[]>(s.tickets)).toHaveLength(12);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('follows nextRecordsUrl when a list does not fit in one page, with one GET per further page', async () => {
    const org = await sampleOrg({ pageSize: 2 });
    org.api.resetCount();
    const s = await snapshotOf(org, 'Account', org.book.roles.atRisk);
    // Globex: 7 cases, 2 opportunities, 1 contract, 3 contacts, 5 NPS answers → 3 + 0 + 0 + 1 + 2 more pages.
    expect(okData<unknown[]>(s.tickets)).toHaveLength(7);
    expect(okData<unknown[]>(s.contacts)).toHaveLength(3);
    expect(okData<unknown[]>(s.nps)).toHaveLength(5);
    expect(org.api.requestCount).toBe(1 + 3 + 1 + 2);
  });

  it('says a list was cut when more pages were left than it reads, with how many records came of how many', async () => {
    // 12 cases, one a page: the first page and 10 more are read, the 12th is left.
    const org = await sampleOrg({ pageSize: 1 });
    const s = await snapshotOf(org, 'Account', org.book.roles.manyCases);
    expect(s.tickets.status === 'ok' && s.tickets.cut).toEqual({ read: 11, total: 12 });
    expect(okData<unknown[]>(s.tickets)).toHaveLength(11);
    // A list that fits is not marked.
    expect(s.contacts.status === 'ok' && s.contacts.cut).toBeUndefined();
  });

  it('caps the cases at one page of open-first cases when an account has thousands open', async () => {
    const org = await sampleOrg();
    for (const c of org.book.cases)
      if (c.AccountId === org.book.roles.manyCases) Object.assign(c, { IsClosed: false, ClosedDate: null, Status: 'Working' });
    org.api.resetCount();
    const s = await snapshotOf(org, 'Account', org.book.roles.manyCases);
    expect(okData<Array<{ isClosed: boolean }>>(s.tickets)).toHaveLength(CASE_LIMIT);
    expect(okData<Array<{ isClosed: boolean }>>(s.tickets).every((t) => !t.isClosed)).toBe(true);
    expect(org.api.requestCount).toBe(1);
  });
});

describe('when part of the org says no', () => {
  const PART = {
    Case: 'tickets',
    Opportunity: 'opportunities',
    Contract: 'contracts',
    Contact: 'contacts',
    SurveyQuestionResponse: 'nps',
  } as const;

  it.each(
    Object.entries(PART).flatMap(([object, part]) =>
      (['INVALID_TYPE', 'INVALID_FIELD'] as const).map((fault) => [object, fault, part] as const),
    ),
  )('%s answering %s blanks only the %s part', async (object, fault, part) => {
    const org = await sampleOrg();
    org.api.setFaults({ failObject: { [object]: fault } });
    const s = await snapshotOf(org, 'Account', org.book.roles.healthy);
    expect(s[part]).toMatchObject({ status: 'error', error: { kind: fault === 'INVALID_TYPE' ? 'unsupported-object' : 'invalid-field' } });
    for (const other of Object.values(PART).filter((p) => p !== part)) expect(s[other].status).toBe('ok');
    expect(s.account.name).toBe('Northwind Analytics');
  });

  it('says the org has no Feedback Management when NPS is not there', async () => {
    const org = await sampleOrg();
    org.api.setFaults({ failObject: { SurveyQuestionResponse: 'INVALID_TYPE' } });
    const s = await snapshotOf(org, 'Account', org.book.roles.healthy);
    expect(s.nps.status === 'error' && s.nps.error.detail).toMatch(/^this org has no Feedback Management/);
  });

  it('names the setting to fix when a mapped field is not in the org', async () => {
    const org = await sampleOrg();
    const settings = {
      ...ACME_SALESFORCE_SETTINGS,
      fields: { ...ACME_SALESFORCE_SETTINGS.fields, contactLeft: 'Gone__c', activeUsers: 'Users__c', contractValue: 'TCV__c' },
    };
    const s = await snapshotOf(org, 'Account', org.book.roles.healthy, settings);
    expect(s.contacts).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'Gone__c' } });
    expect(s.contacts.status === 'error' && s.contacts.error.detail).toContain('setting “contactLeft”');
    expect(s.usage).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'Users__c' } });
    // The contracts still date the renewal; the account names the contract-value setting.
    expect(s.contracts.status).toBe('ok');
    expect(s.account.fieldErrors).toEqual([expect.objectContaining({ kind: 'invalid-field', field: 'TCV__c' })]);
    expect(s.tickets.status).toBe('ok');
    // None of the fields the org lacks was sent.
    expect(org.api.queries.join(' ')).not.toMatch(/Gone__c|Users__c|TCV__c/);
  });

  it('blanks only the part whose subrequest failed in a composite answer', async () => {
    const org = await sampleOrg();
    // A fake fetch that passes the org's answer on with the contracts subrequest failed.
    const failing: typeof fetch = async (input, init) => {
      const answer = await org.fetch(input, init);
      const body = (await answer.json()) as { compositeResponse: Array<{ referenceId: string; body: unknown; httpStatusCode: number }> };
      const contracts = body.compositeResponse.find((r) => r.referenceId === 'contracts')!;
      contracts.httpStatusCode = 500;
      contracts.body = [
        {
          message: 'An unexpected error occurred. Please include this ErrorId if you contact support: 1234-5678',
          errorCode: 'UNKNOWN_EXCEPTION',
        },
      ];
      return new Response(JSON.stringify(body), { status: 200 });
    };
    const result = await view(org, 'Account', org.book.roles.healthy, ACME_SALESFORCE_SETTINGS, failing);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.snapshot.contracts).toMatchObject({ status: 'error', error: { kind: 'server-error', code: 'UNKNOWN_EXCEPTION' } });
    expect(result.value.snapshot.tickets.status).toBe('ok');
  });

  it('fails the whole view with the account’s own error when the account cannot be read', async () => {
    const org = await sampleOrg();
    const deletedCase = '500Sa9999999999IAA';
    expect(await view(org, 'Case', deletedCase)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await view(org, 'Account', '001Sa9999999999IAA')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('says a contact without an account has no account view', async () => {
    const org = await sampleOrg();
    org.book.contacts.push({
      Id: '003Sa0000099999IAA',
      FirstName: 'Pat',
      LastName: 'Private',
      Name: 'Pat Private',
      AccountId: null as unknown as string,
    });
    const result = await view(org, 'Contact', '003Sa0000099999IAA');
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(!result.ok && result.error.detail).toMatch(/not linked to an account/);
  });

  it.each([
    ['session-expired', 'session-expired'],
    ['session-not-valid-for-rest', 'no-api-access'],
    ['api-disabled', 'no-api-access'],
    ['request-limit', 'rate-limited'],
    ['server-error', 'server-error'],
    ['malformed', 'bad-response'],
  ] as const)('an org answering %s gives a %s error', async (mode, kind) => {
    const org = await sampleOrg();
    org.api.setFaults({ mode });
    expect(await view(org, 'Account', org.book.roles.healthy)).toMatchObject({ ok: false, error: { kind } });
  });

  it('says the session expired once the org forgets it', async () => {
    const org = await sampleOrg();
    org.api.expireSessions();
    expect(await view(org, 'Account', org.book.roles.healthy)).toMatchObject({
      ok: false,
      error: { kind: 'session-expired', code: 'INVALID_SESSION_ID' },
    });
  });

  it('gives up with a timeout when the org does not answer, and says offline when the network is gone', async () => {
    const org = await sampleOrg();
    org.api.setFaults({ mode: 'hang' });
    const hung = await fetchAccountSnapshot(ref('Account', org.book.roles.healthy), org.session, ACME_SALESFORCE_SETTINGS, org.schema, {
      fetch: (input, init) =>
        new Promise((resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
          void org.fetch(input, init).then(resolve);
        }),
      now: () => today,
      timeoutMs: 50,
    });
    expect(hung).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    const offline = await view(org, 'Account', org.book.roles.healthy, ACME_SALESFORCE_SETTINGS, () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(offline).toMatchObject({ ok: false, error: { kind: 'offline' } });
  });
});

describe('sharing a note with the team', () => {
  it('creates a Salesforce Note linked to the account in one all-or-nothing call', async () => {
    const { saveNoteToSalesforce } = await import('./save-note');
    const org = await sampleOrg();
    org.api.resetCount();
    const result = await saveNoteToSalesforce(
      org.session,
      org.book.roles.healthy,
      { title: 'SSO 요청', body: 'Needs <SSO>\nsoon' },
      { fetch: org.fetch },
    );
    expect(result.ok).toBe(true);
    expect(org.api.requestCount).toBe(1);
    const [note] = org.api.created.ContentNote!;
    expect(new TextDecoder().decode(Uint8Array.from(atob(String(note!.Content)), (c) => c.charCodeAt(0)))).toBe(
      '<p>Needs &lt;SSO&gt;</p><p>soon</p>',
    );
    expect(org.api.created.ContentDocumentLink![0]).toMatchObject({ ContentDocumentId: note!.Id, LinkedEntityId: org.book.roles.healthy });
  });

  it('leaves nothing behind in the org when the link fails, and says why', async () => {
    const { saveNoteToSalesforce } = await import('./save-note');
    const org = await sampleOrg();
    const result = await saveNoteToSalesforce(org.session, '001000000000000AAA', { title: 't', body: 'b' }, { fetch: org.fetch });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_CROSS_REFERENCE_KEY' } });
    expect(org.api.created.ContentNote).toHaveLength(0);
  });
});
