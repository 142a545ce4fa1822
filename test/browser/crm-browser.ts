import type { Page } from 'playwright-core';
import { startSampleCrm, type SampleCrm } from '../sample-crm/server.ts';
import { launchWithExtension, type ExtensionBrowser } from './launch.ts';
import { mapAcmeFields } from './org-settings.ts';
import { PanelOnPage } from './panel-page.ts';
import { logInToSalesforce } from './session.ts';

export interface CrmBrowser {
  crm: SampleCrm;
  browser: ExtensionBrowser;
  page: Page;
  panel: PanelOnPage;
  close(): Promise<void>;
}

/**
 * The sample CRM, Chromium with the built extension, and a tab logged in to Salesforce. Acme's
 * custom fields are mapped as its admin would (`acmeMapping: false` starts out of the box).
 */
export async function startCrmBrowser(options: { acmeMapping?: boolean } = {}): Promise<CrmBrowser> {
  const crm = await startSampleCrm();
  const browser = await launchWithExtension({ hostResolverRules: crm.hostResolverRules });
  if (options.acmeMapping !== false) await mapAcmeFields(browser);
  const page = await browser.context.newPage();
  await logInToSalesforce(page, crm);
  return {
    crm,
    browser,
    page,
    panel: new PanelOnPage(page),
    close: async () => {
      await browser.close();
      await crm.close();
    },
  };
}
