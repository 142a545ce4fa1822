import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SALESFORCE_SETTINGS } from '../../settings/salesforce-settings';
import type { CrmErrorKind } from '../errors';
import { explainListError, readListPart } from './fetch-account-snapshot';
import { salesforceError } from './errors';
import { toAccountSnapshot, type RawPart } from './map-snapshot';
import type { ListName } from './queries';
import { SfCompositeResultSchema, SfErrorBodySchema, SfQueryResultSchema, SfVersionsSchema } from './schemas';
import { sfDateTime } from './normalise';

// Every real answer in test/fixtures/salesforce must become a snapshot part or the right typed
// error. A new fixture without an entry here fails the last test, naming the file.
const dir = path.resolve(import.meta.dirname, '../../../test/fixtures/salesforce');
const load = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

type Expectation =
  | { query: true } // a query answer: one list part
  | { composite: true } // the composite answer of one account view
  | { error: CrmErrorKind; status: number }
  | { subrequestResult: true }
  | { compositeRequest: true }
  | { versions: true };

const EXPECTED: Record<string, Expectation> = {
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
  'composite_subrequest_error_body.json': { error: 'bad-request', status: 400 },
  'composite_account_snapshot_response.json': { composite: true },
  'composite_subrequest_result_created.json': { subrequestResult: true },
  'composite_request_example.json': { compositeRequest: true },
  'services_data_success_response.json': { versions: true },
};

const session = { apiHost: 'acme.my.salesforce.com', sid: '00Dxx0000000001!AQ', orgId: '00Dxx0000000001' };
const ctx = {
  settings: DEFAULT_SALESFORCE_SETTINGS,
  pageHost: 'acme.lightning.force.com',
  orgId: session.orgId,
  fetchedAt: '2026-11-22T12:00:00.000Z',
  today: '2026-11-22',
};
const empty: RawPart = { ok: true, records: [] };
/** A fetch that serves the paginated fixtures' next page. */
const nextPages: typeof fetch = async (input) =>
  String(input).endsWith('/services/data/v26.0/query/01gD')
    ? new Response(readFileSync(path.join(dir, 'query_paginated_last_page_response.json'), 'utf8'), { status: 200 })
    : new Response('[{"message":"The requested resource does not exist","errorCode":"NOT_FOUND"}]', { status: 404 });

describe('real Salesforce answers', () => {
  it.each(Object.entries(EXPECTED))('%s', async (file, expected) => {
    const body = load(file);
    if ('query' in expected) {
      const parsed = SfQueryResultSchema.parse(body);
      // As the cases list of a view: every page read, then a part of the snapshot.
      const list = await readListPart(session, { referenceId: 'cases', httpStatusCode: 200, body }, { fetch: nextPages });
      expect(list.ok).toBe(true);
      if (list.ok && !parsed.done) expect(list.records.length).toBeGreaterThan(parsed.records.length);
      const snapshot = toAccountSnapshot(
        {
          account: { Id: '001xx000003DGb2AAG', Name: 'A' },
          cases: list,
          opportunities: empty,
          contracts: empty,
          contacts: empty,
          nps: empty,
        },
        ctx,
      );
      expect(snapshot.ok && snapshot.value.tickets.status).toBe('ok');
      for (const r of parsed.records)
        for (const v of Object.values(r)) if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) expect(sfDateTime(v)).toMatch(/Z$/);
    } else if ('composite' in expected) {
      const parsed = SfCompositeResultSchema.parse(body);
      const sub = (id: string) => parsed.compositeResponse.find((r) => r.referenceId === id);
      const list = async (name: ListName): Promise<RawPart> => {
        const part = await readListPart(
          session,
          sub(name) ?? { referenceId: name, httpStatusCode: 200, body: { totalSize: 0, done: true, records: [] } },
          { fetch: nextPages },
        );
        return part.ok ? part : { ok: false, error: explainListError(name, part.error, DEFAULT_SALESFORCE_SETTINGS) };
      };
      const account = SfQueryResultSchema.parse(sub('account')!.body).records[0]!;
      const result = toAccountSnapshot(
        {
          account,
          cases: await list('cases'),
          opportunities: await list('opportunities'),
          contracts: await list('contracts'),
          contacts: await list('contacts'),
          nps: await list('nps'),
        },
        ctx,
      );
      if (!result.ok) throw new Error(result.error.detail);
      const s = result.value;
      expect(s.account).toMatchObject({ name: 'Hanbit Logistics', currency: 'KRW', ownerName: 'Jiyoon Park' });
      expect(s.tickets.status === 'ok' && s.tickets.data.map((t) => t.createdAt)).toEqual([
        '2026-10-02T01:15:00.000Z',
        '2026-11-18T07:40:00.000Z',
        '2026-09-01T00:00:00.000Z',
        '2026-09-10T00:00:00.000Z',
      ]);
      expect(s.opportunities.status === 'ok' && s.opportunities.data.filter((o) => o.isRenewal)).toHaveLength(1);
      expect(s.contracts).toMatchObject({ status: 'ok', data: [{ isActive: true, termMonths: 12 }] });
      expect(s.nps).toMatchObject({ status: 'error', error: { kind: 'unsupported-object', code: 'INVALID_TYPE' } });
      expect(s.nps.status === 'error' && s.nps.error.detail).toContain('no Feedback Management');
    } else if ('error' in expected) {
      expect(SfErrorBodySchema.safeParse(body).success).toBe(true);
      expect(salesforceError(expected.status, body).kind).toBe(expected.error);
    } else if ('subrequestResult' in expected) {
      expect(SfCompositeResultSchema.parse({ compositeResponse: [body] }).compositeResponse[0]!.httpStatusCode).toBe(201);
    } else if ('compositeRequest' in expected) {
      // The documented request shape our builder follows: referenceIds of word characters, references to earlier ones.
      const subs = (body as { compositeRequest: Array<{ referenceId: string; url: string; body?: unknown }> }).compositeRequest;
      const seen = new Set<string>();
      for (const s of subs) {
        expect(s.referenceId).toMatch(/^\w+$/);
        for (const [, ref] of JSON.stringify(s).matchAll(/@\{(\w+)\./g)) expect(seen.has(ref!)).toBe(true);
        seen.add(s.referenceId);
      }
    } else {
      expect(SfVersionsSchema.parse(body).map((v) => v.version)).toContain('20.0');
    }
  });

  it('every fixture file has an expectation (add one for a new file)', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const missing = files.filter((f) => !(f in EXPECTED));
    expect(missing, `fixtures without an expectation in ${path.basename(import.meta.filename)}`).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((f) => !files.includes(f)),
      'expectations for files that no longer exist',
    ).toEqual([]);
  });
});
