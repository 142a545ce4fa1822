// Where the extension runs and calls: the hosts that carry CRM records and APIs, nothing wider.
// Whole hosts, not record paths: both CRMs are single-page apps and manifest matches apply only
// to full page loads (DESIGN §3).

// Salesforce: Lightning pages and the My Domain (Classic pages and the REST API). The leading
// `*.` also covers the sandbox and partition families (`acme--uat.sandbox.lightning.force.com`,
// `acme.develop.my.salesforce.com`), but not help., www. or community hosts of salesforce.com.
// Classic instance hosts (`na42.salesforce.com`) are left out on purpose: a match pattern cannot
// say `na*`, and with My Domain enforced (since Winter '23) Salesforce sends such URLs on to the
// org's My Domain, which is matched.
const SALESFORCE_HOSTS = ['*.lightning.force.com', '*.my.salesforce.com'];

// HubSpot's app host per data centre (`^app(-[a-z]+\d+)?\.hubspot\.com$` in lib/pages/hubspot.ts).
// A match pattern cannot say `app-*`, and `*.hubspot.com` would add www., help., community… so
// the data centres are listed; a new one is one line here.
export const HUBSPOT_APP_HOSTS = [
  'app.hubspot.com',
  'app-eu1.hubspot.com',
  'app-na2.hubspot.com',
  'app-na3.hubspot.com',
  'app-ap1.hubspot.com',
];

const pattern = (host: string) => `https://${host}/*`;

/** Content-script matches and the hosts allowed to frame the panel. */
export const CRM_PAGE_MATCHES = [...SALESFORCE_HOSTS, ...HUBSPOT_APP_HOSTS].map(pattern);

// API hosts the background calls beyond the page hosts (the Salesforce REST API is on the My
// Domain, matched above).
export const CRM_API_HOST_PERMISSIONS = [pattern('api.hubapi.com')];
