import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { salesforceError } from './errors';
import { SfCompositeResultSchema, SfErrorBodySchema, SfQueryResultSchema } from './schemas';
import { sfDateTime } from './normalise';

const dir = path.resolve(import.meta.dirname, '../../../test/fixtures/salesforce');
const load = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

// What each real answer must become. A new fixture without an entry fails the last test.
const EXPECTED: Record<string, { query: true } | { composite: true } | { error: string; status: number } | { other: true }> = {
  'query_success_response.json': { query: true },
  'query_paginated_first_page_response.json': { query: true },
  'query_paginated_last_page_response.json': { query: true },
  'query_empty_response.json': { query: true },
  'query_aggregate_success_response.json': { query: true },
  'query_response_account_names.json': { query: true },
  'org_query_response.json': { query: true },
  'query_error_response.json': { error: 'invalid-field', status: 400 },
  'expired_session_response.json': { error: 'session-expired', status: 401 },
  'error_session_not_valid_for_rest_401.json': { error: 'no-api-access', status: 401 },
  'error_api_disabled_for_org_403.json': { error: 'no-api-access', status: 403 },
  'error_request_limit_exceeded_403.json': { error: 'rate-limited', status: 403 },
  'error_invalid_type_400.json': { error: 'unsupported-object', status: 400 },
  'sobject_find_error_response.json': { error: 'not-found', status: 404 },
  'composite_account_snapshot_response.json': { composite: true },
  'composite_subrequest_error_body.json': { error: 'bad-request', status: 400 },
  'composite_request_example.json': { other: true },
  'composite_subrequest_result_created.json': { other: true },
  'services_data_success_response.json': { other: true },
};

describe('real Salesforce answers', () => {
  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const body = load(file);
    if ('query' in expected) {
      const parsed = SfQueryResultSchema.parse(body);
      if (!parsed.done) expect(parsed.nextRecordsUrl).toMatch(/^\/services\/data\//);
      for (const r of parsed.records) for (const v of Object.values(r)) if (typeof v === 'string' && /T\d\d:\d\d/.test(v)) expect(sfDateTime(v)).not.toBeNull();
    } else if ('composite' in expected) {
      const parsed = SfCompositeResultSchema.parse(body);
      const nps = parsed.compositeResponse.find((r) => r.httpStatusCode >= 400)!;
      expect(salesforceError(nps.httpStatusCode, nps.body).kind).toBe('unsupported-object');
    } else if ('error' in expected) {
      expect(SfErrorBodySchema.safeParse(body).success).toBe(true);
      expect(salesforceError(expected.status, body).kind).toBe(expected.error);
    } else {
      expect(body).toBeTruthy();
    }
  });

  it('every fixture file has an expectation', () => {
    expect(readdirSync(dir).filter((f) => f.endsWith('.json')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('reads Salesforce datetimes with a colon-less offset', () => {
    expect(sfDateTime('2011-07-07T00:37:00.000+0000')).toBe('2011-07-07T00:37:00.000+00:00');
    expect(new Date(sfDateTime('2011-07-07T00:37:00.000+0900')!).toISOString()).toBe('2011-07-06T15:37:00.000Z');
  });
});
