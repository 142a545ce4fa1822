import { describe, expect, it } from 'vitest';
import { ACME_SALESFORCE_SETTINGS } from '../../../test/support/acme-settings';
import type { SalesforceSettings } from '../../settings/salesforce-settings';
import { mapSalesforceSnapshot, toAccountSnapshot, type RawAccountView } from './map-snapshot';
import { sfDate, sfDateTime, sfId } from './normalise';

const settings = ACME_SALESFORCE_SETTINGS;
const ctx = (s: SalesforceSettings = settings) => ({
  settings: s,
  pageHost: 'acme.lightning.force.com',
  orgId: '00DSa0000000001',
  fetchedAt: '2026-11-22T12:00:00.000Z',
  today: '2026-11-22',
});
const ok = (records: Array<Record<string, unknown>>) => ({ ok: true as const, records });
const account = (extra: Record<string, unknown> = {}) => ({
  attributes: { type: 'Account', url: '/services/data/v62.0/sobjects/Account/001Sa0000000001IAA' },
  Id: '001Sa0000000001IAA',
  Name: 'Northwind Analytics',
  Type: 'Customer - Direct',
  Industry: 'Technology',
  OwnerId: '005Sa0000000001IAA',
  CreatedDate: '2025-10-18T09:00:00.000+0000',
  LastActivityDate: '2026-11-19',
  ARR__c: 120000,
  Licensed_Seats__c: 100,
  Active_Users__c: 86,
  Active_Users_Prev_Period__c: 80,
  Last_Login__c: '2026-11-21T09:00:00.000+0000',
  Champion__c: '003Sa0000000001IAA',
  Renewal_Date__c: '2027-01-06',
  Oldest_Overdue_Invoice_Date__c: null,
  ...extra,
});
const view = (over: Partial<RawAccountView> = {}): RawAccountView => ({
  account: account(),
  ownerName: 'Dana Whitfield',
  champion: null,
  cases: ok([]),
  opportunities: ok([]),
  contracts: ok([]),
  contacts: ok([]),
  nps: ok([]),
  ...over,
});
const snapshot = (over: Partial<RawAccountView> = {}, s: SalesforceSettings = settings) => {
  const result = toAccountSnapshot(view(over), ctx(s));
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
};
const data = <T>(part: { status: string; data?: T }) => {
  if (part.status !== 'ok') throw new Error(`part is ${part.status}`);
  return part.data as T;
};

describe('Salesforce values', () => {
  it.each([
    ['2011-07-07T00:37:00.000+0000', '2011-07-07T00:37:00.000Z'],
    ['2011-07-07T09:37:00.000+0900', '2011-07-07T00:37:00.000Z'],
    ['2011-07-06T19:37:00.000-0500', '2011-07-07T00:37:00.000Z'],
    ['2011-07-07T00:37:00.000+09:00', '2011-07-06T15:37:00.000Z'],
    ['2011-07-07T00:37:00Z', '2011-07-07T00:37:00.000Z'],
    ['2011-07-07', '2011-07-07T00:00:00.000Z'],
  ])('datetime %s → %s', (raw, iso) => {
    expect(sfDateTime(raw)).toBe(iso);
  });

  it('rejects what is not a date', () => {
    expect(sfDateTime('yesterday')).toBeNull();
    expect(sfDateTime('2011-13-45T00:00:00Z')).toBeNull();
    expect(sfDateTime(null)).toBeNull();
    expect(sfDate('2026-02-30')).toBeNull();
    expect(sfDate('2026-11-22T23:30:00.000-0500')).toBe('2026-11-23');
  });

  it('gives every id its 18-character form', () => {
    expect(sfId('001xx000003DGb2')).toBe('001xx000003DGb2AAG');
    expect(sfId('001xx000003DGb2AAG')).toBe('001xx000003DGb2AAG');
    expect(sfId('not an id')).toBe('not an id');
  });
});

