import { afterEach, describe, expect, it } from 'vitest';
import { HUBSPOT_TOKENS, roundTrips } from '../../sample-crm/hubspot-api';
import { sampleHubSpot } from '../../support/sample-hubspot';

const sample = sampleHubSpot();
const { api, us, eu } = sample;
const call = async (method: string, path: string, body: unknown = undefined, token: string = HUBSPOT_TOKENS.us) => {
  const answer = (await api.handle({
    method,
    url: new URL(`https://api.hubapi.com${path}`),
    headers: { authorization: `Bearer ${token}` },
    body: body === undefined ? '' : JSON.stringify(body),
  }))!;
  return { status: answer.status, headers: answer.headers ?? {}, body: JSON.parse(answer.body) };
};
const companyNamed = (name: string) => us.objects.companies.find((c) => c.properties.name === name)!;
const ticketsOf = (companyId: string) => us.links.get('companies:tickets')!.filter((l) => l.from === companyId);

afterEach(() => api.setFaults({}));

describe('the sample HubSpot portals', () => {
  it('answer account details per token: the US portal in USD, the EU one on app-eu1 in EUR', async () => {
    const usDetails = await call('GET', '/account-info/v3/details');
    expect(usDetails.body).toMatchObject({
      portalId: 4400123,
      companyCurrency: 'USD',
      timeZone: 'US/Eastern',
      uiDomain: 'app.hubspot.com',
    });
    const euDetails = await call('GET', '/account-info/v3/details', undefined, HUBSPOT_TOKENS.eu);
    expect(euDetails.body).toMatchObject({ portalId: 26451234, companyCurrency: 'EUR', uiDomain: 'app-eu1.hubspot.com' });
  });

  it('read a company with the requested properties as strings; unknown properties are left out, empty ones are null', async () => {
    const northwind = companyNamed('Northwind Analytics');
    const { status, body } = await call(
      'GET',
      `/crm/v3/objects/companies/${northwind.id}?properties=name,arr,licensed_seats,no_such_property,annualrevenue`,
    );
    expect(status).toBe(200);
    expect(body.properties).toMatchObject({ name: 'Northwind Analytics', arr: '120000', licensed_seats: '100', annualrevenue: null });
    expect(body.properties).not.toHaveProperty('no_such_property');
  });

  it('keep one company above 150 tickets, paged through v4 associations and read 100 at a time', async () => {
    const hooli = companyNamed('Hooli Cloud');
    expect(ticketsOf(hooli.id).length).toBeGreaterThan(150);
    const paged = sampleHubSpot({ associationPageSize: 150 });
    const first = await paged.api.handle({
      method: 'GET',
      url: new URL(`https://api.hubapi.com/crm/v4/objects/companies/${hooli.id}/associations/tickets?limit=500`),
      headers: { authorization: `Bearer ${HUBSPOT_TOKENS.us}` },
      body: '',
    });
    const page1 = JSON.parse(first!.body);
    expect(page1.results).toHaveLength(150);
    expect(page1.results[0].associationTypes[0]).toMatchObject({ category: 'HUBSPOT_DEFINED', typeId: 340 });
    const second = await paged.api.handle({
      method: 'GET',
      url: new URL(`https://api.hubapi.com/crm/v4/objects/companies/${hooli.id}/associations/tickets?after=${page1.paging.next.after}`),
      headers: { authorization: `Bearer ${HUBSPOT_TOKENS.us}` },
      body: '',
    });
    expect(JSON.parse(second!.body).results[0].toObjectId).not.toBe(page1.results[0].toObjectId);

    const ids = page1.results.slice(0, 101).map((r: { toObjectId: number }) => ({ id: String(r.toObjectId) }));
    expect((await call('POST', '/crm/v3/objects/tickets/batch/read', { inputs: ids, properties: ['subject'] })).status).toBe(400);
    const read = await call('POST', '/crm/v3/objects/tickets/batch/read', {
      inputs: ids.slice(0, 100),
      properties: ['subject', 'hs_pipeline_stage'],
    });
    expect(read.body.status).toBe('COMPLETE');
    expect(read.body.results).toHaveLength(100);
  });

  it('label the primary company of a contact and the champion among a company’s contacts', async () => {
    const globex = companyNamed('Globex Manufacturing');
    const contacts = (await call('GET', `/crm/v4/objects/companies/${globex.id}/associations/contacts`)).body.results;
    expect(
      contacts.filter((c: { associationTypes: Array<{ label: string | null }> }) => c.associationTypes.some((t) => t.label === 'Champion')),
    ).toHaveLength(1);
    const back = (await call('GET', `/crm/v4/objects/contacts/${contacts[0].toObjectId}/associations/companies`)).body.results;
    expect(back).toEqual([
      { toObjectId: Number(globex.id), associationTypes: expect.arrayContaining([expect.objectContaining({ label: 'Primary' })]) },
    ]);
  });

  it('give each portal its own pipelines: ticket states in the stage metadata', async () => {
    const usPipes = (await call('GET', '/crm/v3/pipelines/tickets')).body.results;
    expect(usPipes.map((p: { label: string }) => p.label)).toEqual(['Support Pipeline', 'Escalations']);
    const euPipes = (await call('GET', '/crm/v3/pipelines/tickets', undefined, HUBSPOT_TOKENS.eu)).body.results;
    expect(euPipes[0].stages.map((s: { id: string; metadata: { ticketState: string } }) => `${s.id}:${s.metadata.ticketState}`)).toEqual([
      '72001:OPEN',
      '72002:OPEN',
      '72009:CLOSED',
    ]);
    expect(eu.objects.companies.length).toBeGreaterThan(0);
  });

  it('search NPS answers by contact (IN) and type, newest first, leaving CSAT out', async () => {
    const globex = companyNamed('Globex Manufacturing');
    const contactIds = us.links
      .get('companies:contacts')!
      .filter((l) => l.from === globex.id)
      .map((l) => l.to);
    const { body } = await call('POST', '/crm/v3/objects/feedback_submissions/search', {
      filterGroups: [
        {
          filters: [
            { propertyName: 'hs_survey_type', operator: 'EQ', value: 'NPS' },
            { propertyName: 'hs_contact_id', operator: 'IN', values: contactIds },
          ],
        },
      ],
      sorts: [{ propertyName: 'hs_submission_timestamp', direction: 'DESCENDING' }],
      properties: ['hs_value', 'hs_survey_type', 'hs_submission_timestamp'],
    });
    expect(body.results.map((r: { properties: { hs_value: string } }) => r.properties.hs_value).sort()).toEqual(['2', '3', '5', '6', '7']);
    const stamps = body.results.map((r: { properties: { hs_submission_timestamp: string } }) => r.properties.hs_submission_timestamp);
    expect(stamps).toEqual([...stamps].sort().reverse());
  });

  it('create a note associated with a company and list owners', async () => {
    const northwind = companyNamed('Northwind Analytics');
    const created = await call('POST', '/crm/v3/objects/notes', {
      properties: { hs_timestamp: '2026-11-22T12:00:00Z', hs_note_body: '<p>QBR done</p>' },
      associations: [{ to: { id: northwind.id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 190 }] }],
    });
    expect(created.status).toBe(201);
    expect(api.notes('4400123').map((n) => n.id)).toContain(created.body.id);
    expect((await call('GET', '/crm/v3/owners?limit=10')).body.results.length).toBeGreaterThan(0);
  });
});

