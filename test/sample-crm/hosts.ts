/** The real host names the sample CRM answers for; Chromium maps them to 127.0.0.1. */
export const SALESFORCE_PAGE_HOST = 'acme.lightning.force.com';
export const SALESFORCE_API_HOST = 'acme.my.salesforce.com';
/** The second org: standard objects only (test/sample-crm/standard-org.ts). */
export const GLOBEX_PAGE_HOST = 'globex.lightning.force.com';
export const GLOBEX_API_HOST = 'globex.my.salesforce.com';
export const HUBSPOT_APP_HOST = 'app.hubspot.com';
/** The EU data centre's app host (a second portal lives there). */
export const HUBSPOT_EU_APP_HOST = 'app-eu1.hubspot.com';
export const HUBSPOT_API_HOST = 'api.hubapi.com';
export const HUBSPOT_PORTAL_ID = '4400123';

export const SAMPLE_HOSTS = [
  SALESFORCE_PAGE_HOST,
  SALESFORCE_API_HOST,
  GLOBEX_PAGE_HOST,
  GLOBEX_API_HOST,
  HUBSPOT_APP_HOST,
  HUBSPOT_EU_APP_HOST,
  HUBSPOT_API_HOST,
] as const;

export function hostResolverRules(port: number): string {
  return SAMPLE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(',');
}
