// The demo: the built extension in Chromium over the sample CRM. With a display it opens a window
// and stays until you close it; without one it runs headless, walks a CSM's path, saves
// screenshots under .tmp/demo/ and prints what it saw.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../browser/launch.ts';
import { PanelOnPage } from '../browser/panel-page.ts';
import { logInToSalesforce } from '../browser/session.ts';
import { SAMPLE_HUBSPOT_TOKEN, startSampleCrm } from '../sample-crm/server.ts';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const outDir = path.resolve(import.meta.dirname, '../../.tmp/demo');
mkdirSync(outDir, { recursive: true });

const crm = await startSampleCrm();
const browser = await launchWithExtension({ hostResolverRules: crm.hostResolverRules, headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
const panel = new PanelOnPage(page);

console.log(`Sample CRM on 127.0.0.1:${crm.port} as ${crm.urls.salesforceHome}`);
await logInToSalesforce(page, crm);
console.log('Logged in to the sample Salesforce org.');

const accounts = crm.records.salesforce.filter((r) => r.type === 'Account');
const shots: string[] = [];
for (const account of accounts.slice(0, 3)) {
  await page.goto(crm.urls.salesforceRecord('Account', account.id));
  await panel.accountName.filter({ hasText: account.name }).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300);
  const summary = await panel.landmark.innerText();
  console.log(`\n── ${account.name}\n${summary.split('\n').filter(Boolean).slice(0, 14).join('\n')}`);
  const file = path.join(outDir, `salesforce-${shots.length + 1}.png`);
  await page.screenshot({ path: file });
  shots.push(file);
}

// HubSpot: connect the sample portal with its token in the options page, as a CSM does.
const settings = await browser.context.newPage();
await settings.goto(browser.extensionUrl('options.html#hubspot'));
await settings.getByLabel('HubSpot access token').fill(SAMPLE_HUBSPOT_TOKEN);
await settings.getByRole('button', { name: 'Connect', exact: true }).click();
await settings.getByText('Connected to portal').waitFor({ timeout: 15_000 });
await settings.close();
console.log('Connected the sample HubSpot portal.');
const company = crm.records.hubspot[1]!;
await page.goto(crm.urls.hubspotCompany(company.id));
await panel.accountName.filter({ hasText: company.name }).waitFor({ timeout: 15_000 });
await page.waitForTimeout(300);
console.log(`\n── ${company.name} (HubSpot)\n${(await panel.landmark.innerText()).split('\n').filter(Boolean).slice(0, 14).join('\n')}`);
const hubspotShot = path.join(outDir, 'hubspot.png');
await page.screenshot({ path: hubspotShot });
shots.push(hubspotShot);

console.log(`\nScreenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`);
if (headless) {
  await browser.close();
  await crm.close();
} else {
  console.log('\nChromium is open on the sample CRM. Close its window (or press Ctrl+C) to end the demo.');
  await page.goto(crm.urls.salesforceRecord('Account', accounts[0]!.id));
  browser.context.on('close', () => void crm.close().then(() => process.exit(0)));
}
