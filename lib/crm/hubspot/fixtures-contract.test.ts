import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { CrmErrorKind } from '../errors';
import type { NpsAnswer, Opportunity, Ticket } from '../snapshot';
import { hubspotError } from './errors';
import { toAccountSnapshot } from './map-snapshot';
import { readStages, type Stages } from './pipelines';
import { toFieldInfo } from './read-schema';
import { primaryOf, readAssociationsBatch } from './requests';
import { noteRequest } from './save-note';
import {
  HsAccountDetailsSchema,
  HsAssociationBatchSchema,
  HsAssociationsPageSchema,
  HsBatchReadSchema,
  HsObjectSchema,
  HsOwnerListSchema,
  HsPipelinesSchema,
  HsPropertyListSchema,
  HsSearchPageSchema,
  HsTokenInfoSchema,
} from './schemas';
import { DEFAULT_HUBSPOT_SETTINGS } from './settings';

// Every real answer in test/fixtures/hubspot must parse with the connector's schemas or become the
// right typed error. A new fixture without an entry here fails the last test, naming the file.
const dir = path.resolve(import.meta.dirname, '../../../test/fixtures/hubspot');
const load = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));

/** The shape of the search requests Success Lens sends (filters, properties, sorts, limit). */
const SearchRequestSchema = z.strictObject({
  filterGroups: z.array(
    z.strictObject({
      filters: z.array(
        z.strictObject({
          propertyName: z.string(),
          operator: z.string(),
          value: z.string().optional(),
          values: z.array(z.string()).optional(),
        }),
      ),
    }),
  ),
  properties: z.array(z.string()),
  sorts: z.array(z.strictObject({ propertyName: z.string(), direction: z.enum(['ASCENDING', 'DESCENDING']) })).optional(),
  limit: z.number().int().max(200).optional(),
});

type Expectation =
  { schema: z.ZodType } | { error: CrmErrorKind; status: number; code?: string; field?: string } | { request: 'search' | 'note' };
const EXPECTED: Record<string, Expectation> = {
  'account_info_details_response.json': { schema: HsAccountDetailsSchema },
  'associations_v4_company_to_tickets_response.json': { schema: HsAssociationsPageSchema },
  'associations_v4_company_to_tickets_last_page_response.json': { schema: HsAssociationsPageSchema },
  'own_associations_v4_batch_read_companies_to_contacts_response.json': { schema: HsAssociationBatchSchema },
  'own_private_app_access_token_info_response.json': { schema: HsTokenInfoSchema },
  'companies_search_request.json': { request: 'search' },
  'own_companies_search_by_owner_request.json': { request: 'search' },
  'companies_search_response.json': { schema: HsSearchPageSchema },
  'own_companies_search_by_owner_response.json': { schema: HsSearchPageSchema },
  'search_response_reference_example.json': { schema: HsSearchPageSchema },
  'deals_search_response.json': { schema: HsSearchPageSchema },
  'feedback_submissions_nps_search_response.json': { schema: HsSearchPageSchema },
  'company_get_response.json': { schema: HsObjectSchema },
  'feedback_submission_csat_example.json': { schema: HsObjectSchema },
  'own_notes_create_response.json': { schema: HsObjectSchema },
  'notes_create_request.json': { request: 'note' },
  'tickets_batch_read_response.json': { schema: HsBatchReadSchema },
  'own_pipelines_deals_response.json': { schema: HsPipelinesSchema },
  'own_pipelines_tickets_response.json': { schema: HsPipelinesSchema },
  'own_properties_companies_response.json': { schema: HsPropertyListSchema },
  'own_properties_deals_response.json': { schema: HsPropertyListSchema },
  'own_properties_tickets_response.json': { schema: HsPropertyListSchema },
  'properties_list_example_response.json': { schema: HsPropertyListSchema },
  'owners_list_response.json': { schema: HsOwnerListSchema },
  'owners_archived_response.json': { schema: HsOwnerListSchema },
  'error_unauthorized_401.json': { error: 'session-expired', status: 401, code: 'INVALID_AUTHENTICATION' },
  'error_missing_scopes_403.json': {
    error: 'no-api-access',
    status: 403,
    code: 'MISSING_SCOPES',
    field: 'crm.objects.feedback_submissions.read',
  },
  'own_error_missing_scopes_403_required_scopes.json': {
    error: 'no-api-access',
    status: 403,
    code: 'MISSING_SCOPES',
    field: 'crm.objects.owners.read',
  },
  'rate_limit_429_daily.json': { error: 'rate-limited', status: 429, code: 'DAILY' },
  'rate_limit_429_ten_secondly.json': { error: 'rate-limited', status: 429, code: 'TEN_SECONDLY_ROLLING' },
};