describe('one account view → snapshot', () => {
  it('maps the account: owner, currency, ARR, renewal date, last touch, link', () => {
    const s = snapshot();
    expect(s.account).toEqual({
      id: '001Sa0000000001IAA',
      name: 'Northwind Analytics',
      currency: 'USD',
      ownerName: 'Dana Whitfield',
      industry: 'Technology',
      churned: false,
      customerSince: '2025-10-18',
      arr: 120000,
      renewalDate: '2027-01-06',
      lastTouchAt: '2026-11-19T00:00:00.000Z',
      lastTouchSource: 'account',
      url: 'https://acme.lightning.force.com/lightning/r/Account/001Sa0000000001IAA/view',
    });
    expect(s.source).toBe('00DSa0000000001');
  });

  it('uses the record currency in multi-currency orgs and the org default otherwise', () => {
    expect(snapshot({ account: account({ CurrencyIsoCode: 'KRW' }) }).account.currency).toBe('KRW');
    expect(snapshot({}, { ...settings, defaultCurrency: 'EUR' }).account.currency).toBe('EUR');
  });

  it('reads churn from the Account Type or from a mapped checkbox', () => {
    expect(snapshot({ account: account({ Type: 'Former Customer' }) }).account.churned).toBe(true);
    const mapped = { ...settings, fields: { ...settings.fields, churned: 'Churned__c' } };
    expect(snapshot({ account: account({ Churned__c: true }) }, mapped).account.churned).toBe(true);
    expect(snapshot({ account: account({ Churned__c: false }) }, mapped).account.churned).toBe(false);
  });

  it('maps cases with canonical times, priorities (a mapped urgent value) and links', () => {
    const s = snapshot({
      cases: ok([
        {
          Id: '500Sa0000000001',
          CaseNumber: '00001001',
          Subject: 'SSO down',
          Status: 'Working',
          IsClosed: false,
          Priority: 'Critical',
          CreatedDate: '2026-11-20T09:00:00.000+0900',
          ClosedDate: null,
        },
        {
          Id: '500Sa0000000002IAA',
          CaseNumber: '00001002',
          Subject: null,
          Status: 'Closed',
          IsClosed: true,
          Priority: 'low',
          CreatedDate: '2026-11-01T00:00:00.000+0000',
          ClosedDate: '2026-11-03T00:00:00.000+0000',
        },
        {
          Id: '500Sa0000000003IAA',
          CaseNumber: '00001003',
          Subject: 'x',
          Status: 'New',
          IsClosed: false,
          Priority: 'P2',
          CreatedDate: '2026-11-21T00:00:00.000+0000',
          ClosedDate: null,
        },
      ]),
    });
    const [urgent, low, unknown] = data<Array<Record<string, unknown>>>(s.tickets);
    expect(urgent).toMatchObject({
      id: '500Sa0000000001IAA',
      priority: 'urgent',
      createdAt: '2026-11-20T00:00:00.000Z',
      closedAt: null,
      url: 'https://acme.lightning.force.com/lightning/r/Case/500Sa0000000001IAA/view',
    });
    expect(low).toMatchObject({ subject: '00001002', priority: 'low', isClosed: true, closedAt: '2026-11-03T00:00:00.000Z' });
    expect(unknown!.priority).toBeNull();
  });

  it('marks renewals by Opportunity Type or record type name, as set', () => {
    const opps = ok([
      {
        Id: '006Sa0000000001IAA',
        Name: 'Renewal',
        Type: 'Existing Customer - Renewal',
        StageName: 'Qualification',
        Amount: 10,
        CloseDate: '2027-01-06',
        IsClosed: false,
        IsWon: false,
      },
      {
        Id: '006Sa0000000002IAA',
        Name: 'New',
        Type: 'New Customer',
        StageName: 'Closed Won',
        Amount: 5,
        CloseDate: '2026-01-06',
        IsClosed: true,
        IsWon: true,
      },
      {
        Id: '006Sa0000000003IAA',
        Name: 'RT',
        Type: null,
        RecordType: { Name: 'Renewal Deal' },
        StageName: 'Prospecting',
        Amount: null,
        CloseDate: '2027-03-01',
        IsClosed: false,
        IsWon: false,
      },
    ]);
    expect(data<Array<{ isRenewal: boolean }>>(snapshot({ opportunities: opps }).opportunities).map((o) => o.isRenewal)).toEqual([
      true,
      false,
      false,
    ]);
    const byRecordType = { ...settings, renewalRecordTypeNames: ['Renewal Deal'] };
    expect(
      data<Array<{ isRenewal: boolean }>>(snapshot({ opportunities: opps }, byRecordType).opportunities).map((o) => o.isRenewal),
    ).toEqual([true, false, true]);
  });

  it('maps contracts: in force by StatusCode, term and mapped value', () => {
    const s = snapshot({
      contracts: ok([
        {
          Id: '800Sa0000000001IAA',
          Status: 'Live',
          StatusCode: 'Activated',
          StartDate: '2025-11-22',
          EndDate: '2027-11-21',
          ContractTerm: 24,
          Contract_Value__c: 500000,
        },
        {
          Id: '800Sa0000000002IAA',
          Status: 'Expired',
          StatusCode: 'Expired',
          StartDate: '2024-11-22',
          EndDate: '2025-11-21',
          ContractTerm: 12,
          Contract_Value__c: null,
        },
      ]),
    });
    expect(data(s.contracts)).toEqual([
      {
        id: '800Sa0000000001IAA',
        status: 'Live',
        isActive: true,
        startDate: '2025-11-22',
        endDate: '2027-11-21',
        termMonths: 24,
        value: 500000,
      },
      {
        id: '800Sa0000000002IAA',
        status: 'Expired',
        isActive: false,
        startDate: '2024-11-22',
        endDate: '2025-11-21',
        termMonths: 12,
        value: null,
      },
    ]);
  });

  it('marks the champion (15- or 18-char lookup) and who left; the champion read by id joins a list that lacked it', () => {
    const champion = { Id: '003Sa0000000001IAA', Name: 'Jordan Kim', Email: 'j@example.com', Title: 'VP', Left_Company__c: true };
    const s = snapshot({
      account: account({ Champion__c: '003Sa0000000001' }),
      champion,
      contacts: ok([{ Id: '003Sa0000000002IAA', Name: 'Sam Lee', Email: null, Title: null, Left_Company__c: false }]),
    });
    expect(
      data<Array<{ name: string; isChampion: boolean; hasLeft: boolean }>>(s.contacts).map((c) => [c.name, c.isChampion, c.hasLeft]),
    ).toEqual([
      ['Jordan Kim', true, true],
      ['Sam Lee', false, false],
    ]);
  });

  it('maps NPS answers: respondent, score, completion time; drops what is not a 0–10 score', () => {
    const s = snapshot({
      nps: ok([
        {
          Id: '0LASa0000000001IAA',
          NumberValue: 9,
          CreatedDate: '2026-10-01T00:00:00.000+0000',
          Response: {
            SubmitterId: '003Sa0000000001IAA',
            Submitter: { Name: 'Jordan Kim' },
            CompletionDateTime: '2026-10-02T00:00:00.000+0000',
          },
        },
        { Id: '0LASa0000000002IAA', NumberValue: 11, CreatedDate: '2026-10-01T00:00:00.000+0000', Response: null },
        { Id: '0LASa0000000003IAA', NumberValue: 4, CreatedDate: '2026-09-01T00:00:00.000+0000', Response: null },
      ]),
    });
    expect(data(s.nps)).toEqual([
      { respondentId: '003Sa0000000001IAA', respondentName: 'Jordan Kim', score: 9, comment: null, answeredAt: '2026-10-02T00:00:00.000Z' },
      { respondentId: '0LASa0000000003IAA', respondentName: null, score: 4, comment: null, answeredAt: '2026-09-01T00:00:00.000Z' },
    ]);
  });

  it('makes usage one period of mapped Account fields (and the previous one when mapped), dated by the last login', () => {
    const s = snapshot();
    expect(s.usage).toEqual({
      status: 'ok',
      asOf: '2026-11-21T09:00:00.000Z',
      data: [
        {
          periodStart: '2026-09-23',
          periodEnd: '2026-10-22',
          activeUsers: 80,
          licensedSeats: 100,
          logins: null,
          featuresUsed: null,
          featuresTotal: null,
        },
        {
          periodStart: '2026-10-23',
          periodEnd: '2026-11-22',
          activeUsers: 86,
          licensedSeats: 100,
          logins: null,
          featuresUsed: null,
          featuresTotal: null,
        },
      ],
    });
    const single = { ...settings, fields: { ...settings.fields, previousActiveUsers: '' } };
    expect(data<unknown[]>(snapshot({}, single).usage)).toHaveLength(1);
  });

  it('turns the oldest overdue invoice date into one overdue invoice, or none', () => {
    expect(data(snapshot().invoices)).toEqual([]);
    expect(data(snapshot({ account: account({ Oldest_Overdue_Invoice_Date__c: '2026-10-08' }) }).invoices)).toEqual([
      { id: '001Sa0000000001IAA:oldest-overdue', amount: null, dueDate: '2026-10-08', paidAt: null },
    ]);
  });

  it('leaves an unmapped part missing, and names the setting of a mapped field the org lacks', () => {
    const unmapped = { ...settings, fields: { ...settings.fields, activeUsers: '', overdueInvoiceDate: '' } };
    const s = snapshot({}, unmapped);
    expect(s.usage).toEqual({ status: 'missing', reason: 'not-mapped' });
    expect(s.invoices).toEqual({ status: 'missing', reason: 'not-mapped' });

    const { Licensed_Seats__c: _seats, Oldest_Overdue_Invoice_Date__c: _due, ARR__c: _arr, Champion__c: _champion, ...lacking } = account();
    const t = snapshot({ account: lacking });
    expect(t.usage).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'Licensed_Seats__c' } });
    expect(t.usage.status === 'error' && t.usage.error.detail).toContain('setting “seats”');
    expect(t.invoices).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'Oldest_Overdue_Invoice_Date__c' } });
    expect(t.contacts).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'Champion__c' } });
    expect(t.account.arr).toBeNull();
    expect(t.account.fieldErrors).toEqual([expect.objectContaining({ kind: 'invalid-field', field: 'ARR__c' })]);
    expect(t.tickets.status).toBe('ok');
  });

  it('keeps a failing list as its own error part', () => {
    const s = mapSalesforceSnapshot(
      view({ nps: { ok: false, error: { kind: 'unsupported-object', detail: 'no Feedback Management' } } }),
      ctx(),
    );
    expect(s.nps).toEqual({ status: 'error', error: { kind: 'unsupported-object', detail: 'no Feedback Management' } });
    expect(s.tickets.status).toBe('ok');
  });
});
