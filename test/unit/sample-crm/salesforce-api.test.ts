import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accountQueries } from '../../../lib/crm/salesforce/queries';
import { DEFAULT_SALESFORCE_SETTINGS } from '../../../lib/settings/salesforce-settings';
import { ACME_SALESFORCE_SETTINGS } from '../../support/acme-settings';
import { schemaWith, STANDARD_FIELDS } from '../../support/schema-builder';
import { buildSampleBook } from '../../sample-crm/book.ts';
import { createSalesforceApi, type SalesforceApiOptions } from '../../sample-crm/salesforce-api.ts';

const today = new Date('2026-11-22T12:00:00Z');
const book = buildSampleBook(today);
const fixture = (file: string): unknown =>
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/salesforce', file), 'utf8'));
const V = '/services/data/v62.0';

function org(options: SalesforceApiOptions = {}) {
  const api = createSalesforceApi(book, options);
  const sid = api.issueSession();
  const call = async (method: string, pathAndQuery: string, body: unknown = undefined, token: string | null = sid) => {
    const answer = await api.handle({
      method,
      url: new URL(`https://acme.my.salesforce.com${pathAndQuery}`),
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
      body: body === undefined ? '' : JSON.stringify(body),
    });
    return answer && { status: answer.status, body: JSON.parse(answer.body) as unknown, headers: answer.headers ?? {} };
  };
  const get = (p: string) => call('GET', p);
  const query = (soql: string) => get(`${V}/query?q=${encodeURIComponent(soql)}`);
  return { api, sid, call, get, query };
}

