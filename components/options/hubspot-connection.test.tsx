import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ConnectionInfo } from '../../lib/crm/connector';
import { crmError } from '../../lib/crm/errors';
import { I18nProvider } from '../i18n/i18n-context';
import { DEFAULT_HUBSPOT_SETTINGS } from '../../lib/crm/hubspot/settings';
import { HubSpotConnection, type HubSpotConnections } from './hubspot-connection';
import { hubspotMappingFields, hubspotMessages } from './hubspot-messages';

const portal = (source: string, scopesMissing = ''): ConnectionInfo => ({
  source,
  apiHost: 'api.hubapi.com',
  details: { timeZone: 'US/Eastern', currency: 'USD', scopesMissing },
});

/** A background that keeps connections in memory, as the real one keeps them in its secret store. */
function fakeBackground(tokens: Record<string, ConnectionInfo>) {
  const kept = new Map<string, ConnectionInfo>();
  const client: HubSpotConnections = {
    connect: vi.fn(async (token: string) => {
      const info = tokens[token];
      if (!info) return { ok: false as const, error: crmError('session-expired', 'The HubSpot token was refused', { httpStatus: 401 }) };
      kept.set(info.source, info);
      return { ok: true as const, value: info };
    }),
    disconnect: vi.fn(async (source: string) => (kept.delete(source), { ok: true as const, value: null })),
    list: vi.fn(async () => ({ ok: true as const, value: [...kept.values()] })),
  };
  return client;
}

const renderSection = (client: HubSpotConnections, locale: 'en' | 'ko' = 'en') =>
  render(
    <I18nProvider locale={locale}>
      <HubSpotConnection client={client} />
    </I18nProvider>,
  );

describe('the HubSpot connection section', () => {
  it('connects a pasted token, forgets it, and lists the portal with the scope it lacks and what that unlocks', async () => {
    const client = fakeBackground({ 'pat-na1-nofeedback': portal('4400123', 'crm.objects.feedback_submissions.read') });
    renderSection(client);
    expect(await screen.findByText('No portal connected yet.')).toBeTruthy();
    const field = screen.getByLabelText('HubSpot access token') as HTMLInputElement;
    expect(field.type).toBe('password');
    await userEvent.type(field, 'pat-na1-nofeedback');
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Connected to portal 4400123.')).toBeTruthy();
    expect(field.value).toBe('');
    const item = await screen.findByTestId('hubspot-portal');
    expect(item.textContent).toContain('Portal 4400123 · Time zone: US/Eastern · Currency: USD');
    expect(within(item).getByTestId('missing-scope').textContent).toBe(
      'crm.objects.feedback_submissions.read — unlocks feedback submissions: NPS',
    );
  });

  it('says why a token was refused, with the next step', async () => {
    renderSection(fakeBackground({}));
    await userEvent.type(screen.getByLabelText('HubSpot access token'), 'pat-na1-revoked');
    await userEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByText(/HubSpot refused the access token/);
    expect(screen.getByRole('status').textContent).toContain('Paste a new token in Settings → HubSpot');
    // Said beside the field it is about.
    const field = screen.getByLabelText('HubSpot access token');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toContain('HubSpot refused the access token');
  });

  it('disconnects one portal and keeps the others', async () => {
    const client = fakeBackground({ a: portal('4400123'), b: portal('26451234') });
    await client.connect('a');
    await client.connect('b');
    renderSection(client);
    await userEvent.click(await screen.findByRole('button', { name: 'Disconnect portal 4400123' }));
    expect(await screen.findByText('Portal 4400123 disconnected: its token is deleted from this browser.')).toBeTruthy();
    expect(client.disconnect).toHaveBeenCalledWith('4400123');
    expect(screen.getAllByTestId('hubspot-portal').map((li) => li.textContent)).toEqual([expect.stringContaining('Portal 26451234')]);
  });

  it('takes the focus when the page was opened at the HubSpot section', async () => {
    render(
      <I18nProvider locale="en">
        <HubSpotConnection client={fakeBackground({})} focus />
      </I18nProvider>,
    );
    expect(document.activeElement).toBe(screen.getByLabelText('HubSpot access token'));
  });

  it('speaks Korean', async () => {
    renderSection(fakeBackground({}), 'ko');
    expect(await screen.findByLabelText('HubSpot 액세스 토큰')).toBeTruthy();
    expect(screen.getByRole('button', { name: '연결' })).toBeTruthy();
  });
});

describe('the HubSpot mapping fields', () => {
  it('each edit a setting that exists, labelled in both languages', () => {
    const fields = hubspotMappingFields((key) => hubspotMessages.en[key]);
    const at = (path: readonly string[]) => path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], DEFAULT_HUBSPOT_SETTINGS);
    expect(fields.filter((f) => at(f.path) === undefined)).toEqual([]);
    expect(Object.keys(hubspotMessages.ko).sort()).toEqual(Object.keys(hubspotMessages.en).sort());
  });
});
