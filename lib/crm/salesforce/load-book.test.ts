import { describe, expect, it } from 'vitest';
import { ACME_SALESFORCE_SETTINGS } from '../../../test/support/acme-settings';
import { describedSampleSalesforce } from '../../../test/support/sample-fetch';
import { fetchAccountSnapshot } from './fetch-account-snapshot';
import { loadSalesforceBook } from './load-book';

const today = new Date('2026-11-22T12:00:00Z');
const host = 'acme.lightning.force.com';

const sampleOrg = () => describedSampleSalesforce(today);

const load = (org: Awaited<ReturnType<typeof sampleOrg>>, owner: 'mine' | 'team' | 'all', mayRequest = () => true) =>
  loadSalesforceBook(org.session, { owner, host }, ACME_SALESFORCE_SETTINGS, org.schema, {
    fetch: org.fetch,
    now: () => today,
    today: '2026-11-22',
    mayRequest,
  });

describe("the user's book from Salesforce", () => {
  it('reads exactly the accounts the session user owns, 300 of them, in four requests', async () => {
    const org = await sampleOrg();
    const result = await load(org, 'mine');
    if (!result.ok) throw new Error(result.error.detail);
    const owned = org.book.accounts
      .filter((a) => a.OwnerId === org.book.sampleUser)
      .map((a) => a.Id)
      .sort();
    expect(result.value.accounts.map((a) => a.account.id).sort()).toEqual(owned);
    expect(result.value).toMatchObject({ complete: true, ownerId: org.book.sampleUser, source: org.session.orgId });
    // Two pages of 200 (the subquery batch size), each with one NPS call.
    expect(org.api.requestCount).toBe(4);
  });

  it('maps each account as the account view does, lists and NPS included', async () => {
    const org = await sampleOrg();
    const result = await load(org, 'mine');
    if (!result.ok) throw new Error(result.error.detail);
    const id = org.book.bookAtRisk[0]!;
    const fromBook = result.value.accounts.find((a) => a.account.id === id)!;
    const single = await fetchAccountSnapshot(
      { crm: 'salesforce', host, objectType: 'Account', recordId: id },
      org.session,
      ACME_SALESFORCE_SETTINGS,
      org.schema,
      { fetch: org.fetch, now: () => today, today: '2026-11-22' },
    );
    if (!single.ok) throw new Error(single.error.detail);
    for (const part of ['tickets', 'opportunities', 'contracts', 'contacts', 'nps', 'usage', 'invoices'] as const) {
      expect(fromBook[part], part).toEqual(single.value.snapshot[part]);
    }
    expect(fromBook.account).toEqual(single.value.snapshot.account);
  });

  it('reads every account the user can see when the scope is "all"', async () => {
    const org = await sampleOrg();
    const result = await load(org, 'all');
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.accounts).toHaveLength(org.book.accounts.length);
    expect(result.value.ownerId).toBeNull();
  });

  it("reads the team's accounts for a lead: their own and their direct reports', nobody else's", async () => {
    const org = await sampleOrg();
    const result = await load(org, 'team');
    if (!result.ok) throw new Error(result.error.detail);
    const team = new Set(
      org.book.users.filter((u) => u.Id === org.book.sampleUser || u.ManagerId === org.book.sampleUser).map((u) => u.Id),
    );
    expect(team.size).toBe(2);
    const expected = org.book.accounts.filter((a) => team.has(a.OwnerId)).map((a) => a.Id);
    expect(expected.length).toBeGreaterThan(300);
    expect(result.value.accounts.map((a) => a.account.id).sort()).toEqual(expected.sort());
    expect(result.value).toMatchObject({ complete: true, ownerId: org.book.sampleUser });
  });

  it('stops when the budget says no, and says so', async () => {
    const org = await sampleOrg();
    let left = 2;
    const result = await load(org, 'mine', () => left-- > 0);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value).toMatchObject({ complete: false, stoppedBy: 'budget' });
    expect(result.value.accounts).toHaveLength(200);
    expect(org.api.requestCount).toBe(2);
  });
});
