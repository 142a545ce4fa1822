import { defineConfig } from 'wxt';
import { CRM_API_HOST_PERMISSIONS, CRM_PAGE_MATCHES } from './lib/pages/crm-hosts';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

// Every permission is explained in README.md ("Security and privacy"); the built manifests are
// checked against an allow-list in test/unit/manifest.test.ts.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  imports: false,
  // Firefox too: under MV2, WXT drops the `matches` limit of web-accessible resources.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Success Lens',
    description: 'Customer-success signals on the CRM record: health, renewal, tickets, NPS, notes.',
    permissions: ['storage', 'cookies', 'alarms', 'contextMenus', 'unlimitedStorage', 'identity'],
    // Asked for only when the CSM turns the book's notifications on (Settings), given back when off.
    optional_permissions: ['notifications'],
    // Record pages (the background checks which page a request comes from) and the API hosts;
    // `cookies` reaches only these, so only the My Domain's `sid` is readable.
    host_permissions: [...new Set([...CRM_PAGE_MATCHES, ...CRM_API_HOST_PERMISSIONS])],
    web_accessible_resources: [
      {
        resources: ['panel.html'],
        matches: CRM_PAGE_MATCHES,
        // Chrome: the panel's URL changes every session, so a page cannot learn it to frame it.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // PNGs rendered from public/icon/icon.svg by scripts/generate-icons.sh.
    icons: ICONS,
    action: {
      default_icon: ICONS,
      // Firefox: a plain glyph that suits the toolbar's theme (`light` = for light text, i.e.
      // dark themes). Chrome has no such key and keeps the full-colour tile.
      ...(browser === 'firefox'
        ? {
            theme_icons: [16, 32].map((size) => ({ size, light: `icon/toolbar-light-${size}.png`, dark: `icon/toolbar-dark-${size}.png` })),
          }
        : {}),
    },
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
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'success-lens@example.org',
              strict_min_version: '128.0',
              // Nothing reaches us: data goes only between the browser and the user's own CRM.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '130' }),
  }),
});
