import { describe, expect, it } from 'vitest';
import { ACME_SALESFORCE_SETTINGS } from '../../../test/support/acme-settings';
import { describedSampleSalesforce } from '../../../test/support/sample-fetch';
import { readAccountListViews } from './list-views';
import { bookAccountQuery, loadSalesforceBook } from './load-book';

const today = new Date('2026-11-22T12:00:00Z');
const host = 'acme.lightning.force.com';

const sampleOrg = () => describedSampleSalesforce(today);
type Org = Awaited<ReturnType<typeof sampleOrg>>;

const view = (org: Org, label: string) => {
  const found = org.api.listViews.find((v) => v.label === label)!;
  return { id: found.id, label: found.label };
};
const loadList = (org: Org, list: { id: string; label: string }, mayRequest = () => true) =>
  loadSalesforceBook(org.session, { owner: 'list', list, host }, ACME_SALESFORCE_SETTINGS, org.schema, {
    fetch: org.fetch,
    now: () => today,
    today: '2026-11-22',
    mayRequest,
  });
const idsOf = (result: Awaited<ReturnType<typeof loadList>>) => {
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.detail}`);
  return result.value.accounts.map((a) => a.account.id).sort();
};

describe('the book query over a list view', () => {
  it('takes the view’s scope and condition whole, quoted ORDER BY included, before its own order', async () => {
    const org = await sampleOrg();
    const where = "Name != 'Pilot ORDER BY Name LIMIT 1' AND Type = 'Customer - Direct'";
    const { soql } = bookAccountQuery(ACME_SALESFORCE_SETTINGS, org.schema, { listView: { scope: 'mine', where } });
    expect(soql).toMatch(/^SELECT Id, Name, .*\(SELECT .* FROM Cases .*\) FROM Account USING SCOPE mine WHERE .* ORDER BY Name$/);
    expect(soql.endsWith(`FROM Account USING SCOPE mine WHERE ${where} ORDER BY Name`)).toBe(true);
  });

  it('reads every account with neither scope nor condition', async () => {
    const org = await sampleOrg();
    const { soql } = bookAccountQuery(ACME_SALESFORCE_SETTINGS, org.schema, { listView: { scope: null, where: null } });
    expect(soql.endsWith(') FROM Account ORDER BY Name')).toBe(true);
  });
});

describe('a Salesforce list view as the book', () => {
  it('offers the org’s Account list views the book can read, not those that are not SOQL-compatible', async () => {
    const org = await sampleOrg();
    const views = await readAccountListViews(org.session, { fetch: org.fetch });
    expect(views).toEqual({
      ok: true,
      value: ['All Accounts', 'My Accounts', 'My technology customers'].map((label) => view(org, label)),
    });
    expect(org.api.requestCount).toBe(1);
  });

  it('reads exactly the accounts of a filtered view, in one request more than the owner’s book', async () => {
    const org = await sampleOrg();
    const result = await loadList(org, view(org, 'My technology customers'));
    const expected = org.book.accounts
      .filter((a) => a.OwnerId === org.book.sampleUser && a.Industry === 'Technology' && a.Type === 'Customer - Direct')
      .map((a) => a.Id)
      .sort();
    expect(expected.length).toBeGreaterThan(10);
    expect(expected.length).toBeLessThan(200);
    expect(idsOf(result)).toEqual(expected);
    expect(result.ok && result.value).toMatchObject({ complete: true, ownerId: null, source: org.session.orgId });
    // The view (one composite: its information and describe), its accounts, their NPS answers.
    expect(org.api.requestCount).toBe(3);
    expect(org.api.queries.find((q) => q.includes('FROM Account USING SCOPE mine WHERE'))).toBeDefined();
  });

  it('reads the session user’s accounts through “My Accounts” (USING SCOPE mine), and every one through “All Accounts”', async () => {
    const org = await sampleOrg();
    const mine = org.book.accounts.filter((a) => a.OwnerId === org.book.sampleUser).map((a) => a.Id);
    expect(idsOf(await loadList(org, view(org, 'My Accounts')))).toEqual(mine.sort());
    expect(idsOf(await loadList(org, view(org, 'All Accounts')))).toHaveLength(org.book.accounts.length);
  });

  it.each([
    [
      'a deleted view',
      (org: Org) => {
        const gone = view(org, 'My technology customers');
        org.api.listViews.splice(
          org.api.listViews.findIndex((v) => v.id === gone.id),
          1,
        );
        return gone;
      },
      { kind: 'not-found', code: 'LIST_VIEW_GONE', field: 'My technology customers' },
    ],
    [
      'a view that is not SOQL-compatible',
      (org: Org) => view(org, 'Recently Viewed Accounts'),
      { kind: 'bad-request', code: 'LIST_VIEW_NOT_SOQL', field: 'Recently Viewed Accounts' },
    ],
    [
      'a view whose statement the book cannot reuse',
      (org: Org) => {
        org.api.listViews[2]!.where = "Name = 'unterminated";
        return view(org, 'My technology customers');
      },
      { kind: 'bad-request', code: 'LIST_VIEW_UNREADABLE', field: 'My technology customers' },
    ],
  ])('refuses %s with an error naming it, never an empty book', async (_name, pick, expected) => {
    const org = await sampleOrg();
    const result = await loadList(org, pick(org));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject(expected);
    // Nothing but the view itself was asked for.
    expect(org.api.requestCount).toBe(1);
  });

  it('counts the view’s request against the budget and stops when the budget says no', async () => {
    const org = await sampleOrg();
    let left = 1;
    const result = await loadList(org, view(org, 'My Accounts'), () => left-- > 0);
    expect(result).toMatchObject({ ok: true, value: { complete: false, stoppedBy: 'budget', accounts: [] } });
    expect(org.api.requestCount).toBe(1);
  });
});
