import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HUBSPOT_TOKENS } from '../../test/sample-crm/hubspot-api';
import { sampleHubSpot } from '../../test/support/sample-hubspot';
import { useFreshStore } from '../../test/support/store-fixtures';
import { bookBudget, bookSettings } from '../browser/stored-keys';
import type { BookStatus } from '../crm/book';
import type { BookView } from '../messages/book-client';
import { dayInTimeZone, userTimeZone } from '../time/today';
import { refreshBook } from './book-refresh';
import { handleRequest } from './handle-request';

useFreshStore();

const ourPage = { scope: { kind: 'extension-page' as const } };
let sample: ReturnType<typeof sampleHubSpot>;

beforeEach(async () => {
  sample = sampleHubSpot({ today: new Date() });
  vi.stubGlobal('fetch', sample.fetch);
  fakeBrowser.action.setBadgeText = vi.fn(async () => undefined) as never;
  fakeBrowser.action.setBadgeBackgroundColor = vi.fn(async () => undefined) as never;
  // The CSM connected the US portal in Settings; no record of it was opened.
  expect(await handleRequest({ type: 'crm-connect', crm: 'hubspot', token: HUBSPOT_TOKENS.us }, ourPage)).toMatchObject({ ok: true });
  sample.api.resetCount();
});
afterEach(() => vi.unstubAllGlobals());

const refresh = async () => ((await handleRequest({ type: 'book-refresh' }, ourPage)) as { ok: true; value: BookStatus }).value;
const read = async () => ((await handleRequest({ type: 'book-read' }, ourPage)) as { ok: true; value: BookView }).value;

describe('the book refresh of a connected HubSpot portal', () => {
  it('stores exactly the companies the token’s user owns, and counts the portal’s API budget', async () => {
    const status = await refresh();
    expect(status.sources).toEqual([
      expect.objectContaining({ crm: 'hubspot', host: 'app.hubspot.com', source: '4400123', accounts: 300, complete: true }),
    ]);
    expect(status.sources[0]!.unsupported).toBeUndefined();
    const owned = sample.us.objects.companies.filter((c) => c.properties.hubspot_owner_id === sample.us.owners[0]!.id).map((c) => c.id);
    const book = await read();
    expect(book.rows.map((r) => r.accountId).sort()).toEqual(owned.sort());
    expect(book.rows.find((r) => r.name === 'Vertex Freight')).toMatchObject({ crm: 'hubspot', band: 'at-risk', arr: 640000 });
    const requests = sample.api.requests.length;
    expect(requests).toBeLessThanOrEqual(50);
    // Spent by the book today, of the allocation the portal's answers state (search answers state none).
    expect(book.budget).toEqual([expect.objectContaining({ key: 'hubspot:4400123', spent: requests, orgMax: 250_000 })]);
  });

  it('stops when today’s share of the portal’s budget is spent, and says so', async () => {
    await bookSettings.set({ owner: 'mine', lists: {}, intervalHours: 4, budgetShare: 0.02, notify: false });
    // 2 % of 250,000 is 5,000 calls: earlier refreshes today left 20.
    const today = dayInTimeZone(new Date(), userTimeZone());
    await bookBudget.set({ 'hubspot:4400123': { day: today, spent: 4980, orgUsed: 90_000, orgMax: 250_000 } });
    const status = await refresh();
    expect(status.sources[0]).toMatchObject({ source: '4400123', complete: false, stoppedBy: 'budget' });
    expect(sample.api.requests).toHaveLength(20);
    expect((await read()).budget).toEqual([expect.objectContaining({ key: 'hubspot:4400123', spent: 5000 })]);
  });

  it('keeps the book it had when the portal refuses, and the status carries the error', async () => {
    await refresh();
    sample.api.setFaults({ mode: 'daily' });
    const status = await refresh();
    expect(status.sources).toEqual([
      expect.objectContaining({ source: '4400123', accounts: 0, error: expect.objectContaining({ kind: 'rate-limited', code: 'DAILY' }) }),
    ]);
    expect((await read()).rows).toHaveLength(300);
    expect((await read()).status.sources[0]!.error).toMatchObject({ kind: 'rate-limited' });
  });

  it('asks a portal whose day is used up once, nothing more that day, and again the next day', async () => {
    sample.api.setFaults({ mode: 'daily' });
    const first = await refresh();
    expect(first.sources[0]!.error).toMatchObject({ kind: 'rate-limited', code: 'DAILY', limit: 'daily' });
    // No retry of the 429: one request, and its answer said the portal has no calls left today.
    expect(sample.api.requests).toHaveLength(1);
    const again = await refresh();
    expect(again.sources[0]).toMatchObject({ source: '4400123', complete: false, error: { kind: 'rate-limited', limit: 'daily' } });
    expect(sample.api.requests).toHaveLength(1);
    sample.api.setFaults({});
    const tomorrow = await refreshBook(new Date(Date.now() + 86_400_000));
    expect(tomorrow.sources[0]).toMatchObject({ source: '4400123', accounts: 300, complete: true });
  });
});
