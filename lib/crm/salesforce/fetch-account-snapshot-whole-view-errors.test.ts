import { describe, expect, it } from 'vitest';
import { ACME_SALESFORCE_SETTINGS } from '../../../test/support/acme-settings';
import { ref, sampleOrg, today, view } from '../../../test/support/salesforce-sample-org';
import { fetchAccountSnapshot } from './fetch-account-snapshot';

describe('when the org refuses the whole view', () => {
  it('fails the whole view with the account’s own error when the account cannot be read', async () => {
    const org = await sampleOrg();
    const deletedCase = '500Sa9999999999IAA';
    expect(await view(org, 'Case', deletedCase)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await view(org, 'Account', '001Sa9999999999IAA')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('says a contact without an account has no account view', async () => {
    const org = await sampleOrg();
    org.book.contacts.push({
      Id: '003Sa0000099999IAA',
      FirstName: 'Pat',
      LastName: 'Private',
      Name: 'Pat Private',
      AccountId: null as unknown as string,
    });
    const result = await view(org, 'Contact', '003Sa0000099999IAA');
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(!result.ok && result.error.detail).toMatch(/not linked to an account/);
  });

  it.each([
    ['session-expired', 'session-expired'],
    ['session-not-valid-for-rest', 'no-api-access'],
    ['api-disabled', 'no-api-access'],
    ['request-limit', 'rate-limited'],
    ['server-error', 'server-error'],
    ['malformed', 'bad-response'],
  ] as const)('an org answering %s gives a %s error', async (mode, kind) => {
    const org = await sampleOrg();
    org.api.setFaults({ mode });
    expect(await view(org, 'Account', org.book.roles.healthy)).toMatchObject({ ok: false, error: { kind } });
  });

  it('says the session expired once the org forgets it', async () => {
    const org = await sampleOrg();
    org.api.expireSessions();
    expect(await view(org, 'Account', org.book.roles.healthy)).toMatchObject({
      ok: false,
      error: { kind: 'session-expired', code: 'INVALID_SESSION_ID' },
    });
  });

  it('gives up with a timeout when the org does not answer, and says offline when the network is gone', async () => {
    const org = await sampleOrg();
    org.api.setFaults({ mode: 'hang' });
    const hung = await fetchAccountSnapshot(ref('Account', org.book.roles.healthy), org.session, ACME_SALESFORCE_SETTINGS, org.schema, {
      fetch: (input, init) =>
        new Promise((resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
          void org.fetch(input, init).then(resolve);
        }),
      now: () => today,
      timeoutMs: 50,
    });
    expect(hung).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    const offline = await view(org, 'Account', org.book.roles.healthy, ACME_SALESFORCE_SETTINGS, () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(offline).toMatchObject({ ok: false, error: { kind: 'offline' } });
  });
});
