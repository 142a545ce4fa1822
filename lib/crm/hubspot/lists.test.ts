import { describe, expect, it } from 'vitest';
import { HUBSPOT_TOKENS } from '../../../test/sample-crm/hubspot-api';
import { hubspotContext } from '../../../test/support/hubspot-context';
import type { BookList } from '../book';
import { hubspotConnector } from './connector';

type Env = Awaited<ReturnType<typeof hubspotContext>>;

const listNamed = (env: Env, name: string, portal = env.us) => portal.lists.find((l) => l.name === name)!;
const choice = (env: Env, name: string): BookList => ({ id: listNamed(env, name).listId, label: name });
const loadList = (env: Env, list: BookList, portal = env.us) =>
  hubspotConnector.loadBook!(
    { host: portal.appHost, source: portal.portalId, owner: 'list', list },
    { ...env.ctx, mayRequest: () => true },
  );
const requestsTo = (env: Env, pattern: RegExp) => env.api.requests.filter((r) => pattern.test(r.path)).length;

describe('a HubSpot company list as the book', () => {
  it('offers the portal’s lists of companies, never a list of contacts', async () => {
    const env = await hubspotContext();
    const us = await hubspotConnector.bookLists!({ host: env.us.appHost, source: env.us.portalId }, env.ctx);
    expect(us).toEqual({ ok: true, value: [choice(env, 'Key accounts'), choice(env, 'Every customer')] });
    expect(env.us.lists.some((l) => l.objectTypeId === '0-1')).toBe(true);
    // The EU portal has only a contacts list: nothing to offer.
    expect(await hubspotConnector.bookLists!({ host: env.eu.appHost, source: env.eu.portalId }, env.ctx)).toEqual({ ok: true, value: [] });
  });

  it('reads exactly the list’s companies, whoever owns them, with their owners named', async () => {
    const env = await hubspotContext();
    const result = await loadList(env, choice(env, 'Key accounts'));
    if (!result.ok) throw new Error(result.error.detail);
    const members = listNamed(env, 'Key accounts').members;
    expect(
      new Set(env.us.objects.companies.filter((c) => members.includes(c.id)).map((c) => c.properties.hubspot_owner_id)).size,
    ).toBeGreaterThan(1);
    expect(result.value.accounts.map((a) => a.account.id).sort()).toEqual([...members].sort());
    expect(result.value).toMatchObject({ complete: true, ownerId: null, source: env.us.portalId });
    expect(result.value.accounts.every((a) => a.account.ownerName)).toBe(true);
    // The list, its members in one page, batch reads of 100 instead of the owner search.
    expect(requestsTo(env, /^\/crm\/v3\/lists\/\d+$/)).toBe(1);
    expect(requestsTo(env, /\/memberships$/)).toBe(1);
    expect(requestsTo(env, /^\/crm\/v3\/objects\/companies\/batch\/read$/)).toBe(Math.ceil(members.length / 100));
    expect(requestsTo(env, /\/companies\/search$/)).toBe(0);
    expect(requestsTo(env, /access-token-info/)).toBe(0);
  });

  it('pages through the memberships, 250 a page', async () => {
    const env = await hubspotContext();
    const members = listNamed(env, 'Every customer').members;
    expect(members.length).toBeGreaterThan(250);
    const result = await loadList(env, choice(env, 'Every customer'));
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.accounts.map((a) => a.account.id).sort()).toEqual([...members].sort());
    expect(requestsTo(env, /\/memberships$/)).toBe(Math.ceil(members.length / 250));
  });

  it.each([
    [
      'a deleted list',
      (env: Env) => {
        const gone = choice(env, 'Key accounts');
        env.us.lists.splice(
          env.us.lists.findIndex((l) => l.listId === gone.id),
          1,
        );
        return gone;
      },
      { kind: 'not-found', code: 'LIST_GONE', field: 'Key accounts' },
    ],
    [
      'a list of contacts',
      (env: Env) => choice(env, 'Newsletter subscribers'),
      { kind: 'bad-request', code: 'LIST_NOT_COMPANIES', field: 'Newsletter subscribers' },
    ],
  ])('refuses %s with an error naming it, never an empty book', async (_name, pick, expected) => {
    const env = await hubspotContext();
    const result = await loadList(env, pick(env));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject(expected);
    expect(requestsTo(env, /memberships|batch\/read/)).toBe(0);
  });

  it('says which scope the token lacks, and the settings page lists what it unlocks', async () => {
    const env = await hubspotContext({ tokens: [HUBSPOT_TOKENS.usNoLists] });
    const result = await loadList(env, choice(env, 'Key accounts'));
    expect(result).toMatchObject({ ok: false, error: { kind: 'no-api-access', field: 'crm.lists.read', httpStatus: 403 } });
    const picker = await hubspotConnector.bookLists!({ host: env.us.appHost, source: env.us.portalId }, env.ctx);
    expect(picker).toMatchObject({ ok: false, error: { kind: 'no-api-access', field: 'crm.lists.read' } });
    // Connecting such a token names the missing scope at once.
    const secret = env.secrets.get(`hubspot:token:${env.us.portalId}`) as { scopesMissing: string[] };
    expect(secret.scopesMissing).toEqual(['crm.lists.read']);
  });
});
