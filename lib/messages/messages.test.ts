import { describe, expect, it } from 'vitest';
import { isTrustedSender, RequestSchema } from './messages';

describe('messages between extension parts', () => {
  it('rejects a message of an unknown type or shape', () => {
    expect(RequestSchema.safeParse({ type: 'salesforce-session' }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'steal-cookies' }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'salesforce-session', pageHost: 'acme.lightning.force.com' }).success).toBe(true);
  });

  it('gives sessions only to our own extension pages', () => {
    const origin = 'chrome-extension://abc/';
    expect(isTrustedSender({ id: 'abc', url: 'chrome-extension://abc/panel.html#x' }, 'abc', origin)).toBe(true);
    // A content script runs in the CRM page: same extension id, but a web URL.
    expect(isTrustedSender({ id: 'abc', url: 'https://acme.lightning.force.com/lightning/page/home' }, 'abc', origin)).toBe(false);
    expect(isTrustedSender({ id: 'other', url: 'chrome-extension://other/panel.html' }, 'abc', origin)).toBe(false);
    expect(isTrustedSender({ id: 'abc' }, 'abc', origin)).toBe(false);
  });
});
