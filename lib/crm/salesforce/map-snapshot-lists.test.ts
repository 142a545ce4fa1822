import { describe, expect, it } from 'vitest';
import { ACME_SALESFORCE_SETTINGS as settings } from '../../../test/support/acme-settings';
import { ctx, ok, account, snapshot, view } from '../../../test/support/salesforce-raw-view';
import { okData } from '../../../test/support/snapshot-builder';
import { mapSalesforceSnapshot } from './map-snapshot';

describe('one account view → the snapshot’s cases, opportunities, contracts, contacts and NPS answers', () => {
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
    const [urgent, low, unknown] = okData<Array<Record<string, unknown>>>(s.tickets);
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
    expect(okData<Array<{ isRenewal: boolean }>>(snapshot({ opportunities: opps }).opportunities).map((o) => o.isRenewal)).toEqual([
      true,
      false,
      false,
    ]);
    const byRecordType = { ...settings, renewalRecordTypeNames: ['Renewal Deal'] };
    expect(
      okData<Array<{ isRenewal: boolean }>>(snapshot({ opportunities: opps }, byRecordType).opportunities).map((o) => o.isRenewal),
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
    expect(okData(s.contracts)).toEqual([
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
      okData<Array<{ name: string; isChampion: boolean; hasLeft: boolean }>>(s.contacts).map((c) => [c.name, c.isChampion, c.hasLeft]),
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
    expect(okData(s.nps)).toEqual([
      { respondentId: '003Sa0000000001IAA', respondentName: 'Jordan Kim', score: 9, comment: null, answeredAt: '2026-10-02T00:00:00.000Z' },
      { respondentId: '0LASa0000000003IAA', respondentName: null, score: 4, comment: null, answeredAt: '2026-09-01T00:00:00.000Z' },
    ]);
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
