import { describe, expect, it } from 'vitest';
import { sampleSalesforce } from '../../support/sample-fetch';

const V = '/services/data/v62.0';
type Described = {
  name: string;
  fields: Array<{
    name: string;
    type: string;
    label: string;
    custom: boolean;
    referenceTo: string[];
    picklistValues: Array<{ value: string }>;
  }>;
  recordTypeInfos: Array<{ name: string; master: boolean }>;
};

async function describeOf(org: ReturnType<typeof sampleSalesforce>, object: string) {
  const answer = await org.fetch(`https://${org.session.apiHost}${V}/sobjects/${object}/describe`, {
    headers: { Authorization: `Bearer ${org.session.sid}` },
  });
  return { status: answer.status, body: (await answer.json()) as Described };
}
const field = (d: Described, name: string) => d.fields.find((f) => f.name === name);

describe('the sample orgs describe their objects as their records have them', () => {
  it('Acme: custom fields with types, labels and lookups; standard picklists with the values in use', async () => {
    const acme = sampleSalesforce();
    const account = (await describeOf(acme, 'Account')).body;
    expect(field(account, 'ARR__c')).toMatchObject({ type: 'currency', label: 'ARR', custom: true });
    expect(field(account, 'Licensed_Seats__c')).toMatchObject({ type: 'double', label: 'Licensed Seats' });
    expect(field(account, 'Champion__c')).toMatchObject({ type: 'reference', referenceTo: ['Contact'] });
    expect(field(account, 'LastActivityDate')).toMatchObject({ type: 'date', custom: false });
    expect(field(account, 'Type')!.picklistValues.map((p) => p.value)).toEqual(
      expect.arrayContaining(['Customer - Direct', 'Former Customer', 'Prospect']),
    );
    expect(account.recordTypeInfos.map((r) => r.name)).toEqual(['Master']);
  });

  it('Globex: standard fields only, Opportunity record types, a comment field on survey answers', async () => {
    const globex = sampleSalesforce(undefined, { org: 'globex' });
    const account = (await describeOf(globex, 'Account')).body;
    expect(account.fields.filter((f) => f.custom)).toEqual([]);
    const opportunity = (await describeOf(globex, 'Opportunity')).body;
    expect(field(opportunity, 'RecordTypeId')).toMatchObject({ type: 'reference', referenceTo: ['RecordType'] });
    expect(opportunity.recordTypeInfos.filter((r) => !r.master).map((r) => r.name)).toEqual(['New Business', 'Renewal']);
    expect(field((await describeOf(globex, 'SurveyQuestionResponse')).body, 'ResponseValue')).toMatchObject({ type: 'string' });
  });

  it('answers 404 for an object the org lacks, and leaves out fields the org lacks under a fault', async () => {
    const acme = sampleSalesforce();
    expect((await describeOf(acme, 'Nope__c')).status).toBe(404);
    acme.api.setFaults({ missingObjects: ['SurveyQuestionResponse'], failObject: { Contact: 'INVALID_FIELD' } });
    expect((await describeOf(acme, 'SurveySubject')).status).toBe(404);
    expect(field((await describeOf(acme, 'Contact')).body, 'Left_Company__c')).toBeUndefined();
  });
});
