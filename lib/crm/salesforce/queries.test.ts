import { describe, expect, it } from 'vitest';
import { DEFAULT_SALESFORCE_SETTINGS, parseSalesforceSettings, SalesforceSettingsSchema, type SalesforceSettings } from '../../settings/salesforce-settings';
import { API_BASE } from './client';
import { accountQueries, buildCompositeRequest, COMPOSITE_MAX_QUERIES, COMPOSITE_MAX_SUBREQUESTS, recordIdOrReference, soqlString } from './queries';

const ACCOUNT = '001Sa0000000001IAA';
const withFields = (fields: Partial<SalesforceSettings['fields']>, more: Partial<SalesforceSettings> = {}): SalesforceSettings => ({
  ...DEFAULT_SALESFORCE_SETTINGS,
  ...more,
  fields: { ...DEFAULT_SALESFORCE_SETTINGS.fields, ...fields },
});
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
    expect(none.opportunities).not.toContain('RecordType');
    const all = accountQueries(withFields({}, { renewalRecordTypeNames: ['Renewal'] }), ACCOUNT);
    expect(all.contacts).toContain('Left_Company__c');
    expect(all.contracts).toContain('Contract_Value__c');
    expect(all.opportunities).toContain('RecordType.Name');
  });

  it('reads NPS through SurveySubject on the invitation, NPS questions only', () => {
    const { nps } = accountQueries(DEFAULT_SALESFORCE_SETTINGS, ACCOUNT);
    expect(nps).toContain(`InvitationId IN (SELECT ParentId FROM SurveySubject WHERE SubjectId = '${ACCOUNT}')`);
    expect(nps).toContain("Question.QuestionType = 'NPS'");
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
    ['default mapping', DEFAULT_SALESFORCE_SETTINGS],
    ['everything mapped', withFields({ churned: 'Churned__c' }, { renewalRecordTypeNames: ['Renewal'] })],
    ['nothing mapped', withFields(Object.fromEntries(Object.keys(DEFAULT_SALESFORCE_SETTINGS.fields).map((k) => [k, ''])))],
  ] as const;

  it.each(pages.flatMap(([type, id]) => settingsCases.map(([label, settings]) => [type, id, label, settings] as const)))(
    'on a %s page with the %s keeps to 25 subrequests and 5 queries',
    (objectType, recordId, _label, settings) => {
      const request = buildCompositeRequest({ objectType, recordId }, settings);
      expect(request.allOrNone).toBe(false);
      expect(request.compositeRequest.length).toBeLessThanOrEqual(COMPOSITE_MAX_SUBREQUESTS);
      expect(request.compositeRequest.filter((r) => isQuery(r.url))).toHaveLength(COMPOSITE_MAX_QUERIES);
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
    const refs = (s: SalesforceSettings) => buildCompositeRequest({ objectType: 'Account', recordId: ACCOUNT }, s).compositeRequest.map((r) => r.referenceId);
    expect(refs(DEFAULT_SALESFORCE_SETTINGS)).toEqual(['account', 'owner', 'champion', 'cases', 'opportunities', 'contracts', 'contacts', 'nps']);
    expect(refs(withFields({ champion: '' }))).not.toContain('champion');
  });

  it('refuses a record that is not of a type with an account view', () => {
    expect(() => buildCompositeRequest({ objectType: 'Lead', recordId: '00QSa0000000001IAA' }, DEFAULT_SALESFORCE_SETTINGS)).toThrow(TypeError);
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
      fields: { arr: 'ARR__c', champion: 'Champion__c', contactLeft: 'Left_Company__c', churned: '' },
    });
  });

  it('falls back to the default value by value, keeping the user’s other choices', () => {
    const s = parseSalesforceSettings({ defaultCurrency: 'euro', fields: { arr: 'Annual_Revenue__c', seats: "x' OR 1=1" }, renewalOpportunityTypes: ['Renewal'] });
    expect(s.defaultCurrency).toBe('USD');
    expect(s.fields.arr).toBe('Annual_Revenue__c');
    expect(s.fields.seats).toBe('Licensed_Seats__c');
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