describe('the sample org’s REST API', () => {
  it('lists its versions without a session, and leaves non-API paths to the page server', async () => {
    const { call, api } = org();
    const versions = await call('GET', '/services/data/', undefined, null);
    expect(versions).toMatchObject({ status: 200 });
    expect(versions!.body).toContainEqual({ label: 'Sample 62.0', url: '/services/data/v62.0', version: '62.0' });
    expect(await api.handle({ method: 'GET', url: new URL('https://acme.my.salesforce.com/login'), headers: {}, body: '' })).toBeNull();
  });

  it('issues sessions as <org id>!<token>, checks the Bearer header and forgets sessions on demand', async () => {
    const { sid, call, api } = org();
    expect(sid).toMatch(new RegExp(`^${book.orgId.slice(0, 15)}!`));
    expect(await call('GET', `${V}/sobjects/Account/${book.roles.healthy}`, undefined, 'wrong')).toEqual({
      status: 401,
      body: fixture('expired_session_response.json'),
      headers: expect.any(Object),
    });
    expect(await call('GET', `${V}/sobjects/Account/${book.roles.healthy}`, undefined, null)).toMatchObject({ status: 401 });
    expect(await call('GET', `${V}/sobjects/Account/${book.roles.healthy}`)).toMatchObject({ status: 200 });
    api.expireSessions();
    expect(await call('GET', `${V}/sobjects/Account/${book.roles.healthy}`)).toMatchObject({
      status: 401,
      body: [{ errorCode: 'INVALID_SESSION_ID' }],
    });
  });

  it('counts the API requests it serves', async () => {
    const { get, api } = org();
    api.resetCount();
    await get(`${V}/sobjects/Account/${book.roles.healthy}`);
    await get(`${V}/sobjects/Account/${book.roles.atRisk}`);
    expect(api.requestCount).toBe(2);
    expect(api.arrivals).toHaveLength(2);
  });

  it('answers queries in the real shape and pages them with nextRecordsUrl', async () => {
    const { query, get } = org({ pageSize: 4 });
    const first = await query(
      `SELECT Id, CaseNumber, Priority FROM Case WHERE AccountId = '${book.roles.atRisk}' ORDER BY CreatedDate DESC`,
    );
    expect(first).toMatchObject({ status: 200, body: { totalSize: 7, done: false } });
    const body = first!.body as { records: Array<{ attributes: { type: string; url: string } }>; nextRecordsUrl: string };
    expect(body.records).toHaveLength(4);
    expect(body.records[0]!.attributes).toEqual({
      type: 'Case',
      url: expect.stringMatching(/^\/services\/data\/v62\.0\/sobjects\/Case\/500\w{15}$/),
    });
    expect(body.nextRecordsUrl).toMatch(/^\/services\/data\/v62\.0\/query\/01g\w{15}-4$/);
    const last = await get(body.nextRecordsUrl);
    expect(last).toMatchObject({ status: 200, body: { totalSize: 7, done: true } });
    expect((last!.body as { records: unknown[]; nextRecordsUrl?: string }).records).toHaveLength(3);
    expect((last!.body as { nextRecordsUrl?: string }).nextRecordsUrl).toBeUndefined();
  });

  it('runs every statement the extension sends against the book', async () => {
    const { query } = org();
    const acme = schemaWith({
      ...STANDARD_FIELDS,
      Account: [...STANDARD_FIELDS.Account, 'Champion__c'],
      Contact: [...STANDARD_FIELDS.Contact, 'Left_Company__c'],
      Contract: [...STANDARD_FIELDS.Contract, 'Contract_Value__c'],
      SurveyQuestionResponse: STANDARD_FIELDS.SurveyQuestionResponse.filter((f) => f !== 'ResponseValue'),
    });
    for (const plan of Object.values(accountQueries(ACME_SALESFORCE_SETTINGS, book.roles.atRisk, acme))) {
      const soql = 'soql' in plan ? plan.soql : '';
      expect(soql).toMatch(/^SELECT/);
      expect(await query(soql)).toMatchObject({ status: 200, body: { done: true } });
    }
  });

  it('reads a whole row, or the fields asked for, with sObject GET', async () => {
    const { get } = org();
    const whole = await get(`${V}/sobjects/Account/${book.roles.atRisk}`);
    expect(whole!.body).toMatchObject({
      attributes: { type: 'Account' },
      Id: book.roles.atRisk,
      Name: 'Globex Manufacturing',
      ARR__c: 250000,
      OwnerId: expect.stringMatching(/^005/),
    });
    const some = await get(`${V}/sobjects/Account/${book.roles.atRisk.slice(0, 15)}?fields=Name,Type`);
    expect(some!.body).toEqual({
      attributes: { type: 'Account', url: `${V}/sobjects/Account/${book.roles.atRisk}` },
      Name: 'Globex Manufacturing',
      Type: 'Customer - Direct',
    });
    // Relationship records come with queries, never with an sObject GET.
    const answer = book.surveyResponses[0]!.Id;
    expect(Object.keys((await get(`${V}/sobjects/SurveyQuestionResponse/${answer}`))!.body as object)).not.toContain('Response');
    expect(await get(`${V}/sobjects/Account/${book.roles.atRisk}?fields=Name,Nope__c`)).toMatchObject({
      status: 400,
      body: [{ errorCode: 'INVALID_FIELD', message: "No such column 'Nope__c' on sobject of type Account" }],
    });
    expect(await get(`${V}/sobjects/Account/001Sa9999999999IAA`)).toMatchObject({ status: 404, body: [{ errorCode: 'NOT_FOUND' }] });
    expect(await get(`${V}/sobjects/Account/foo`)).toMatchObject({
      status: 404,
      body: [{ errorCode: 'NOT_FOUND', message: 'Provided external ID field does not exist or is not accessible: foo' }],
    });
  });

  describe('composite', () => {
    const sub = (referenceId: string, url: string) => ({ method: 'GET', url, referenceId });
    const q = (soql: string) => `${V}/query?q=${encodeURIComponent(soql)}`;

    it('runs subrequests in order with @{ref.field} references, each failing on its own', async () => {
      const { call } = org();
      const someCase = book.cases.find((c) => c.AccountId === book.roles.healthy)!;
      const answer = await call('POST', `${V}/composite`, {
        allOrNone: false,
        compositeRequest: [
          sub('record', `${V}/sobjects/Case/${someCase.Id}?fields=AccountId`),
          sub('account', `${V}/sobjects/Account/@{record.AccountId}`),
          sub('owner', `${V}/sobjects/User/@{account.OwnerId}?fields=Name`),
          sub('bad', q('SELECT Nope__c FROM Contact')),
          sub('contacts', `${V}/query?q=SELECT+Name+FROM+Contact+WHERE+AccountId+%3D+'@{record.AccountId}'`),
          sub('dangling', `${V}/sobjects/Contact/@{account.Nope__c}`),
        ],
      });
      expect(answer!.status).toBe(200);
      const results = (
        answer!.body as { compositeResponse: Array<{ referenceId: string; httpStatusCode: number; body: unknown; httpHeaders: object }> }
      ).compositeResponse;
      expect(results.map((r) => [r.referenceId, r.httpStatusCode])).toEqual([
        ['record', 200],
        ['account', 200],
        ['owner', 200],
        ['bad', 400],
        ['contacts', 200],
        ['dangling', 400],
      ]);
      expect(results[1]!.body).toMatchObject({ Name: 'Northwind Analytics' });
      expect(results[2]!.body).toMatchObject({ Name: 'Dana Whitfield' });
      expect(results[3]!.body).toEqual([
        { errorCode: 'INVALID_FIELD', message: expect.stringContaining("No such column 'Nope__c' on entity 'Contact'") },
      ]);
      expect(results[4]!.body).toMatchObject({ totalSize: 3 });
      expect(results[5]!.body).toEqual([
        { errorCode: 'PROCESSING_HALTED', message: expect.stringContaining('Invalid reference specified') },
      ]);
    });

    it('enforces the documented limits: 25 subrequests, of which 5 queries', async () => {
      const { call } = org();
      const rows = Array.from({ length: 26 }, (_, i) => sub(`r${i}`, `${V}/sobjects/Account/${book.roles.healthy}`));
      expect(await call('POST', `${V}/composite`, { compositeRequest: rows })).toMatchObject({
        status: 400,
        body: [{ errorCode: 'LIMIT_EXCEEDED' }],
      });
      expect(await call('POST', `${V}/composite`, { compositeRequest: rows.slice(0, 25) })).toMatchObject({ status: 200 });
      const queries = Array.from({ length: 6 }, (_, i) => sub(`q${i}`, q('SELECT Id FROM Account LIMIT 1')));
      expect(await call('POST', `${V}/composite`, { compositeRequest: queries })).toMatchObject({
        status: 400,
        body: [{ errorCode: 'LIMIT_EXCEEDED' }],
      });
      expect(await call('POST', `${V}/composite`, { compositeRequest: queries.slice(0, 5) })).toMatchObject({ status: 200 });
    });

    it('rolls everything back under allOrNone when one subrequest fails', async () => {
      const { call, api } = org();
      const answer = await call('POST', `${V}/composite`, {
        allOrNone: true,
        compositeRequest: [
          { method: 'POST', url: `${V}/sobjects/ContentNote`, referenceId: 'note', body: { Title: 't', Content: 'eA==' } },
          {
            method: 'POST',
            url: `${V}/sobjects/ContentDocumentLink`,
            referenceId: 'link',
            body: { ContentDocumentId: '@{note.id}', LinkedEntityId: '001Sa9999999999IAA', ShareType: 'V' },
          },
        ],
      });
      const results = (answer!.body as { compositeResponse: Array<{ httpStatusCode: number; body: Array<{ errorCode: string }> }> })
        .compositeResponse;
      expect(results.map((r) => [r.httpStatusCode, r.body[0]!.errorCode])).toEqual([
        [400, 'PROCESSING_HALTED'],
        [400, 'INVALID_CROSS_REFERENCE_KEY'],
      ]);
      expect(api.created.ContentNote).toHaveLength(0);
    });
  });

  describe('faults', () => {
    it.each([
      ['session-expired', 401, 'expired_session_response.json'],
      ['session-not-valid-for-rest', 401, 'error_session_not_valid_for_rest_401.json'],
      ['api-disabled', 403, 'error_api_disabled_for_org_403.json'],
      ['request-limit', 403, 'error_request_limit_exceeded_403.json'],
    ] as const)('%s answers %i with the real body', async (mode, status, file) => {
      const { get, api } = org();
      api.setFaults({ mode });
      expect(await get(`${V}/sobjects/Account/${book.roles.healthy}`)).toEqual({
        status,
        body: fixture(file),
        headers: expect.any(Object),
      });
    });

    it('server-error answers the HTML page of an outage; malformed a 200 that is not the documented shape', async () => {
      const { api, sid } = org();
      api.setFaults({ mode: 'server-error' });
      const outage = await api.handle({
        method: 'GET',
        url: new URL(`https://acme.my.salesforce.com${V}/sobjects/Account/${book.roles.healthy}`),
        headers: { authorization: `Bearer ${sid}` },
        body: '',
      });
      expect(outage).toMatchObject({ status: 503, headers: { 'content-type': expect.stringContaining('text/html') } });
      api.setFaults({ mode: 'malformed' });
      const odd = await api.handle({
        method: 'GET',
        url: new URL(`https://acme.my.salesforce.com${V}/query?q=SELECT+Id+FROM+Account`),
        headers: { authorization: `Bearer ${sid}` },
        body: '',
      });
      expect(JSON.parse(odd!.body)).toEqual({ unexpected: true, records: 'nope' });
    });

    it('hang never answers; latencyMs delays every answer', async () => {
      const { get, api } = org();
      api.setFaults({ mode: 'hang' });
      const raced = await Promise.race([
        get(`${V}/sobjects/Account/${book.roles.healthy}`),
        new Promise((r) => setTimeout(() => r('still waiting'), 50)),
      ]);
      expect(raced).toBe('still waiting');
      api.setFaults({ latencyMs: 40 });
      const started = performance.now();
      await get(`${V}/sobjects/Account/${book.roles.healthy}`);
      expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    });

    it('failObject INVALID_TYPE makes the org lack the object; SurveyQuestionResponse takes Feedback Management with it', async () => {
      const { query, get, api } = org();
      api.setFaults({ failObject: { SurveyQuestionResponse: 'INVALID_TYPE' } });
      const plan = accountQueries(DEFAULT_SALESFORCE_SETTINGS, book.roles.healthy, schemaWith(STANDARD_FIELDS)).nps;
      const nps = 'soql' in plan ? plan.soql : '';
      expect(await query(nps)).toMatchObject({
        status: 400,
        body: [{ errorCode: 'INVALID_TYPE', message: expect.stringContaining("sObject type 'SurveyQuestionResponse' is not supported.") }],
      });
      expect(await query('SELECT Id FROM SurveySubject')).toMatchObject({ status: 400, body: [{ errorCode: 'INVALID_TYPE' }] });
      expect(await get(`${V}/sobjects/SurveyQuestionResponse/${book.surveyResponses[0]!.Id}`)).toMatchObject({ status: 404 });
      api.setFaults({ failObject: { Case: 'INVALID_TYPE' } });
      expect(await query('SELECT Id FROM Case')).toMatchObject({ status: 400, body: [{ errorCode: 'INVALID_TYPE' }] });
      expect(await query('SELECT Id FROM SurveySubject')).toMatchObject({ status: 200 });
    });

    it('failObject INVALID_FIELD makes the object’s custom fields missing (or its first field, when the query names none)', async () => {
      const { query, get, api } = org();
      api.setFaults({ failObject: { Contact: 'INVALID_FIELD', Case: 'INVALID_FIELD' } });
      expect(await query('SELECT Id, Name, Left_Company__c FROM Contact')).toMatchObject({
        status: 400,
        body: [{ errorCode: 'INVALID_FIELD', message: expect.stringContaining("No such column 'Left_Company__c' on entity 'Contact'") }],
      });
      expect(await query('SELECT Id, CaseNumber FROM Case')).toMatchObject({
        status: 400,
        body: [{ errorCode: 'INVALID_FIELD', message: expect.stringContaining("No such column 'CaseNumber' on entity 'Case'") }],
      });
      expect(Object.keys((await get(`${V}/sobjects/Contact/${book.contacts[0]!.Id}`))!.body as object)).not.toContain('Left_Company__c');
      expect(await query('SELECT Id, Name FROM Account')).toMatchObject({ status: 200 });
    });
  });
});

