import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The permissions a store reviewer and a user see, checked on the manifests of the builds the
// stores get (.output/, built by the test command before the end-to-end stage): widening any of
// them must be a deliberate edit here (and in README "Security and privacy"). Building here
// instead would rewrite .wxt/ under the unit tests that read it.
const PERMISSIONS = ['alarms', 'contextMenus', 'cookies', 'identity', 'storage', 'unlimitedStorage'];
// Asked for at run time, only when the CSM turns the book's notifications on.
const OPTIONAL_PERMISSIONS = ['notifications'];
const RECORD_PAGES = [
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  'https://app-na2.hubspot.com/*',
  'https://app-na3.hubspot.com/*',
  'https://app-ap1.hubspot.com/*',
];
const HOSTS = [...RECORD_PAGES, 'https://api.hubapi.com/*'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  web_accessible_resources?: Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required: string[] } } };
  minimum_chrome_version?: string;
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string>; theme_icons?: Array<{ size: number; light: string; dark: string }> };
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const outDir = path.resolve(import.meta.dirname, '../../.output');
const manifests: Partial<Record<'chrome' | 'firefox', Manifest>> = {};
const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();

beforeAll(() => {
  for (const browser of ['chrome', 'firefox'] as const) {
    manifests[browser] = JSON.parse(readFileSync(path.join(outDir, `${browser}-mv3`, 'manifest.json'), 'utf8')) as Manifest;
  }
});

describe.each(['chrome', 'firefox'] as const)('the built %s manifest', (browser) => {
  const manifest = () => manifests[browser]!;

  it('is Manifest V3', () => {
    expect(manifest().manifest_version).toBe(3);
  });

  it('asks for the allowed permissions and nothing else, notifications only on demand', () => {
    expect(sorted(manifest().permissions)).toEqual(PERMISSIONS);
    expect(sorted(manifest().optional_permissions)).toEqual(OPTIONAL_PERMISSIONS);
  });

  it('reaches only the CRM record and API hosts', () => {
    expect(sorted(manifest().host_permissions)).toEqual(sorted(HOSTS));
  });

  it('runs its content script only on record-page hosts', () => {
    const matches = manifest().content_scripts?.flatMap((c) => c.matches) ?? [];
    expect(sorted(matches)).toEqual(sorted(RECORD_PAGES));
  });

  it('lets only record pages frame the panel', () => {
    expect(manifest().web_accessible_resources).toHaveLength(1);
    const [panel] = manifest().web_accessible_resources!;
    expect(panel!.resources).toEqual(['panel.html']);
    expect(sorted(panel!.matches)).toEqual(sorted(RECORD_PAGES));
  });
});

describe.each(['chrome', 'firefox'] as const)('the %s icons', (browser) => {
  it('are PNGs of the sizes the manifest says, for the store and the toolbar', () => {
    const manifest = manifests[browser]!;
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
    expect(manifest.action?.default_icon).toEqual(manifest.icons);
    const named: Array<[string, number]> = Object.entries(manifest.icons!).map(([size, file]) => [file, Number(size)]);
    for (const theme of manifest.action?.theme_icons ?? []) named.push([theme.light, theme.size], [theme.dark, theme.size]);
    for (const [file, size] of named)
      expect(pngSize(path.join(outDir, `${browser}-mv3`, file)), file).toEqual({ width: size, height: size });
  });
});

describe('browser-specific keys', () => {
  it('Chrome: a per-session panel URL and a minimum version', () => {
    expect(manifests.chrome!.web_accessible_resources![0]!.use_dynamic_url).toBe(true);
    expect(Number(manifests.chrome!.minimum_chrome_version)).toBeGreaterThanOrEqual(130);
    expect(manifests.chrome!.background?.service_worker).toBeTruthy();
  });

  it('Firefox: a gecko id and background scripts', () => {
    expect(manifests.firefox!.browser_specific_settings?.gecko?.id).toBe('success-lens@example.org');
    expect(manifests.firefox!.background?.scripts?.length).toBeGreaterThan(0);
    expect(manifests.firefox!.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    // A glyph for light and for dark toolbars; Chrome has no theme_icons.
    expect(manifests.firefox!.action?.theme_icons?.map((t) => t.size)).toEqual([16, 32]);
    expect(manifests.chrome!.action?.theme_icons).toBeUndefined();
  });
});
