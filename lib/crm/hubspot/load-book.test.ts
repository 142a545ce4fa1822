import { describe, expect, it } from 'vitest';
import { HUBSPOT_TOKENS } from '../../../test/sample-crm/hubspot-api';
import { hubspotContext } from '../../../test/support/hubspot-context';
import type { BookLoad, BookOwner } from '../book';
import type { CrmResult } from '../errors';
import type { AccountSnapshot } from '../snapshot';
import type { HubSpotSecret } from './connection';
import { hubspotConnector } from './connector';
import { BOOK_MAX_PAGES, loadHubSpotBook } from './load-book';

type Env = Awaited<ReturnType<typeof hubspotContext>>;

const loadBook = (env: Env, owner: BookOwner, mayRequest: () => boolean = () => true, portal = env.us) =>
  hubspotConnector.loadBook!({ host: portal.appHost, source: portal.portalId, owner }, { ...env.ctx, mayRequest });
const value = (result: CrmResult<BookLoad>): BookLoad => {
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.detail}`);
  return result.value;
};
const requestsTo = (env: Env, path: string) => env.api.requests.filter((r) => r.path === path).length;
/** The sample user: every sample token is theirs. */
const me = (env: Env, portal = env.us) => portal.owners[0]!;
const ownedBy = (env: Env, ownerId: string, portal = env.us) =>
  portal.objects.companies.filter((c) => c.properties.hubspot_owner_id === ownerId).map((c) => c.id);

/** The US book straight from the loader, with a recorded sleep in place of the client's waits. */
function loadHubSpotBookWithSleep(env: Env, sleep: (ms: number) => void) {
  const secret = env.secrets.get('hubspot:token:4400123') as HubSpotSecret;
  return loadHubSpotBook(
    { owner: 'mine' },
    {
      http: { fetch: env.ctx.fetch, token: secret.token, sleep: async (ms) => sleep(ms), now: () => env.ctx.now().getTime() },
      cache: env.ctx.cache,
      settings: env.ctx.settings,
      portal: secret,
      now: env.ctx.now,
      today: '2026-11-22',
      mayRequest: () => true,
    },
  );
}

/** A snapshot with each list in one order: the book reads records in batches, the view one company at a time. */
function normalised(snapshot: AccountSnapshot) {
  const byKey = (x: unknown) => JSON.stringify(x);
  const sortPart = (part: unknown) =>
    part && typeof part === 'object' && 'data' in part && Array.isArray(part.data)
      ? { ...part, data: [...(part.data as unknown[])].sort((a, b) => byKey(a).localeCompare(byKey(b))) }
      : part;
  return Object.fromEntries(Object.entries(snapshot).map(([k, v]) => [k, sortPart(v)]));
}

describe('the book of a HubSpot portal', () => {
  it('reads exactly the companies the token’s user owns, in a handful of requests', async () => {
    const env = await hubspotContext();
    const book = value(await loadBook(env, 'mine'));
    expect(book).toMatchObject({ source: '4400123', ownerId: me(env).id, complete: true });
    expect(book.stoppedBy).toBeUndefined();
    const owned = ownedBy(env, me(env).id);
    expect(owned).toHaveLength(300);
    expect(book.accounts.map((a) => a.account.id).sort()).toEqual(owned.sort());
    expect(book.accounts.every((a) => a.account.ownerName === 'Dana Whitfield')).toBe(true);

    // Who the token is, two pages of companies, one association read per type, records 100 at a
    // time, NPS answers 500 contacts a search, and the day's pipelines.
    expect(requestsTo(env, '/oauth/v2/private-apps/get/access-token-info')).toBe(1);
    expect(requestsTo(env, `/crm/v3/owners/${me(env).userId}`)).toBe(1);
    expect(requestsTo(env, '/crm/v3/objects/companies/search')).toBe(2);
    for (const to of ['tickets', 'deals', 'contacts']) expect(requestsTo(env, `/crm/v4/associations/companies/${to}/batch/read`)).toBe(1);
    expect(env.api.requests.some((r) => /^\/crm\/v4\/objects\/companies\/\d+\/associations\//.test(r.path))).toBe(false);
    expect(env.api.requests.length).toBeLessThanOrEqual(50);
  });

  it('maps each company exactly as the account view maps it', async () => {
    const env = await hubspotContext();
    const book = value(await loadBook(env, 'mine'));
    const named = ['Northwind Analytics', 'Stark Logistics', 'Vertex Freight', 'Quill Publishing', 'Ridgeline Insurance'];
    const picked = book.accounts.filter((a, i) => named.includes(a.account.name) || i % 40 === 0);
    expect(picked.length).toBeGreaterThan(8);
    for (const fromBook of picked) {
      const view = await hubspotConnector.loadSnapshot(
        { crm: 'hubspot', host: 'app.hubspot.com', objectType: 'company', recordId: fromBook.account.id, portalId: '4400123' },
        env.ctx,
      );
      if (!view.ok) throw new Error(view.error.detail);
      expect(normalised(fromBook), fromBook.account.name).toEqual(normalised(view.value));
    }
    const vertex = book.accounts.find((a) => a.account.name === 'Vertex Freight')!;
    expect(vertex.account).toMatchObject({ arr: 640000, url: `https://app.hubspot.com/contacts/4400123/record/0-2/${vertex.account.id}` });
  });

  it('reads every company the token can see when the book is everyone’s, with each owner’s name', async () => {
    const env = await hubspotContext();
    const book = value(await loadBook(env, 'all'));
    expect(book).toMatchObject({ ownerId: null, complete: true });
    expect(book.accounts).toHaveLength(env.us.objects.companies.length);
    expect(book.accounts.length).toBeGreaterThan(300);
    expect(book.accounts.find((a) => a.account.name === 'Globex Manufacturing')?.account.ownerName).toBe('Jiyoon Park');
    expect(requestsTo(env, '/oauth/v2/private-apps/get/access-token-info')).toBe(0);
    expect(requestsTo(env, '/crm/v3/owners')).toBe(1);
  });

  it('reads a lead’s team: the companies of every owner who shares a team with the token’s user, nobody else’s', async () => {
    const env = await hubspotContext();
    const book = value(await loadBook(env, 'team'));
    const team = env.us.owners.filter((o) => o.teams.some((t) => me(env).teams.some((m) => m.id === t.id)));
    expect(team.map((o) => `${o.firstName} ${o.lastName}`)).toEqual(['Dana Whitfield', 'Jiyoon Park']);
    const expected = team.flatMap((o) => ownedBy(env, o.id));
    expect(expected.length).toBeGreaterThan(300);
    expect(book).toMatchObject({ ownerId: me(env).id, complete: true });
    expect(book.accounts.map((a) => a.account.id).sort()).toEqual(expected.sort());
    expect(book.accounts.find((a) => a.account.name === 'Globex Manufacturing')?.account.ownerName).toBe('Jiyoon Park');
  });

  it('reads the EU portal’s book with its own pipelines, currency and app host', async () => {
    const env = await hubspotContext();
    const book = value(await loadBook(env, 'all', () => true, env.eu));
    expect(book.source).toBe('26451234');
    expect(book.accounts).toHaveLength(env.eu.objects.companies.length);
    expect(book.accounts.every((a) => a.account.currency === 'EUR' && a.account.url?.startsWith('https://app-eu1.hubspot.com/'))).toBe(
      true,
    );
  });

  it('stops where the budget says no, asking before every request, and says so', async () => {
    const env = await hubspotContext();
    let allowed = 20;
    const book = value(await loadBook(env, 'mine', () => allowed-- > 0));
    expect(book).toMatchObject({ complete: false, stoppedBy: 'budget', ownerId: me(env).id });
    expect(env.api.requests.length).toBe(20);
    env.api.resetCount();
    expect(value(await loadBook(env, 'mine', () => false))).toMatchObject({ accounts: [], complete: false, stoppedBy: 'budget' });
    expect(env.api.requests).toHaveLength(0);
  });

  it('stops after its page limit in a portal of thousands, and says so', async () => {
    const env = await hubspotContext();
    // A portal whose search never runs out: every page is 200 more companies.
    let page = 0;
    const sampleFetch = env.ctx.fetch;
    const endless: typeof fetch = async (input, init) => {
      if (!String(input).endsWith('/crm/v3/objects/companies/search')) return sampleFetch(input, init);
      page += 1;
      const results = Array.from({ length: 200 }, (_, i) => {
        const id = String(70_000_000 + page * 1000 + i);
        return { id, properties: { name: `Company ${id}`, hs_object_id: id }, archived: false };
      });
      return new Response(JSON.stringify({ total: 50_000, results, paging: { next: { after: String(page * 200) } } }));
    };
    const result = await hubspotConnector.loadBook!(
      { host: 'app.hubspot.com', source: '4400123', owner: 'all' },
      { ...env.ctx, fetch: endless, mayRequest: () => true },
    );
    expect(value(result)).toMatchObject({ complete: false, stoppedBy: 'page-limit' });
    expect(value(result).accounts).toHaveLength(BOOK_MAX_PAGES * 200);
    expect(page).toBe(BOOK_MAX_PAGES);
  });
});