describe('the sample HubSpot portal’s book', () => {
  it('holds the whole book: 300 companies of the token’s user, found by owner through search', async () => {
    const info = await call('POST', '/oauth/v2/private-apps/get/access-token-info', { tokenKey: HUBSPOT_TOKENS.us });
    expect(info.body).toMatchObject({ userId: us.owners[0]!.userId, hubId: 4400123, scopes: expect.arrayContaining(['tickets']) });
    const owner = await call('GET', `/crm/v3/owners/${info.body.userId}?idProperty=userId`);
    expect(owner.body).toMatchObject({ id: us.owners[0]!.id, firstName: 'Dana', lastName: 'Whitfield' });
    const page = await call('POST', '/crm/v3/objects/companies/search', {
      filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: 'EQ', value: owner.body.id }] }],
      properties: ['name'],
      sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }],
      limit: 200,
    });
    expect(page.body.total).toBe(300);
    expect(page.body.results).toHaveLength(200);
    expect(page.body.paging.next.after).toBe('200');
    // HubSpot sends no rate-limit headers with search answers; other answers carry the portal's day.
    expect(page.headers['x-hubspot-ratelimit-daily']).toBeUndefined();
    expect(owner.headers['x-hubspot-ratelimit-daily']).toBe('250000');
    expect(Number(owner.headers['x-hubspot-ratelimit-daily-remaining'])).toBeLessThan(250000);
    expect(us.objects.companies.filter((c) => c.properties.hubspot_owner_id !== owner.body.id).length).toBeGreaterThan(0);
  });

  it('batch-reads associations of many companies: a page each, and a 207 naming the ones without any', async () => {
    const paged = sampleHubSpot({ associationPageSize: 150 });
    const hooli = paged.us.objects.companies.find((c) => c.properties.name === 'Hooli Cloud')!;
    const stark = paged.us.objects.companies.find((c) => c.properties.name === 'Stark Logistics')!;
    const read = async (inputs: unknown[]) =>
      (await paged.api.handle({
        method: 'POST',
        url: new URL('https://api.hubapi.com/crm/v4/associations/companies/tickets/batch/read'),
        headers: { authorization: `Bearer ${HUBSPOT_TOKENS.us}` },
        body: JSON.stringify({ inputs }),
      }))!;
    const first = await read([{ id: hooli.id }, { id: stark.id }]);
    expect(first.status).toBe(207);
    const body = JSON.parse(first.body);
    expect(body.results).toEqual([
      expect.objectContaining({ from: { id: hooli.id }, paging: { next: expect.objectContaining({ after: expect.any(String) }) } }),
    ]);
    expect(body.results[0].to).toHaveLength(150);
    expect(body.results[0].to[0]).toMatchObject({ toObjectId: expect.any(Number), associationTypes: [{ typeId: 340 }] });
    expect(body.errors).toEqual([
      expect.objectContaining({
        category: 'OBJECT_NOT_FOUND',
        subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
        context: expect.objectContaining({ fromObjectId: [stark.id] }),
      }),
    ]);
    const next = JSON.parse((await read([{ id: hooli.id, after: body.results[0].paging.next.after }])).body);
    expect(next.results[0].to[0].toObjectId).not.toBe(body.results[0].to[0].toObjectId);
    expect((await read(Array.from({ length: 1001 }, (_, i) => ({ id: String(i + 1) })))).status).toBe(400);
  });
});

