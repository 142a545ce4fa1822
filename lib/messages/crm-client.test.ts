import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { crmClient } from './crm-client';

const ref = { crm: 'salesforce', host: 'acme.lightning.force.com', objectType: 'Account', recordId: '001Sa00000AcmeAAAA' } as const;

describe('the CRM as pages see it', () => {
  it('says so in a sentence-ready error when the background does not answer, instead of loading forever', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await crmClient.loadSnapshot(ref)).toMatchObject({ ok: false, error: { kind: 'internal', code: 'NO_BACKGROUND' } });
  });

  it('refuses an answer out of shape rather than trusting it', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { account: 'not a snapshot' } } as never);
    expect(await crmClient.loadSnapshot(ref)).toMatchObject({ ok: false, error: { kind: 'internal', code: 'BAD_MESSAGE' } });
  });

  it('passes a typed CRM error through unchanged', async () => {
    const error = { kind: 'session-expired', detail: 'Session expired or invalid', code: 'INVALID_SESSION_ID', httpStatus: 401 };
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, error } as never);
    expect(await crmClient.loadSnapshot(ref)).toEqual({ ok: false, error });
  });
});
