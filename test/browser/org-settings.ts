import { ACME_FIELDS } from '../support/acme-fields.ts';
import type { ExtensionBrowser } from './launch.ts';

/**
 * Stores the Salesforce settings as the options page would (browser.storage.local, read by every
 * extension page). Acme is the customised org whose admin mapped its custom fields; out of the box
 * nothing is mapped.
 */
export async function storeSalesforceSettings(browser: ExtensionBrowser, settings: unknown): Promise<void> {
  await browser.serviceWorker.evaluate(async (value) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ 'settings.salesforce': value });
  }, settings);
}

export const mapAcmeFields = (browser: ExtensionBrowser) => storeSalesforceSettings(browser, { fields: { ...ACME_FIELDS } });
