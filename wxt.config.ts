import { defineConfig } from 'wxt';
import { CRM_API_HOST_PERMISSIONS, CRM_PAGE_MATCHES } from './lib/pages/crm-hosts';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Success Lens',
    description: 'Customer-success signals on the CRM record: health, renewal, tickets, NPS, notes.',
    permissions: ['storage', 'cookies', 'alarms', 'contextMenus', 'unlimitedStorage'],
    host_permissions: [...CRM_PAGE_MATCHES, ...CRM_API_HOST_PERMISSIONS],
    web_accessible_resources: [
      { resources: ['panel.html'], matches: CRM_PAGE_MATCHES },
    ],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Show or hide the Success Lens panel',
      },
      'focus-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Move the keyboard focus into the Success Lens panel',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'success-lens@example.org', strict_min_version: '128.0' } } }
      : {}),
  }),
});
