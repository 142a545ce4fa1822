import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ConnectionInfo } from '../../lib/crm/connector';
import { crmError } from '../../lib/crm/errors';
import { I18nProvider } from '../i18n/i18n-context';
import { SalesforceSignIn, type SalesforceSignIns } from './salesforce-sign-in';

const KEY = '3MVG9SampleExternalClientApp.SuccessLens_0001';
const acme: ConnectionInfo = {
  source: '00DSa0000000001',
  apiHost: 'acme.my.salesforce.com',
  details: { signIn: 'oauth', loginHost: 'acme.my.salesforce.com', consumerKey: KEY },
};

/** A background that keeps sign-ins in memory, as the real one keeps them in its secret store. */
function fakeBackground() {
  const kept = new Map<string, ConnectionInfo>();
  const client: SalesforceSignIns = {
    redirectUri: 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/',
    signIn: vi.fn(async (host: string, key: string) => {
      if (key !== KEY)
        return {
          ok: false as const,
          error: crmError('not-connected', 'The Salesforce sign-in did not finish: The user did not approve access.', {
            code: 'OAUTH_WINDOW',
          }),
        };
      kept.set(acme.source, acme);
      return { ok: true as const, value: { ...acme, details: { ...acme.details!, loginHost: host } } };
    }),
    signOut: vi.fn(async (orgId: string) => (kept.delete(orgId), { ok: true as const, value: null })),
    list: vi.fn(async () => ({ ok: true as const, value: [...kept.values()] })),
  };
  return client;
}

const renderSection = (client: SalesforceSignIns, locale: 'en' | 'ko' = 'en') =>
  render(
    <I18nProvider locale={locale}>
      <SalesforceSignIn client={client} />
    </I18nProvider>,
  );

describe('the Salesforce sign-in section', () => {
  it('shows the callback URL for the admin, signs in with the org’s consumer key, lists the org and signs out', async () => {
    const client = fakeBackground();
    renderSection(client);
    expect(await screen.findByText('No org signed in: Success Lens uses your browser login.')).toBeTruthy();
    expect(screen.getByTestId('oauth-callback').textContent).toBe(client.redirectUri);
    await userEvent.type(
      screen.getByLabelText('Your org’s My Domain (for example acme.my.salesforce.com)'),
      'https://acme.my.salesforce.com/',
    );
    await userEvent.type(screen.getByLabelText('Consumer key of the External Client App'), KEY);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in with Salesforce' }));
    expect(
      await screen.findByText(
        'Signed in to org 00DSa0000000001 at acme.my.salesforce.com. Success Lens now reads this org with the sign-in.',
      ),
    ).toBeTruthy();
    expect(client.signIn).toHaveBeenCalledWith('acme.my.salesforce.com', KEY);
    const list = await screen.findByRole('list', { name: 'Signed-in orgs' });
    expect(within(list).getByText(`consumer key ${KEY}`, { exact: false })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Sign out of org 00DSa0000000001' }));
    expect(
      await screen.findByText('Signed out of org 00DSa0000000001: Salesforce revoked the sign-in and it is deleted from this browser.'),
    ).toBeTruthy();
    expect(await screen.findByText('No org signed in: Success Lens uses your browser login.')).toBeTruthy();
  });

  it('says in Korean why a sign-in did not finish', async () => {
    renderSection(fakeBackground(), 'ko');
    await userEvent.type(await screen.findByLabelText('조직의 My Domain (예: acme.my.salesforce.com)'), 'acme.my.salesforce.com');
    await userEvent.type(screen.getByLabelText('External Client App의 소비자 키(Consumer Key)'), '3MVG9WrongKeyxxxxxxxxxxxx');
    await userEvent.click(screen.getByRole('button', { name: 'Salesforce로 로그인' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Salesforce에 연결되어 있지 않습니다/);
  });
});
