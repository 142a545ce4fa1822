import type { RecordRef } from './record-ref';
import { objectTypeFromId, SUPPORTED_SOBJECTS, toId18 } from './salesforce-id';

type SalesforceRef = Extract<RecordRef, { crm: 'salesforce' }>;

// My Domain hosts, with sandbox (`acme--uat.sandbox.`) and partition (`acme.develop.`) families.
const MY_DOMAIN_HOST =
  /^[a-z0-9][a-z0-9-]*(?:\.(?:sandbox|develop|scratch|demo|patch|trailblaze|free))?\.(?:lightning\.force\.com|my\.salesforce\.com)$/;
// Classic instance hosts (na1.salesforce.com…), from before My Domain was enforced.
const INSTANCE_HOST = /^(?:na|eu|ap|cs|um|gs|usa)\d+\.salesforce\.com$/;

export function isSalesforceHost(host: string): boolean {
  return MY_DOMAIN_HOST.test(host) || INSTANCE_HOST.test(host);
}

function ref(host: string, objectType: string | null, rawId: string): SalesforceRef | null {
  const recordId = toId18(rawId);
  if (!recordId) return null;
  const type = objectType ?? objectTypeFromId(recordId);
  if (!type || !SUPPORTED_SOBJECTS.has(type)) return null;
  // A path that names a type must agree with the id's key prefix when we know it.
  const prefixType = objectTypeFromId(recordId);
  if (prefixType && prefixType !== type) return null;
  return { crm: 'salesforce', host, objectType: type, recordId };
}

// /lightning/r/Account/<id>/view, /lightning/app/<app>/r/Account/<id>/related/Cases/view, /lightning/r/<id>/view
const LIGHTNING_PATH = /^\/lightning(?:\/app\/[^/]+)?\/r\/(?:([A-Za-z][A-Za-z0-9_]*)\/)?([a-zA-Z0-9]{15}|[a-zA-Z0-9]{18})(?:\/|$)/;
// Classic: the id is the whole path.
const CLASSIC_PATH = /^\/([a-zA-Z0-9]{15}|[a-zA-Z0-9]{18})\/?$/;

function fromLightningPath(host: string, path: string): SalesforceRef | null {
  const m = LIGHTNING_PATH.exec(path);
  return m ? ref(host, m[1] ?? null, m[2]!) : null;
}

// Legacy one.app: `#/sObject/<id>/view`, or a base64 JSON page reference with attributes.recordId.
function fromOneAppHash(host: string, hash: string): SalesforceRef | null {
  const plain = /^#\/sObject\/([a-zA-Z0-9]{15}|[a-zA-Z0-9]{18})(?:\/|$)/.exec(hash);
  if (plain) return ref(host, null, plain[1]!);
  try {
    const decoded: unknown = JSON.parse(atob(decodeURIComponent(hash.slice(1))));
    const attrs = (decoded as { attributes?: { recordId?: unknown; objectApiName?: unknown } }).attributes;
    if (typeof attrs?.recordId !== 'string') return null;
    return ref(host, typeof attrs.objectApiName === 'string' ? attrs.objectApiName : null, attrs.recordId);
  } catch {
    return null;
  }
}

export function detectSalesforce(url: URL): SalesforceRef | null {
  const host = url.hostname;
  if (url.protocol !== 'https:' || !isSalesforceHost(host)) return null;
  if (url.pathname.startsWith('/lightning/')) {
    // Console apps: the path holds the focused sub-tab, `ws` the workspace's record.
    const ws = url.searchParams.get('ws');
    return fromLightningPath(host, url.pathname) ?? (ws ? fromLightningPath(host, ws) : null);
  }
  if (url.pathname === '/one/one.app') return fromOneAppHash(host, url.hash);
  const classic = CLASSIC_PATH.exec(url.pathname);
  return classic ? ref(host, null, classic[1]!) : null;
}
