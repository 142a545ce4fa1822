import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldOf } from '../schema';
import { buildDescribeRequest, parseDescribeAnswer } from './describe';

const dir = path.resolve(import.meta.dirname, '../../../test/fixtures/salesforce/describe');
const load = (file: string): unknown => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
// The fixture's last subrequest (describeSurveyResponse) asks for an object the org lacks.
const OBJECTS = ['Account', 'Contact', 'Opportunity', 'Case', 'Contract', 'SurveyResponse'];
const now = new Date('2026-11-22T12:00:00Z');

describe('the org’s schema from one composite of describes', () => {
  it('asks for every object in one call, with If-Modified-Since only for objects read before', () => {
    expect(buildDescribeRequest(['Account', 'Case'], null)).toEqual({
      allOrNone: false,
      compositeRequest: [
        { method: 'GET', url: '/services/data/v62.0/sobjects/Account/describe', referenceId: 'describeAccount' },
        { method: 'GET', url: '/services/data/v62.0/sobjects/Case/describe', referenceId: 'describeCase' },
      ],
    });
    const previous = { source: '00D', fetchedAt: '2026-11-21T09:00:00.000Z', objects: { Account: { label: 'Account', fields: [] } } };
    const [account, cases] = buildDescribeRequest(['Account', 'Case'], previous).compositeRequest;
    expect(account!.httpHeaders).toEqual({ 'If-Modified-Since': 'Sat, 21 Nov 2026 09:00:00 GMT' });
    expect(cases!.httpHeaders).toBeUndefined();
  });

  it('normalises a real answer: types, labels, picklist values, lookups; a 404 object is absent; 304 keeps the one read before', () => {
    const previousContract = { label: 'Contract', fields: [{ name: 'EndDate', label: 'Contract End Date', type: 'date' as const }] };
    const result = parseDescribeAnswer(
      load('own_composite_describe_response.json'),
      OBJECTS,
      { source: '00D', fetchedAt: '2026-11-21T09:00:00.000Z', objects: { Contract: previousContract } },
      '00DSa0000000001',
      now,
    );
    if (!result.ok) throw new Error(result.error.detail);
    const schema = result.value;
    expect(Object.keys(schema.objects).sort()).toEqual(['Account', 'Case', 'Contact', 'Contract', 'Opportunity']);
    expect(schema.objects.Contract).toEqual(previousContract);
    expect(schema).toMatchObject({ source: '00DSa0000000001', fetchedAt: '2026-11-22T12:00:00.000Z' });
    expect(fieldOf(schema, 'Account', 'AnnualRevenue')).toMatchObject({ label: 'Annual Revenue', type: 'currency' });
    expect(fieldOf(schema, 'Account', 'NumberOfEmployees')).toMatchObject({ type: 'number' });
    expect(fieldOf(schema, 'Account', 'LastActivityDate')).toMatchObject({ type: 'date' });
    expect(fieldOf(schema, 'Account', 'type')!.picklistValues).toContain('Customer - Direct');
    expect(fieldOf(schema, 'Account', 'OwnerId')).toMatchObject({ type: 'reference', referenceTo: ['User'] });
    // Record types: the org's own names (not Master) stand as RecordTypeId's values.
    expect(fieldOf(schema, 'Account', 'RecordTypeId')!.picklistValues).toEqual(['Household']);
    // This org has no Opportunity record types: no RecordTypeId, so RecordType.Name is never asked.
    expect(fieldOf(schema, 'Opportunity', 'RecordTypeId')).toBeNull();
  });

  it('takes a describe subrequest answered 404 NOT_FOUND as an absent object', () => {
    const answer = load('composite_get_not_found_response.json') as { compositeResponse: Array<{ referenceId: string }> };
    answer.compositeResponse[0]!.referenceId = 'describeSurveySubject';
    const account = (load('own_composite_describe_response.json') as { compositeResponse: unknown[] }).compositeResponse[0];
    const result = parseDescribeAnswer(
      { compositeResponse: [account, ...answer.compositeResponse] },
      ['Account', 'SurveySubject'],
      null,
      '00D',
      now,
    );
    expect(result.ok && Object.keys(result.value.objects)).toEqual(['Account']);
  });

  it('fails when Account cannot be described, when 304 answers a first reading, or when the answer is out of shape', () => {
    const notModified = load('composite_not_modified_response.json') as { compositeResponse: Array<{ referenceId: string }> };
    notModified.compositeResponse[0]!.referenceId = 'describeAccount';
    expect(parseDescribeAnswer(notModified, ['Account'], null, '00D', now)).toMatchObject({ ok: false, error: { kind: 'bad-response' } });
    expect(parseDescribeAnswer({ compositeResponse: [] }, ['Account'], null, '00D', now)).toMatchObject({
      ok: false,
      error: { kind: 'bad-response' },
    });
    expect(parseDescribeAnswer({ nope: true }, ['Account'], null, '00D', now)).toMatchObject({
      ok: false,
      error: { kind: 'bad-response' },
    });
    const refused = {
      compositeResponse: [
        {
          referenceId: 'describeAccount',
          httpStatusCode: 404,
          body: [{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }],
        },
      ],
    };
    expect(parseDescribeAnswer(refused, ['Account'], null, '00D', now)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});
