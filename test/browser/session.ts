import type { Page } from 'playwright-core';
import type { SampleCrm } from '../sample-crm/server.ts';

/** Logs in to the sample Salesforce the way a user does: the login form sets the sid cookie. */
export async function logInToSalesforce(page: Page, crm: SampleCrm): Promise<void> {
  await page.goto(crm.urls.salesforceLogin);
  await page.getByRole('button', { name: 'Log In' }).click();
  await page.waitForURL(crm.urls.salesforceHome);
}
