import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleSalesforce } from '../../test/support/sample-fetch';
import { useFreshStore } from '../../test/support/store-fixtures';
import { ACME_SALESFORCE_SETTINGS } from '../../test/support/acme-settings';
import { bookBudget, bookSettings, connectorSettings, lastVisit } from '../browser/stored-keys';
import { salesforceConnector } from '../crm/salesforce/connector';
import type { BookView } from '../messages/book-client';
import { readHealthHistory } from '../store/health-history';
import { dayInTimeZone, userTimeZone } from '../time/today';
import { handleRequest } from './handle-request';

useFreshStore();

const HOST = 'acme.lightning.force.com';
const ourPage = { scope: { kind: 'extension-page' as const } };
let sample: ReturnType<typeof sampleSalesforce>;
let badge: string;

beforeEach(async () => {
  sample = sampleSalesforce(new Date());
  vi.stubGlobal('fetch', sample.fetch);
  fakeBrowser.cookies.get = vi.fn(async ({ url, name }: { url: string; name: string }) =>
    url === 'https://acme.my.salesforce.com/' && name === 'sid' ? ({ name, value: sample.session.sid } as never) : null,
  ) as never;
  // Acme's admin mapped the custom fields (ARR, usage, champion…).
  await connectorSettings(salesforceConnector).set(ACME_SALESFORCE_SETTINGS);
  badge = '';
  fakeBrowser.action.setBadgeText = vi.fn(async ({ text }: { text: string }) => void (badge = text)) as never;
  fakeBrowser.action.setBadgeBackgroundColor = vi.fn(async () => undefined) as never;
  // The CSM opened one record of the org: the background now knows the org.
  await handleRequest(
    { type: 'snapshot-load', ref: { crm: 'salesforce', host: HOST, objectType: 'Account', recordId: sample.book.roles.healthy } },
    ourPage,
  );
  sample.api.resetCount();
});
afterEach(() => vi.unstubAllGlobals());

const read = async () => ((await handleRequest({ type: 'book-read' }, ourPage)) as { value: BookView }).value;

describe('the book refresh', () => {
  it('stores exactly the owned accounts with their figures and daily score, and badges those needing attention', async () => {
    const status = (await handleRequest({ type: 'book-refresh' }, ourPage)) as { ok: boolean };
    expect(status).toMatchObject({ ok: true, value: { sources: [{ host: HOST, accounts: 300, complete: true }] } });
    // The schema is cached from the record view: two pages, each with its NPS call.
    expect(sample.api.requestCount).toBe(4);
    const book = await read();
    const owned = sample.book.accounts
      .filter((a) => a.OwnerId === sample.book.sampleUser)
      .map((a) => a.Id)
      .sort();
    expect(book.rows.map((r) => r.accountId).sort()).toEqual(owned);
    const vertex = book.rows.find((r) => r.name === 'Vertex Freight')!;
    expect(vertex).toMatchObject({ band: 'at-risk', arr: 640000 });
    expect(await readHealthHistory(vertex.accountKey, dayInTimeZone(new Date(), userTimeZone()))).toEqual([
      { day: dayInTimeZone(new Date(), userTimeZone()), score: vertex.score },
    ]);
    expect(Number(badge)).toBeGreaterThan(0);
    expect(book.budget).toEqual([expect.objectContaining({ key: `salesforce:${HOST}`, spent: 4, orgMax: 15000 })]);
  });

  it('forgets old last visits of accounts out of the book after a complete refresh, and keeps the rest', async () => {
    const refresh = () => handleRequest({ type: 'book-refresh' }, ourPage);
    await refresh();
    const inBook = (await read()).rows[0]!.accountKey;
    const org = inBook.slice(0, inBook.lastIndexOf(':') + 1);
    const [colleague, recent] = sample.book.accounts.filter((a) => a.OwnerId !== sample.book.sampleUser).map((a) => `${org}${a.Id}`);
    const otherOrg = 'salesforce:00D000000000002EAA:001A000000000009AAA';
    const ago = (days: number) => ({
      at: new Date(Date.now() - days * 86_400_000).toISOString(),
      score: 70,
      band: null,
      tickets: null,
      nps: null,
    });
    await lastVisit(inBook).set({ ...ago(700), band: 'needs-attention' });
    await lastVisit(colleague!).set(ago(401));
    await lastVisit(recent!).set(ago(30));
    await lastVisit(otherOrg).set(ago(700));
    // A refresh the budget stopped does not know who left the book: it forgets nothing.
    await bookBudget.set({
      [`salesforce:${HOST}`]: { day: dayInTimeZone(new Date(), userTimeZone()), spent: 299, orgUsed: 5000, orgMax: 15000 },
    });
    await refresh();
    expect(await lastVisit(colleague!).get()).not.toBeNull();
    await bookBudget.set({});
    await refresh();
    expect(await lastVisit(colleague!).get()).toBeNull();
    expect(await lastVisit(inBook).get()).toMatchObject({ band: 'needs-attention' });
    expect(await lastVisit(recent!).get()).not.toBeNull();
    expect(await lastVisit(otherOrg).get()).not.toBeNull();
  });

  it('stops when the day’s share of the API budget is spent, and says so', async () => {
    await bookSettings.set({ owner: 'mine', lists: {}, intervalHours: 4, budgetShare: 0.02, notify: false });
    // 2 % of 15,000 is 300: 299 were spent by earlier refreshes today.
    await bookBudget.set({
      [`salesforce:${HOST}`]: { day: dayInTimeZone(new Date(), userTimeZone()), spent: 299, orgUsed: 5000, orgMax: 15000 },
    });
    const status = await handleRequest({ type: 'book-refresh' }, ourPage);
    expect(status).toMatchObject({ ok: true, value: { sources: [{ complete: false, stoppedBy: 'budget' }] } });
    expect(sample.api.requestCount).toBe(1);
  });

  it('never refreshes for a panel framed in a web page', async () => {
    const answer = await handleRequest({ type: 'book-refresh' }, { scope: { kind: 'framed', host: HOST, frameKey: '7:1' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'WRONG_PAGE' } });
    expect(sample.api.requestCount).toBe(0);
  });
});

