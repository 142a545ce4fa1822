// Match patterns for the CRM pages the content script runs on. Whole hosts, not record paths:
// both CRMs are single-page apps and manifest matches apply only to full page loads (DESIGN §3).
export const CRM_PAGE_MATCHES = [
  'https://*.lightning.force.com/*',
  'https://*.salesforce.com/*',
  'https://*.hubspot.com/*',
];

// Where the extension may call without CORS beyond the page hosts (the Salesforce My Domain
// APIs are under *.salesforce.com already).
export const CRM_API_HOST_PERMISSIONS = ['https://api.hubapi.com/*'];