describe('the sample HubSpot faults', () => {
  const northwind = () => companyNamed('Northwind Analytics').id;

  it('refuses a wrong token with the documented 401 body', async () => {
    const { status, body } = await call('GET', `/crm/v3/objects/companies/${northwind()}`, undefined, 'pat-na1-revoked');
    expect(status).toBe(401);
    expect(body).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION' });
  });

  it('names the missing scope of a token without feedback submissions (403 MISSING_SCOPES)', async () => {
    const { status, body } = await call('GET', '/crm/v3/objects/feedback_submissions?limit=1', undefined, HUBSPOT_TOKENS.usNoFeedback);
    expect(status).toBe(403);
    expect(body.errors[0].context.requiredGranularScopes).toEqual(['crm.objects.feedback_submissions.read']);
  });

  it('answers 429 with the policy and rate-limit headers, for a set number of requests', async () => {
    api.setFaults({ mode: 'ten-secondly', times: 1 });
    const limited = await call('GET', `/crm/v3/objects/companies/${northwind()}`);
    expect(limited.status).toBe(429);
    expect(limited.body.policyName).toBe('TEN_SECONDLY_ROLLING');
    expect(limited.headers['x-hubspot-ratelimit-interval-milliseconds']).toBe('10000');
    expect((await call('GET', `/crm/v3/objects/companies/${northwind()}`)).status).toBe(200);
    api.setFaults({ mode: 'daily' });
    expect((await call('GET', `/crm/v3/objects/companies/${northwind()}`)).body.policyName).toBe('DAILY');
  });

  it('answers 500, malformed bodies and latency when asked', async () => {
    api.setFaults({ mode: 'server-error' });
    expect((await call('GET', `/crm/v3/objects/companies/${northwind()}`)).status).toBe(500);
    api.setFaults({ mode: 'malformed', latencyMs: 30 });
    const started = Date.now();
    const malformed = await call('GET', `/crm/v3/objects/companies/${northwind()}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(malformed.body.properties).toBe(7);
  });

  it('counts round trips as the longest chain of requests that waited for an answer', () => {
    expect(
      roundTrips([
        { arrivedAt: 0, answeredAt: 100 },
        { arrivedAt: 1, answeredAt: 101 },
        { arrivedAt: 102, answeredAt: 200 },
        { arrivedAt: 103, answeredAt: 205 },
      ]),
    ).toBe(2);
    expect(
      roundTrips([
        { arrivedAt: 0, answeredAt: 100 },
        { arrivedAt: 100, answeredAt: 150 },
        { arrivedAt: 151, answeredAt: 190 },
      ]),
    ).toBe(3);
  });
});

describe('the sample portals’ lists', () => {
  it('search every list of any object by name, and fetch one by id', async () => {
    const all = await call('POST', '/crm/v3/lists/search', { query: '', count: 2, offset: 0 });
    expect(all.body).toMatchObject({ hasMore: true, offset: 2, total: 3 });
    expect(all.body.lists.map((l: { name: string; objectTypeId: string }) => [l.name, l.objectTypeId])).toEqual([
      ['Key accounts', '0-2'],
      ['Every customer', '0-2'],
    ]);
    const rest = await call('POST', '/crm/v3/lists/search', { query: '', count: 2, offset: 2 });
    expect(rest.body).toMatchObject({ hasMore: false, lists: [{ name: 'Newsletter subscribers', objectTypeId: '0-1' }] });
    expect((await call('POST', '/crm/v3/lists/search', { query: 'KEY' })).body.lists).toHaveLength(1);
    const key = us.lists[0]!;
    expect((await call('GET', `/crm/v3/lists/${key.listId}`)).body).toMatchObject({ list: { listId: key.listId, name: 'Key accounts' } });
    expect(await call('GET', '/crm/v3/lists/999999')).toMatchObject({ status: 404, body: { category: 'OBJECT_NOT_FOUND' } });
  });

  it('page memberships by ascending record id, at most 250 a page', async () => {
    const every = us.lists.find((l) => l.name === 'Every customer')!;
    const first = await call('GET', `/crm/v3/lists/${every.listId}/memberships?limit=1000`);
    expect(first.body.results).toHaveLength(250);
    expect(first.body.results[0]).toEqual({ recordId: expect.any(String), membershipTimestamp: expect.any(String) });
    const second = await call('GET', `/crm/v3/lists/${every.listId}/memberships?limit=250&after=${first.body.paging.next.after}`);
    const ids = [...first.body.results, ...second.body.results].map((r: { recordId: string }) => r.recordId);
    expect(ids).toEqual([...every.members].sort((a, b) => Number(a) - Number(b)));
    expect(second.body.paging).toBeUndefined();
  });

  it('refuse a token without crm.lists.read', async () => {
    const answer = await call('POST', '/crm/v3/lists/search', {}, HUBSPOT_TOKENS.usNoLists);
    expect(answer).toMatchObject({
      status: 403,
      body: { category: 'MISSING_SCOPES', errors: [{ context: { requiredGranularScopes: ['crm.lists.read'] } }] },
    });
  });
});
