import { describe, expect, it } from 'vitest';
import { ACME_SALESFORCE_SETTINGS as settings } from '../../../test/support/acme-settings';
import { account, snapshot } from '../../../test/support/salesforce-raw-view';
import { okData } from '../../../test/support/snapshot-builder';

describe('one account view → usage and invoices from mapped Account fields', () => {
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
    expect(okData<unknown[]>(snapshot({}, single).usage)).toHaveLength(1);
  });

  it('turns the oldest overdue invoice date into one overdue invoice, or none', () => {
    expect(okData(snapshot().invoices)).toEqual([]);
    expect(okData(snapshot({ account: account({ Oldest_Overdue_Invoice_Date__c: '2026-10-08' }) }).invoices)).toEqual([
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
});
