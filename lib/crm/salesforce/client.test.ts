import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { API_BASE, API_VERSION, salesforceJson, salesforceRequest } from './client';
import { SfQueryResultSchema } from './schemas';

const fixture = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/salesforce', file), 'utf8');
const session = { apiHost: 'acme.my.salesforce.com', sid: '00DSa0000000001!AQtoken', orgId: '00DSa0000000001' };

/** A fake fetch that answers one fixed response and remembers what it was asked. */
function answering(status: number, body: string, headers: Record<string, string> = {}) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    calls.push({ url: String(input), init: init ?? {} });
    return new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });
  };
  return { fetch, calls };
}

describe('one REST call', () => {
  it('goes to the My Domain with the Bearer session, the one API version, no cookies and no redirects', async () => {
    const org = answering(200, fixture('query_empty_response.json'));
    const result = await salesforceJson(session, `${API_BASE}/query?q=SELECT+Id+FROM+Account`, SfQueryResultSchema, { fetch: org.fetch });
    expect(result).toEqual({ ok: true, value: { totalSize: 0, done: true, records: [] } });
    expect(API_VERSION).toMatch(/^v\d+\.0$/);
    const [call] = org.calls;
    expect(call!.url).toBe(`https://acme.my.salesforce.com/services/data/${API_VERSION}/query?q=SELECT+Id+FROM+Account`);
    expect(call!.init.headers).toMatchObject({ Authorization: `Bearer ${session.sid}` });
    expect(call!.init).toMatchObject({ credentials: 'omit', redirect: 'manual' });
  });

  it.each([
    [401, 'expired_session_response.json', 'session-expired'],
    [401, 'error_session_not_valid_for_rest_401.json', 'no-api-access'],
    [403, 'error_api_disabled_for_org_403.json', 'no-api-access'],
    [403, 'error_request_limit_exceeded_403.json', 'rate-limited'],
    [400, 'query_error_response.json', 'invalid-field'],
    [400, 'error_invalid_type_400.json', 'unsupported-object'],
    [404, 'sobject_find_error_response.json', 'not-found'],
    [400, 'composite_subrequest_error_body.json', 'bad-request'],
  ])('HTTP %i with %s is %s', async (status, file, kind) => {
    const result = await salesforceRequest(session, `${API_BASE}/query?q=x`, { fetch: answering(status, fixture(file)).fetch });
    expect(result).toMatchObject({ ok: false, error: { kind, httpStatus: status } });
  });

  it('names API Access Control when the org refuses the browser session for the API', async () => {
    const result = await salesforceRequest(session, `${API_BASE}/query?q=x`, {
      fetch: answering(401, fixture('error_session_not_valid_for_rest_401.json')).fetch,
    });
    expect(!result.ok && result.error.detail).toMatch(/API Access Control/);
    expect(!result.ok && result.error.code).toBe('INVALID_SESSION_ID');
  });

  it('names the field of an INVALID_FIELD answer, and keeps the message, not the statement echo', async () => {
    const body = JSON.stringify([
      {
        message:
          "\nSELECT Id, Left_Company__c FROM Contact\n           ^\nERROR at Row:1:Column:12\nNo such column 'Left_Company__c' on entity 'Contact'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.",
        errorCode: 'INVALID_FIELD',
      },
    ]);
    const result = await salesforceRequest(session, `${API_BASE}/query?q=x`, { fetch: answering(400, body).fetch });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-field', field: 'Left_Company__c' } });
    expect(!result.ok && result.error.detail).toMatch(/^No such column 'Left_Company__c' on entity 'Contact'/);
  });

  it.each([
    [400, '[{"message":"unexpected token: FROM","errorCode":"MALFORMED_QUERY"}]', 'bad-request'],
    [404, '[{"message":"The requested resource does not exist","errorCode":"NOT_FOUND"}]', 'not-found'],
    [500, '[{"message":"An unexpected error occurred","errorCode":"UNKNOWN_EXCEPTION"}]', 'server-error'],
    [503, '<html><body>Service Unavailable</body></html>', 'server-error'],
    [418, 'I am a teapot', 'bad-response'],
  ])('HTTP %i is %s', async (status, body, kind) => {
    const result = await salesforceRequest(session, `${API_BASE}/query?q=x`, { fetch: answering(status, body).fetch });
    expect(result).toMatchObject({ ok: false, error: { kind } });
  });

  it('passes on Retry-After when the org says when to come back', async () => {
    const result = await salesforceRequest(session, `${API_BASE}/query?q=x`, {
      fetch: answering(503, 'busy', { 'retry-after': '30' }).fetch,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'server-error', retryAfterSeconds: 30 } });
  });

  it('treats a redirect as an answer from the wrong host, not as data', async () => {
    const fetch: typeof globalThis.fetch = async () =>
      new Response(null, { status: 302, headers: { location: 'https://login.salesforce.com/' } });
    const result = await salesforceRequest(session, `${API_BASE}/query?q=x`, { fetch });
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad-response', httpStatus: 302 } });
  });

  it('says bad-response for a 200 that is not JSON or not the documented shape', async () => {
    const notJson = await salesforceRequest(session, `${API_BASE}/query?q=x`, { fetch: answering(200, '<html>login</html>').fetch });
    expect(notJson).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    const wrongShape = await salesforceJson(session, `${API_BASE}/query?q=x`, SfQueryResultSchema, {
      fetch: answering(200, '{"records":"nope"}').fetch,
    });
    expect(wrongShape).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
  });

  it('gives up with timeout when the org does not answer in time', async () => {
    const hang: typeof globalThis.fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const result = await salesforceRequest(session, `${API_BASE}/query?q=x`, { fetch: hang, timeoutMs: 20 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    const abortError: typeof globalThis.fetch = () => Promise.reject(new DOMException('The operation was aborted.', 'AbortError'));
    expect(await salesforceRequest(session, `${API_BASE}/query?q=x`, { fetch: abortError })).toMatchObject({
      ok: false,
      error: { kind: 'timeout' },
    });
  });

  it('says offline when fetch cannot reach the network, and marks a cancelled call as such', async () => {
    const offline: typeof globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await salesforceRequest(session, `${API_BASE}/query?q=x`, { fetch: offline })).toMatchObject({
      ok: false,
      error: { kind: 'offline', detail: 'Failed to fetch' },
    });
    const controller = new AbortController();
    const hang: typeof globalThis.fetch = (_input, init) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    const pending = salesforceRequest(session, `${API_BASE}/query?q=x`, { fetch: hang, signal: controller.signal });
    controller.abort();
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'offline', code: 'ABORTED' } });
  });

  it('calls API paths only, so a forged nextRecordsUrl cannot point elsewhere', async () => {
    const org = answering(200, '{}');
    const result = await salesforceRequest(session, '@evil.example/services/data/', { fetch: org.fetch });
    expect(result).toMatchObject({ ok: false, error: { kind: 'bad-request' } });
    expect(org.calls).toHaveLength(0);
  });

  it('never throws, whatever the schema', async () => {
    const result = await salesforceJson(session, `${API_BASE}/x`, z.object({ a: z.number() }), {
      fetch: answering(200, '{"a":"1"}').fetch,
    });
    expect(result.ok).toBe(false);
  });
});
