import { describe, expect, it } from 'vitest';
import { ACME_FIELDS } from '../../../test/support/acme-settings';
import { schemaWith, STANDARD_FIELDS } from '../../../test/support/schema-builder';
import {
  DEFAULT_SALESFORCE_SETTINGS,
  parseSalesforceSettings,
  SalesforceSettingsSchema,
  type SalesforceSettings,
} from '../../settings/salesforce-settings';
import { API_BASE } from './client';
import {
  accountQueries as plans,
  COMPOSITE_MAX_QUERIES,
  COMPOSITE_MAX_SUBREQUESTS,
  recordIdOrReference,
  soqlString,
  type ListName,
} from './queries';
import { buildCompositeRequest as build } from './account-view-request';

const ACCOUNT = '001Sa0000000001IAA';
const withFields = (fields: Partial<SalesforceSettings['fields']>, more: Partial<SalesforceSettings> = {}): SalesforceSettings => ({
  ...DEFAULT_SALESFORCE_SETTINGS,
  ...more,
  fields: { ...DEFAULT_SALESFORCE_SETTINGS.fields, ...ACME_FIELDS, ...fields },
});
// The customised org: the standard fields, Acme's custom ones and Opportunity record types.
const ACME = schemaWith(
  {
    ...STANDARD_FIELDS,
    Account: [
      ...STANDARD_FIELDS.Account,
      ...Object.values(ACME_FIELDS).filter((f) => f !== 'Left_Company__c' && f !== 'Contract_Value__c'),
      'Churned__c',
    ],
    Contact: [...STANDARD_FIELDS.Contact, 'Left_Company__c'],
    Contract: [...STANDARD_FIELDS.Contract, 'Contract_Value__c'],
    Opportunity: [...STANDARD_FIELDS.Opportunity, 'RecordTypeId'],
  },
  ['Champion__c'],
);
const STANDARD = schemaWith(STANDARD_FIELDS);
/** The SOQL of each list that is sent (the builder's plan says why the others are not). */
const accountQueries = (settings: SalesforceSettings, accountId: string, schema = ACME) =>
  Object.fromEntries(Object.entries(plans(settings, accountId, schema)).map(([k, p]) => [k, 'soql' in p ? p.soql : ''])) as Record<
    ListName,
    string
  >;
const buildCompositeRequest = (ref: { objectType: string; recordId: string }, settings: SalesforceSettings, schema = ACME) =>
  build(ref, settings, schema).request;
const isQuery = (url: string) => /\/query\/?\?/.test(url);

