import { defineConfig } from 'wxt';

// The content script matches whole CRM hosts, not record paths: both CRMs are single-page apps,
// and manifest matches apply only to full page loads (DESIGN §3). Code decides per URL.
export const CRM_PAGE_MATCHES = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://*.salesforce.com/*',
  'https://*.hubspot.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Success Lens',
    description: 'Customer-success signals on the CRM record: health, renewal, tickets, NPS, notes.',
    default_locale: 'en',
    permissions: ['storage', 'cookies', 'alarms', 'contextMenus', 'unlimitedStorage'],
    host_permissions: [...CRM_PAGE_MATCHES, 'https://*.force.com/*', 'https://api.hubapi.com/*'],
    web_accessible_resources: [
      { resources: ['panel.html'], matches: CRM_PAGE_MATCHES },
    ],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide the Success Lens panel',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'success-lens@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
