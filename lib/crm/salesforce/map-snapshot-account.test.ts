import { describe, expect, it } from 'vitest';
import { ACME_SALESFORCE_SETTINGS as settings } from '../../../test/support/acme-settings';
import { account, snapshot } from '../../../test/support/salesforce-raw-view';

describe('one account view → the snapshot’s account', () => {
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
});