const fixtureFetch =
  (file: string): typeof fetch =>
  async () =>
    new Response(readFileSync(path.join(dir, file), 'utf8'), { status: 200 });
const stagesOf = async (file: string): Promise<Stages> => {
  const read = await readStages({ fetch: fixtureFetch(file), token: 't' }, file.includes('tickets') ? 'tickets' : 'deals');
  if (!read.ok) throw new Error(read.error.detail);
  return read.value;
};

describe('real HubSpot answers', () => {
  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const body = load(file);
    if ('schema' in expected) expect(expected.schema.safeParse(body).error).toBeUndefined();
    else if ('error' in expected) {
      const error = hubspotError(expected.status, body);
      expect(error).toMatchObject({
        kind: expected.error,
        httpStatus: expected.status,
        ...(expected.code ? { code: expected.code } : {}),
        ...(expected.field ? { field: expected.field } : {}),
      });
    } else if (expected.request === 'search') expect(SearchRequestSchema.safeParse(body).error).toBeUndefined();
    else {
      // Our note has the documented request's form: properties and a HUBSPOT_DEFINED association.
      const ours = noteRequest('301', { title: 'QBR', body: 'Spoke with Carla' }, new Date('2021-11-12T15:48:22Z'));
      const theirs = body as typeof ours;
      expect(Object.keys(ours)).toEqual(Object.keys(theirs));
      expect(ours.associations[0]).toEqual(theirs.associations[0]);
    }
  });

  it('every fixture file has an expectation', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .filter((f) => !(f in EXPECTED)),
    ).toEqual([]);
  });

  it('reads ticket and deal stages from the pipelines’ metadata', async () => {
    const tickets = await stagesOf('own_pipelines_tickets_response.json');
    expect(
      Object.entries(tickets)
        .filter(([, s]) => s.isClosed)
        .map(([id]) => id),
    ).toEqual(['4', '145631203']);
    const deals = await stagesOf('own_pipelines_deals_response.json');
    expect(deals.closedwon).toMatchObject({ isClosed: true, isWon: true, label: 'Closed Won' });
    expect(deals.closedlost).toMatchObject({ isClosed: true, isWon: false });
  });

  it('takes the primary association, labelled "Primary"', () => {
    expect(primaryOf(HsAssociationsPageSchema.parse(load('associations_v4_company_to_tickets_response.json')).results)).toBe('30290');
  });

  it('reads the associations of many companies from a 207 batch answer, asking again for a company’s further page', async () => {
    const bodies: unknown[] = [];
    const answers = [
      readFileSync(path.join(dir, 'own_associations_v4_batch_read_companies_to_contacts_response.json'), 'utf8'),
      JSON.stringify({
        status: 'COMPLETE',
        results: [
          { from: { id: '9876543210' }, to: [{ toObjectId: 54, associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 280 }] }] },
        ],
      }),
    ];
    const fetch: typeof globalThis.fetch = async (_url, init) => {
      bodies.push(JSON.parse(String(init?.body)));
      return new Response(answers.shift(), { status: bodies.length === 1 ? 207 : 200 });
    };
    const links = await readAssociationsBatch({ fetch, token: 't' }, 'companies', ['9876543210', '9876543211', '9876543212'], 'contacts');
    if (!links.ok) throw new Error(links.error.detail);
    expect(Object.fromEntries([...links.value].map(([id, to]) => [id, to.map((a) => a.toObjectId)]))).toEqual({
      '9876543210': ['51', '52', '54'],
      '9876543211': ['53'],
      '9876543212': [],
    });
    expect(bodies[1]).toEqual({ inputs: [{ id: '9876543210', after: 'MTAtMC0yODAtNTI%3D' }] });
  });

  it('maps the portal’s properties to the normalised schema', () => {
    const fields = HsPropertyListSchema.parse(load('own_properties_companies_response.json')).results.map(toFieldInfo);
    const byName = Object.fromEntries(fields.map((f) => [f.name, f]));
    expect(byName.annualrevenue).toMatchObject({ type: 'currency', custom: false });
    expect(byName.customer_health).toMatchObject({ type: 'picklist', custom: true, picklistValues: ['healthy', 'at_risk', 'churning'] });
    expect(byName.hubspot_owner_id).toMatchObject({ type: 'reference', referenceTo: ['owner'] });
  });

  it('maps a company with its tickets, deals and NPS answers into one snapshot', async () => {
    const result = toAccountSnapshot(
      {
        company: HsObjectSchema.parse(load('company_get_response.json')),
        ownerName: 'HubSpot Test Owner',
        tickets: { ok: true, value: HsBatchReadSchema.parse(load('tickets_batch_read_response.json')).results },
        deals: { ok: true, value: HsSearchPageSchema.parse(load('deals_search_response.json')).results },
        contacts: { ok: true, value: [] },
        contactLabels: {},
        nps: {
          ok: true,
          value: [
            ...HsSearchPageSchema.parse(load('feedback_submissions_nps_search_response.json')).results,
            HsObjectSchema.parse(load('feedback_submission_csat_example.json')),
          ],
        },
        ticketStages: { ok: true, value: await stagesOf('own_pipelines_tickets_response.json') },
        dealStages: { ok: true, value: await stagesOf('own_pipelines_deals_response.json') },
      },
      {
        settings: DEFAULT_HUBSPOT_SETTINGS,
        portalId: '12345678',
        portalTimeZone: 'Asia/Seoul',
        currency: 'KRW',
        pageHost: 'app.hubspot.com',
        fetchedAt: '2026-11-22T12:00:00.000Z',
        today: '2026-11-22',
      },
    );
    if (!result.ok) throw new Error(result.error.detail);
    const snap = result.value;
    expect(snap.account).toMatchObject({
      id: '987654',
      name: 'Nuri Retail',
      currency: 'KRW',
      ownerName: 'HubSpot Test Owner',
      customerSince: '2025-03-04',
    });
    // annualrevenue is the customer's own revenue, not ARR: ARR stays unmapped until the portal has it.
    expect(snap.account.arr).toBeNull();
    const tickets = (snap.tickets as { data: Ticket[] }).data;
    expect(tickets.map((t) => [t.id, t.isClosed, t.priority, t.status])).toEqual([
      ['30211', false, 'high', 'New'],
      ['30245', true, 'low', 'Closed'],
      ['30290', false, 'medium', 'Waiting on contact'],
    ]);
    const deals = (snap.opportunities as { data: Opportunity[] }).data;
    expect(deals.map((d) => [d.name, d.isRenewal, d.isClosed, d.isWon, d.closeDate, d.amount])).toEqual([
      ['Nuri Retail renewal FY27', true, false, false, '2027-01-31', 48000000],
      ['Nuri Retail FY26', false, true, true, '2026-01-30', 42000000],
    ]);
    // Contact 51 answered twice: only the August answer counts; an empty comment is no comment; CSAT is left out.
    const nps = (snap.nps as { data: NpsAnswer[] }).data;
    expect(nps.map((a) => [a.respondentId, a.score, a.comment])).toEqual([
      ['51', 9, '대시보드가 정말 편해요'],
      ['52', 6, 'Sync is too slow'],
      ['53', 8, null],
    ]);
  });
});
