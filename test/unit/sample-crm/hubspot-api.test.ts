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
