import { describe, expect, it } from 'vitest';
import { isTrustedSender, RequestSchema } from './messages';

const ref = { crm: 'salesforce', host: 'acme.lightning.force.com', objectType: 'Account', recordId: '001Sa00000AcmeAAAA' };

describe('messages between extension parts', () => {
  it('rejects a message of an unknown type or shape', () => {
    expect(RequestSchema.safeParse({ type: 'snapshot-load' }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'steal-cookies' }).success).toBe(false);
    // The old session message is gone: sessions never leave the background.
    expect(RequestSchema.safeParse({ type: 'salesforce-session', pageHost: 'acme.lightning.force.com' }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'snapshot-load', ref }).success).toBe(true);
    expect(RequestSchema.safeParse({ type: 'snapshot-load', ref: { ...ref, recordId: "001' OR Id != '" } }).success).toBe(false);
  });

  it('opens only named settings sections', () => {
    expect(RequestSchema.safeParse({ type: 'open-options', section: 'hubspot' }).success).toBe(true);
    expect(RequestSchema.safeParse({ type: 'open-options', section: '../popup.html' }).success).toBe(false);
  });

  it('answers only our own extension pages', () => {
    const origin = 'chrome-extension://abc/';
    expect(isTrustedSender({ id: 'abc', url: 'chrome-extension://abc/panel.html#x' }, 'abc', origin)).toBe(true);
    // A content script runs in the CRM page: same extension id, but a web URL.
    expect(isTrustedSender({ id: 'abc', url: 'https://acme.lightning.force.com/lightning/page/home' }, 'abc', origin)).toBe(false);
    expect(isTrustedSender({ id: 'other', url: 'chrome-extension://other/panel.html' }, 'abc', origin)).toBe(false);
    expect(isTrustedSender({ id: 'abc' }, 'abc', origin)).toBe(false);
  });
});
