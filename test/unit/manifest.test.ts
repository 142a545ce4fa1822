// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';

// The permissions a store reviewer and a user see, checked on the manifests WXT really builds:
// widening any of them must be a deliberate edit here (and in README "Security and privacy").
const PERMISSIONS = ['alarms', 'contextMenus', 'cookies', 'storage', 'unlimitedStorage'];
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
}

const outDir = mkdtempSync(path.join(tmpdir(), 'success-lens-manifest-'));
const manifests: Partial<Record<'chrome' | 'firefox', Manifest>> = {};
const sorted = (list: string[] | undefined) => [...(list ?? [])].sort();

beforeAll(async () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    await build({ browser, outDir });
    manifests[browser] = JSON.parse(readFileSync(path.join(outDir, `${browser}-mv3`, 'manifest.json'), 'utf8')) as Manifest;
  }
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe.each(['chrome', 'firefox'] as const)('the built %s manifest', (browser) => {
  const manifest = () => manifests[browser]!;

  it('is Manifest V3', () => {
    expect(manifest().manifest_version).toBe(3);
  });

  it('asks for the allowed permissions and nothing else', () => {
    expect(sorted(manifest().permissions)).toEqual(PERMISSIONS);
    expect(manifest().optional_permissions ?? []).toEqual([]);
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
  });
});