describe('the sample org’s Account list views', () => {
  it('lists them with their links and SOQL-compatibility, and answers each one’s information and describe', async () => {
    const { get } = org();
    const list = (await get(`${V}/sobjects/Account/listviews`))!.body as { done: boolean; listviews: Array<Record<string, unknown>> };
    expect(list.done).toBe(true);
    expect(list.listviews.map((v) => [v.label, v.soqlCompatible])).toEqual([
      ['All Accounts', true],
      ['My Accounts', true],
      ['My technology customers', true],
      ['Recently Viewed Accounts', false],
    ]);
    const mine = list.listviews[1]!;
    expect(mine.describeUrl).toBe(`${V}/sobjects/Account/listviews/${String(mine.id)}/describe`);
    expect((await get(String(mine.url)))!.body).toEqual(mine);
    const describe = (await get(String(mine.describeUrl)))!.body as { query: string; scope: string };
    expect(describe).toMatchObject({ scope: 'mine', sobjectType: 'Account', id: mine.id });
    expect(describe.query).toMatch(/ FROM Account USING SCOPE mine ORDER BY Name ASC NULLS FIRST, Id ASC NULLS FIRST$/);
    expect(await get(`${V}/sobjects/Account/listviews/00BSa0000000099AAA/describe`)).toMatchObject({
      status: 404,
      body: [{ errorCode: 'NOT_FOUND' }],
    });
  });

  it('runs the book query a list view asks for as the session’s user', async () => {
    const { query } = org();
    const answer = await query("SELECT Id FROM Account USING SCOPE mine WHERE Industry = 'Technology' ORDER BY Name");
    const ids = (answer!.body as { records: Array<{ Id: string }> }).records.map((r) => r.Id).sort();
    expect(ids).toEqual(
      book.accounts
        .filter((a) => a.OwnerId === book.sampleUser && a.Industry === 'Technology')
        .map((a) => a.Id)
        .sort(),
    );
  });
});