describe('SOQL text', () => {
  it('escapes string literals as SOQL does', () => {
    expect(soqlString("O'Brien \\ Co\nLtd")).toBe("'O\\'Brien \\\\ Co\\nLtd'");
  });

  it('takes record ids and composite references, and refuses anything else instead of escaping it', () => {
    expect(recordIdOrReference(ACCOUNT)).toBe(ACCOUNT);
    expect(recordIdOrReference('001Sa0000000001')).toBe('001Sa0000000001');
    expect(recordIdOrReference('@{record.AccountId}')).toBe('@{record.AccountId}');
    expect(() => recordIdOrReference("001Sa0000000001' OR Name != '")).toThrow(TypeError);
    expect(() => recordIdOrReference('@{record.AccountId}/../x')).toThrow(TypeError);
  });

  it('reads cases of the window only, open ones first, capped; records rather than COUNT()', () => {
    const { cases } = accountQueries(withFields({}, { caseHistoryDays: 120 }), ACCOUNT);
    expect(cases).toContain(`AccountId = '${ACCOUNT}'`);
    expect(cases).toContain('(IsClosed = false OR CreatedDate = LAST_N_DAYS:120 OR ClosedDate = LAST_N_DAYS:120)');
    expect(cases).toMatch(/ORDER BY ClosedDate DESC NULLS FIRST, CreatedDate DESC LIMIT 2000$/);
    expect(cases).not.toMatch(/COUNT\(/);
  });

  it('asks for mapped fields only when they are mapped', () => {
    const none = accountQueries(withFields({ contactLeft: '', contractValue: '' }), ACCOUNT);
    expect(none.contacts).toBe(`SELECT Id, Name, Email, Title FROM Contact WHERE AccountId = '${ACCOUNT}' ORDER BY Name LIMIT 200`);
    expect(none.contracts).not.toContain('Contract_Value__c');
    const all = accountQueries(withFields({}, { renewalRecordTypeNames: ['Renewal'] }), ACCOUNT);
    expect(all.contacts).toContain('Left_Company__c');
    expect(all.contracts).toContain('Contract_Value__c');
    expect(all.opportunities).toContain('RecordType.Name');
  });

  it('asks for RecordType.Name only in an org with Opportunity record types', () => {
    expect(accountQueries(DEFAULT_SALESFORCE_SETTINGS, ACCOUNT, STANDARD).opportunities).not.toContain('RecordType');
    expect(accountQueries(DEFAULT_SALESFORCE_SETTINGS, ACCOUNT, ACME).opportunities).toContain('RecordType.Name');
  });

  it('never names a field the org lacks: standard fields filtered, a mapped field it lacks names its setting instead', () => {
    const lean = schemaWith({ ...STANDARD_FIELDS, Case: STANDARD_FIELDS.Case.filter((f) => f !== 'CaseNumber' && f !== 'Subject') });
    const mapped = withFields({});
    const built = plans(mapped, ACCOUNT, lean);
    const sent = Object.values(built).flatMap((p) => ('soql' in p ? [p.soql] : []));
    for (const absent of ['CaseNumber', 'Subject', 'Left_Company__c', 'Contract_Value__c', 'RecordType'])
      expect(sent.join(' ')).not.toMatch(new RegExp(`\\b${absent}\\b`));
    expect(built.contacts).toEqual({ invalid: 'contactLeft' });
    expect(built.contracts).toMatchObject({ soql: expect.stringContaining('ContractTerm') });
    const champion = build({ objectType: 'Account', recordId: ACCOUNT }, mapped, lean).request.compositeRequest.map((r) => r.referenceId);
    expect(champion).not.toContain('champion');
  });

  it('leaves out a list whose object the org lacks, NPS with the reason', () => {
    const { SurveyQuestionResponse: _a, SurveySubject: _b, Contract: _c, ...rest } = STANDARD_FIELDS;
    const built = plans(DEFAULT_SALESFORCE_SETTINGS, ACCOUNT, schemaWith(rest));
    expect(built.nps).toEqual({ skip: 'no-feedback-management' });
    expect(built.contracts).toEqual({ skip: 'no-object' });
    expect(
      build({ objectType: 'Account', recordId: ACCOUNT }, DEFAULT_SALESFORCE_SETTINGS, schemaWith(rest)).request.compositeRequest.filter(
        (r) => isQuery(r.url),
      ),
    ).toHaveLength(3);
  });

  it('reads NPS through SurveySubject on the invitation, NPS questions only', () => {
    const { nps } = accountQueries(DEFAULT_SALESFORCE_SETTINGS, ACCOUNT);
    expect(nps).toContain(`InvitationId IN (SELECT ParentId FROM SurveySubject WHERE SubjectId = '${ACCOUNT}')`);
    // With the comment: the text answers of the same responses come along.
    expect(nps).toContain("Question.QuestionType IN ('NPS', 'FreeText', 'ShortText')");
    expect(nps).toMatch(/SELECT Id, NumberValue, ResponseValue, .*ResponseId/);
    const noText = schemaWith({
      ...STANDARD_FIELDS,
      SurveyQuestionResponse: STANDARD_FIELDS.SurveyQuestionResponse.filter((f) => f !== 'ResponseValue'),
    });
    expect(accountQueries(DEFAULT_SALESFORCE_SETTINGS, ACCOUNT, noText).nps).toContain("Question.QuestionType = 'NPS'");
  });
});

describe('the composite request of one account view', () => {
  const pages = [
    ['Account', ACCOUNT],
    ['Contact', '003Sa0000000001IAA'],
    ['Opportunity', '006Sa0000000001IAA'],
    ['Case', '500Sa0000000001IAA'],
    ['Contract', '800Sa0000000001IAA'],
  ] as const;
  const settingsCases = [
    ['Acme mapping', withFields({})],
    ['everything mapped', withFields({ churned: 'Churned__c' }, { renewalRecordTypeNames: ['Renewal'] })],
    ['nothing mapped', DEFAULT_SALESFORCE_SETTINGS],
  ] as const;

  it.each(pages.flatMap(([type, id]) => settingsCases.map(([label, settings]) => [type, id, label, settings] as const)))(
    'on a %s page with the %s keeps to 25 subrequests and 5 queries',
    (objectType, recordId, _label, settings) => {
      const request = buildCompositeRequest({ objectType, recordId }, settings);
      expect(request.allOrNone).toBe(false);
      expect(request.compositeRequest.length).toBeLessThanOrEqual(COMPOSITE_MAX_SUBREQUESTS);
      expect(request.compositeRequest.filter((r) => isQuery(r.url)).length).toBeLessThanOrEqual(COMPOSITE_MAX_QUERIES);
      expect(COMPOSITE_MAX_QUERIES).toBe(5);
      for (const r of request.compositeRequest) {
        expect(r.method).toBe('GET');
        expect(r.url.startsWith(`${API_BASE}/`)).toBe(true);
        expect(r.referenceId).toMatch(/^\w+$/);
      }
      const account = request.compositeRequest.find((r) => r.referenceId === 'account')!;
      // The Account itself is an sObject GET, not a query.
      expect(account.url).toMatch(/\/sobjects\/Account\/[^?]+$/);
    },
  );

  it('reaches the account through the page record’s AccountId with references, in the same call', () => {
    const request = buildCompositeRequest({ objectType: 'Case', recordId: '500Sa0000000001IAA' }, DEFAULT_SALESFORCE_SETTINGS);
    const [first, second] = request.compositeRequest;
    expect(first).toMatchObject({ referenceId: 'record', url: `${API_BASE}/sobjects/Case/500Sa0000000001IAA?fields=AccountId` });
    expect(second).toMatchObject({ referenceId: 'account', url: `${API_BASE}/sobjects/Account/@{record.AccountId}` });
    const cases = request.compositeRequest.find((r) => r.referenceId === 'cases')!;
    // The reference stays literal (Salesforce replaces it); the rest of the SOQL is URL-encoded.
    expect(cases.url).toContain("AccountId%20%3D%20'@{record.AccountId}'");
    expect(decodeURIComponent(cases.url)).toContain("WHERE AccountId = '@{record.AccountId}'");
  });

  it('reads the champion by id only when a champion field is mapped', () => {
    const refs = (s: SalesforceSettings) =>
      buildCompositeRequest({ objectType: 'Account', recordId: ACCOUNT }, s).compositeRequest.map((r) => r.referenceId);
    expect(refs(withFields({}))).toEqual(['account', 'owner', 'champion', 'cases', 'opportunities', 'contracts', 'contacts', 'nps']);
    expect(refs(DEFAULT_SALESFORCE_SETTINGS)).not.toContain('champion');
    expect(refs(withFields({ champion: '' }))).not.toContain('champion');
  });

  it('refuses a record that is not of a type with an account view', () => {
    expect(() => buildCompositeRequest({ objectType: 'Lead', recordId: '00QSa0000000001IAA' }, DEFAULT_SALESFORCE_SETTINGS)).toThrow(
      TypeError,
    );
  });
});

describe('Salesforce settings', () => {
  it('defaults every mapping and version 1', () => {
    expect(DEFAULT_SALESFORCE_SETTINGS).toMatchObject({
      version: 1,
      renewalOpportunityTypes: ['Renewal', 'Existing Customer - Renewal'],
      churnedAccountTypes: ['Former Customer'],
      urgentCasePriorities: ['Critical', 'Urgent'],
      defaultCurrency: 'USD',
      caseHistoryDays: 90,
      // Nothing mapped out of the box: no field an org may lack is ever assumed.
      fields: Object.fromEntries(Object.keys(DEFAULT_SALESFORCE_SETTINGS.fields).map((k) => [k, ''])),
    });
  });

  it('falls back to the default value by value, keeping the user’s other choices', () => {
    const s = parseSalesforceSettings({
      defaultCurrency: 'euro',
      fields: { arr: 'Annual_Revenue__c', seats: "x' OR 1=1" },
      renewalOpportunityTypes: ['Renewal'],
    });
    expect(s.defaultCurrency).toBe('USD');
    expect(s.fields.arr).toBe('Annual_Revenue__c');
    expect(s.fields.seats).toBe('');
    expect(s.renewalOpportunityTypes).toEqual(['Renewal']);
    expect(parseSalesforceSettings(undefined)).toEqual(DEFAULT_SALESFORCE_SETTINGS);
    expect(parseSalesforceSettings('garbage')).toEqual(DEFAULT_SALESFORCE_SETTINGS);
  });

  it('takes an empty field name as “not mapped” and refuses what is not a field API name', () => {
    expect(SalesforceSettingsSchema.safeParse({ fields: { arr: '' } }).success).toBe(true);
    expect(SalesforceSettingsSchema.safeParse({ fields: { arr: 'ARR c' } }).success).toBe(false);
    expect(SalesforceSettingsSchema.parse({ defaultCurrency: 'krw' }).defaultCurrency).toBe('KRW');
  });
});
