import { crmError, type CrmResult } from '../errors';

export interface SalesforceSession {
  apiHost: string;
  sid: string;
  orgId: string;
}

/**
 * The org's My Domain API host for a page host. Calls go there directly: the Lightning host
 * would redirect, and a redirect drops the Authorization header.
 */
export function apiHostFor(pageHost: string): string {
  const lightning = /^(.+)\.lightning\.force\.com$/.exec(pageHost);
  if (lightning) return `${lightning[1]}.my.salesforce.com`;
  return pageHost; // *.my.salesforce.com and classic instance hosts serve the API themselves
}

export type CookieReader = (url: string, name: string) => Promise<string | null>;

/** The user's own session: the `sid` cookie of the My Domain host (read by the background). */
export async function findSession(readCookie: CookieReader, pageHost: string): Promise<CrmResult<SalesforceSession>> {
  const apiHost = apiHostFor(pageHost);
  const sid = await readCookie(`https://${apiHost}/`, 'sid');
  if (!sid) return { ok: false, error: crmError('not-connected', `No Salesforce session cookie for ${apiHost}`) };
  // The part before "!" is the org id.
  const orgId = sid.split('!')[0] ?? '';
  return { ok: true, value: { apiHost, sid, orgId } };
}
