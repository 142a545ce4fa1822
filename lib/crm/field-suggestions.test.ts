import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaWith } from '../../test/support/schema-builder';
import { reachableCoverage, suggestFields, wordsOf } from './field-suggestions';
import type { CrmSchema, FieldInfo } from './schema';
import { parseDescribeAnswer } from './salesforce/describe';
import { measuresWithSource, picklistChoices } from './salesforce/signals';
import { DEFAULT_SALESFORCE_SETTINGS } from '../settings/salesforce-settings';

const f = (name: string, label: string, type: FieldInfo['type'], extra: Partial<FieldInfo> = {}): FieldInfo => ({
  name,
  label,
  type,
  custom: /__c$/.test(name),
  ...extra,
});
const org: CrmSchema = {
  source: '00D',
  fetchedAt: '2026-11-22T12:00:00.000Z',
  objects: {
    Account: {
      label: 'Account',
      fields: [
        f('AnnualRevenue', 'Annual Revenue', 'currency'),
        f('Annual_Recurring_Revenue__c', 'Annual Recurring Revenue', 'currency'),
        f('ARR_Text__c', 'ARR (text)', 'string'),
        f('MRR__c', 'MRR', 'currency'),
        f('Licenses__c', 'Licenses purchased', 'number'),
        f('NumberOfEmployees', 'Employees', 'number'),
        f('Monthly_Active_Users__c', 'Monthly Active Users', 'number'),
        f('Executive_Sponsor__c', 'Executive Sponsor', 'reference', { referenceTo: ['Contact'] }),
        f('Champion__c', 'Champion', 'reference', { referenceTo: ['Contact'] }),
        f('Champion_User__c', 'Champion (user)', 'reference', { referenceTo: ['User'] }),
        f('Next_Renewal__c', 'Next Renewal', 'date'),
        f('LastActivityDate', 'Last Activity', 'date'),
        f('Churned__c', 'Churned?', 'boolean'),
      ],
    },
    Contact: {
      label: 'Contact',
      fields: [f('Left_Company__c', 'Left the company', 'boolean'), f('HasOptedOutOfEmail', 'Email Opt Out', 'boolean')],
    },
  },
};
const names = (s: ReturnType<typeof suggestFields>) => s.map((x) => x.field.name);

describe('suggesting the org’s fields for a signal', () => {
  it('reads API names and labels as words', () => {
    expect(wordsOf('Annual_Recurring_Revenue__c')).toBe('annual recurring revenue');
    expect(wordsOf('ns__ActiveUsers__c')).toBe('active users');
    expect(wordsOf('Licenses purchased')).toBe('licenses purchased');
  });

  it('ranks fields that name the signal above those that hint at it, and leaves out wrong types', () => {
    expect(names(suggestFields(org, 'Account', 'arr'))).toEqual(['Annual_Recurring_Revenue__c', 'MRR__c', 'AnnualRevenue']);
    expect(names(suggestFields(org, 'Account', 'seats'))).toEqual(['Licenses__c']);
    expect(names(suggestFields(org, 'Account', 'activeUsers'))).toEqual(['Monthly_Active_Users__c']);
    expect(names(suggestFields(org, 'Account', 'renewalDate'))).toEqual(['Next_Renewal__c']);
    expect(names(suggestFields(org, 'Account', 'churned'))).toEqual(['Churned__c']);
    expect(names(suggestFields(org, 'Contact', 'contactLeft'))).toEqual(['Left_Company__c']);
    expect(suggestFields(org, 'Account', 'logins')).toEqual([]);
    expect(suggestFields(org, 'Nope', 'arr')).toEqual([]);
  });

  it('offers only lookups to a contact as the champion', () => {
    expect(names(suggestFields(org, 'Account', 'champion'))).toEqual(['Champion__c', 'Executive_Sponsor__c']);
  });

  it('shows what each field holds on the account, and ranks a filled field above an empty equal one', () => {
    const values = { MRR__c: null, AnnualRevenue: 5_000_000, Annual_Recurring_Revenue__c: 120_000 };
    const arr = suggestFields(org, 'Account', 'arr', values);
    expect(arr[0]).toMatchObject({ field: { name: 'Annual_Recurring_Revenue__c' }, value: 120_000 });
    expect(arr.find((s) => s.field.name === 'MRR__c')).toHaveProperty('value', null);
    expect(suggestFields(org, 'Account', 'arr', null)[0]).not.toHaveProperty('value');
  });

  it('suggests from a real describe: Annual Revenue is only a hint for ARR', () => {
    const answer = JSON.parse(
      readFileSync(
        path.resolve(import.meta.dirname, '../../test/fixtures/salesforce/describe/own_composite_describe_response.json'),
        'utf8',
      ),
    );
    const schema = parseDescribeAnswer(answer, ['Account'], null, '00D', new Date());
    if (!schema.ok) throw new Error(schema.error.detail);
    const arr = suggestFields(schema.value, 'Account', 'arr');
    expect(arr.map((s) => s.field.name)).toEqual(['AnnualRevenue']);
    expect(arr[0]!.score).toBeLessThan(10);
  });
});

describe('the coverage a mapping can reach', () => {
  const weights = { usage: 25, adoption: 10, nps: 20, support: 20, finance: 15, relationship: 10 };

  it('counts the weight of measures with a source', () => {
    expect(reachableCoverage(weights, new Set(['nps', 'support', 'relationship'] as const))).toBe(0.5);
    expect(reachableCoverage(weights, new Set())).toBe(0);
    expect(reachableCoverage({ usage: 0 }, new Set(['usage'] as const))).toBe(0);
  });

  it('in a standard org reaches half from standard objects, more with usage and invoice fields mapped', () => {
    const standard = schemaWith({
      Account: ['Id', 'Active_Users__c', 'Seats__c', 'Overdue__c'],
      Case: ['Id'],
      Contact: ['Id'],
      SurveyQuestionResponse: ['Id'],
      SurveySubject: ['Id'],
    });
    const none = DEFAULT_SALESFORCE_SETTINGS.fields;
    expect(reachableCoverage(weights, measuresWithSource(none, standard))).toBe(0.5);
    const mapped = { ...none, activeUsers: 'Active_Users__c', seats: 'Seats__c', overdueInvoiceDate: 'Overdue__c' };
    expect(reachableCoverage(weights, measuresWithSource(mapped, standard))).toBe(0.9);
    // A mapping to a field the org lacks brings nothing.
    expect(reachableCoverage(weights, measuresWithSource({ ...none, overdueInvoiceDate: 'Gone__c' }, standard))).toBe(0.5);
  });

  it('offers the org’s picklist values, record types included', () => {
    const schema: CrmSchema = {
      ...org,
      objects: {
        Opportunity: {
          label: 'Opportunity',
          fields: [
            f('Type', 'Type', 'picklist', { picklistValues: ['New Customer', 'Renewal'] }),
            f('RecordTypeId', 'Record Type', 'reference', { picklistValues: ['Renewal'] }),
          ],
        },
      },
    };
    expect(picklistChoices(schema)).toEqual({
      renewalOpportunityTypes: ['New Customer', 'Renewal'],
      churnedAccountTypes: [],
      urgentCasePriorities: [],
      renewalRecordTypeNames: ['Renewal'],
    });
  });
});
