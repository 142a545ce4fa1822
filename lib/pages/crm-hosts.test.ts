import { describe, expect, it } from 'vitest';
import salesforceUrls from '../../test/fixtures/urls/salesforce.json';
import hubspotUrls from '../../test/fixtures/urls/hubspot.json';
import { CRM_PAGE_MATCHES, HUBSPOT_APP_HOSTS } from './crm-hosts';
import { isHubSpotHost } from './hubspot';

// The browser's match-pattern rule for `https://<host>/*` patterns: `*.` matches the host itself
// or any subdomain of it; anything else is an exact host.
function matched(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return CRM_PAGE_MATCHES.some((pattern) => {
    const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)![1]!;
    if (protocol !== 'https:') return false;
    if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
    return hostname === host;
  });
}

// Classic instance hosts cannot be written as a match pattern (`na*`); Salesforce sends them on
// to the org's My Domain, which is matched (see crm-hosts.ts).
const CLASSIC_INSTANCE = /^(?:na|eu|ap|cs|um|gs|usa)\d+\.salesforce\.com$/;

type Case = { url: string; expect: unknown };
const records = [...(salesforceUrls as Case[]), ...(hubspotUrls as Case[])].filter((c) => c.expect !== null);

describe('content-script matches', () => {
  it.each(records.filter((c) => !CLASSIC_INSTANCE.test(new URL(c.url).hostname)))('reach the record page $url', ({ url }) => {
    expect(matched(url), `${url} is a record page the content script would never see`).toBe(true);
  });

  it('leave out the CRM vendors’ other sites', () => {
    for (const url of [
      'https://help.salesforce.com/s/articleView?id=sf.accounts.htm',
      'https://www.salesforce.com/products/',
      'https://trailhead.salesforce.com/',
      'https://acme.my.site.com/s/',
      'https://www.hubspot.com/products/crm',
      'https://community.hubspot.com/',
      'https://knowledge.hubspot.com/',
      'https://app-evil.hubspot.com/contacts/1/record/0-2/2',
    ]) {
      expect(matched(url), url).toBe(false);
    }
  });

  it('list only HubSpot app hosts the page detector accepts', () => {
    for (const host of HUBSPOT_APP_HOSTS) expect(isHubSpotHost(host), host).toBe(true);
  });
});
