import { describe, expect, it } from 'vitest';
import { buildSampleBook } from '../../sample-crm/book';
import { createHubSpotApi } from '../../sample-crm/hubspot-api';
import { sampleRecords } from '../../sample-crm/sample-records';

const book = buildSampleBook(new Date('2026-11-22T12:00:00Z'));
const companies = sampleRecords(book).hubspot;
const api = createHubSpotApi(book, companies.map((c) => c.id), 'pat-sample');
const call = (method: string, path: string, body = '', token = 'pat-sample') => {
  const answer = api.handle({ method, url: new URL(`https://api.hubapi.com${path}`), headers: { authorization: `Bearer ${token}` }, body })!;
  return { status: answer.status, body: JSON.parse(answer.body) };
};

describe('the sample HubSpot API', () => {
  it('answers a company read with string property values, as HubSpot does', () => {
    const { status, body } = call('GET', `/crm/v3/objects/companies/${companies[0]!.id}`);
    expect(status).toBe(200);
    expect(body.properties.name).toBe('Northwind Analytics');
    expect(typeof body.properties.annualrevenue).toBe('string');
  });

  it('pages the company’s ticket associations and batch-reads the tickets', () => {
    const first = call('GET', `/crm/v4/objects/companies/${companies[7]!.id}/associations/tickets`);
    expect(first.body.results).toHaveLength(500);
    expect(first.body.paging.next.after).toBeTruthy();
    const ids = first.body.results.slice(0, 3).map((r: { toObjectId: number }) => ({ id: String(r.toObjectId) }));
    const read = call('POST', '/crm/v3/objects/tickets/batch/read', JSON.stringify({ inputs: ids }));
    expect(read.body.status).toBe('COMPLETE');
    expect(read.body.results).toHaveLength(3);
  });

  it('refuses a missing or wrong token with the documented 401 body', () => {
    const { status, body } = call('GET', `/crm/v3/objects/companies/${companies[0]!.id}`, '', 'wrong');
    expect(status).toBe(401);
    expect(body).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION' });
  });
});

describe('the sample HubSpot search', () => {
  const byCompany = (id: string) => ({ filterGroups: [{ filters: [{ propertyName: 'associations.company', operator: 'EQ', value: id }] }], limit: 100 });

  it('finds a company’s deals, the renewal among them as existing business', () => {
    const { body } = call('POST', '/crm/v3/objects/deals/search', JSON.stringify(byCompany(companies[1]!.id)));
    expect(body.total).toBe(2);
    expect(body.results.map((d: { properties: { dealtype: string } }) => d.properties.dealtype).sort()).toEqual(['existingbusiness', 'newbusiness']);
  });

  it('finds a company’s NPS answers with scores as strings', () => {
    const filters = byCompany(companies[1]!.id);
    filters.filterGroups[0]!.filters.push({ propertyName: 'hs_survey_type', operator: 'EQ', value: 'NPS' });
    const { body } = call('POST', '/crm/v3/objects/feedback_submissions/search', JSON.stringify(filters));
    expect(body.results.map((r: { properties: { hs_value: string } }) => r.properties.hs_value).sort()).toEqual(['2', '3', '5', '6', '7']);
  });

  it('answers 429 with the policy name when a rate limit is switched on', () => {
    api.setFault('ten-secondly');
    const { status, body } = call('GET', `/crm/v3/objects/companies/${companies[0]!.id}`);
    api.setFault('none');
    expect(status).toBe(429);
    expect(body.policyName).toBe('TEN_SECONDLY_ROLLING');
  });
});