describe('a HubSpot book the portal refuses', () => {
  it('says the token was refused (401)', async () => {
    const env = await hubspotContext();
    env.secrets.set('hubspot:token:4400123', { ...(env.secrets.get('hubspot:token:4400123') as object), token: 'pat-na1-revoked' });
    const result = await loadBook(env, 'mine');
    expect(result).toMatchObject({ ok: false, error: { kind: 'session-expired', httpStatus: 401 } });
    expect(!result.ok && result.error.detail).toContain('HubSpot did not say whose token this is');
  });

  it('says the portal’s daily limit is used up (429 DAILY)', async () => {
    const env = await hubspotContext();
    env.api.setFaults({ mode: 'daily' });
    const result = await loadBook(env, 'all');
    expect(result).toMatchObject({ ok: false, error: { kind: 'rate-limited', code: 'DAILY', httpStatus: 429, limit: 'daily' } });
    expect(!result.ok && result.error.detail).toBe('You have reached your daily limit.');
  });

  it('stops at the daily limit met part-way, rather than keep rows whose tickets and contacts were refused', async () => {
    const env = await hubspotContext();
    const fetch = env.ctx.fetch;
    // The day runs out once every company was found: the association reads are refused.
    const result = await hubspotConnector.loadBook!(
      { host: env.us.appHost, source: env.us.portalId, owner: 'all' },
      {
        ...env.ctx,
        fetch: (input, init) => {
          if (String(input).includes('/associations/')) env.api.setFaults({ mode: 'daily' });
          return fetch(input, init);
        },
      },
    );
    expect(result).toMatchObject({ ok: false, error: { kind: 'rate-limited', limit: 'daily' } });
    expect(requestsTo(env, '/crm/v3/objects/tickets/batch/read')).toBe(0);
  });

  it('waits out a ten-second limit quietly and reads the whole book', async () => {
    const env = await hubspotContext();
    env.api.setFaults({ mode: 'ten-secondly', times: 2 });
    const sleeps: number[] = [];
    const book = value(
      await loadHubSpotBookWithSleep(env, (ms) => {
        sleeps.push(ms);
      }),
    );
    expect(book.accounts).toHaveLength(300);
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('says how to connect a portal without a token', async () => {
    const env = await hubspotContext({ tokens: [HUBSPOT_TOKENS.us] });
    expect(await loadBook(env, 'mine', () => true, env.eu)).toMatchObject({
      ok: false,
      error: { kind: 'not-connected', code: 'NO_TOKEN' },
    });
    expect(env.api.requests).toHaveLength(0);
  });
});
