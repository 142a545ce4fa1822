import { crmError, type CrmResult } from '../errors';

export interface SalesforceSession {
  /** The org's My Domain host, where every API call goes. */
  apiHost: string;
  /** The user's own session id (the `sid` cookie), sent as a Bearer token. */
  sid: string;
  /** The org id: the part of the sid before `!`. */
  orgId: string;
}

// `acme.lightning.force.com`, `acme--uat.sandbox.lightning.force.com`, `acme.develop.lightning.force.com`…
const LIGHTNING = /^(.+)\.lightning\.force\.com$/;

/**
 * The org's My Domain API host for a page host. Calls go there directly: the Lightning host would
 * answer an API path with a redirect, and a redirect drops the Authorization header. The Lightning
 * host maps label for label (`<x>[.<partition>].lightning.force.com` → `<x>[.<partition>].my.salesforce.com`);
 * a My Domain host (`*.my.salesforce.com`, sandboxes included) and a classic instance host
 * (`na42.salesforce.com`) serve the API themselves.
 */
export function apiHostFor(pageHost: string): string {
  const host = pageHost.toLowerCase().replace(/\.$/, '');
  const lightning = LIGHTNING.exec(host);
  return lightning ? `${lightning[1]}.my.salesforce.com` : host;
}

/** Reads one cookie for a URL; the background wires it to browser.cookies with the tab's cookie store. */
export type CookieReader = (url: string, name: string) => Promise<string | null>;

const ORG_ID = /^00D[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/;

/**
 * The user's own Salesforce session for a page host: the `sid` cookie of the My Domain host (set
 * when the user logged in there; the Lightning host's own sid is not valid for the API).
 */
export async function findSession(readCookie: CookieReader, pageHost: string): Promise<CrmResult<SalesforceSession>> {
  const apiHost = apiHostFor(pageHost);
  const notConnected = (why: string) => ({
    ok: false as const,
    error: crmError('not-connected', `Not logged in to Salesforce at ${apiHost}: log in to Salesforce in this browser (${why})`),
  });
  let sid: string | null;
  try {
    sid = await readCookie(`https://${apiHost}/`, 'sid');
  } catch (error) {
    return notConnected(`the session cookie could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!sid) return notConnected('no session cookie');
  // A sid is `<org id>!<token>`; anything else is not a session the API will take.
  const bang = sid.indexOf('!');
  const orgId = bang > 0 ? sid.slice(0, bang) : '';
  if (!ORG_ID.test(orgId)) return notConnected('the session cookie is not a Salesforce session id');
  return { ok: true, value: { apiHost, sid, orgId } };
}