describe('the book of a list the CSM chose', () => {
  const framed = { scope: { kind: 'framed' as const, host: HOST, frameKey: '7:1' } };
  const listSettings = (lists: Record<string, { id: string; label: string }>) =>
    bookSettings.set({ owner: 'list', lists, intervalHours: 4, budgetShare: 0.02, notify: false });

  it('offers the org’s list views to our own pages only: a framed panel never spends the API budget', async () => {
    expect(await handleRequest({ type: 'book-sources' }, ourPage)).toEqual({
      ok: true,
      value: [{ crm: 'salesforce', host: HOST, source: null }],
    });
    expect(sample.api.requestCount).toBe(0);
    const where = { type: 'book-lists' as const, crm: 'salesforce' as const, host: HOST };
    expect(await handleRequest(where, framed)).toMatchObject({ ok: false, error: { code: 'WRONG_PAGE' } });
    expect(await handleRequest({ type: 'book-sources' }, framed)).toMatchObject({ ok: false, error: { code: 'WRONG_PAGE' } });
    expect(sample.api.requestCount).toBe(0);
    const answer = (await handleRequest(where, ourPage)) as { ok: true; value: Array<{ label: string }> };
    expect(answer.value.map((v) => v.label)).toEqual(['All Accounts', 'My Accounts', 'My technology customers']);
    expect(sample.api.requestCount).toBe(1);
  });

  it('reads nothing for an org without a chosen list, says so, and keeps the book it had', async () => {
    await handleRequest({ type: 'book-refresh' }, ourPage);
    sample.api.resetCount();
    await listSettings({});
    const status = await handleRequest({ type: 'book-refresh' }, ourPage);
    expect(status).toMatchObject({ ok: true, value: { sources: [{ host: HOST, accounts: 0, complete: false, needsList: true }] } });
    expect(sample.api.requestCount).toBe(0);
    expect((await read()).rows).toHaveLength(300);
  });

  it('stores exactly the chosen view’s accounts, its requests counted in the day’s budget', async () => {
    const view = sample.api.listViews.find((v) => v.label === 'My technology customers')!;
    await listSettings({ [`salesforce:${HOST}`]: { id: view.id, label: view.label } });
    const spentBefore = (await read()).budget[0]?.spent ?? 0;
    const status = await handleRequest({ type: 'book-refresh' }, ourPage);
    const expected = sample.book.accounts
      .filter((a) => a.OwnerId === sample.book.sampleUser && a.Industry === 'Technology' && a.Type === 'Customer - Direct')
      .map((a) => a.Id)
      .sort();
    expect(status).toMatchObject({ ok: true, value: { sources: [{ host: HOST, accounts: expected.length, complete: true }] } });
    const book = await read();
    expect(book.rows.map((r) => r.accountId).sort()).toEqual(expected);
    // The view, its accounts, their NPS answers: each through the budget guard.
    expect(sample.api.requestCount).toBe(3);
    expect(book.budget).toEqual([expect.objectContaining({ key: `salesforce:${HOST}`, spent: spentBefore + 3 })]);
  });
});
