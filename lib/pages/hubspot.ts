import type { RecordRef } from './record-ref';

type HubSpotRef = Extract<RecordRef, { crm: 'hubspot' }>;
type HubSpotType = HubSpotRef['objectType'];

// app.hubspot.com and the regional data centres (app-eu1, app-na2…).
const APP_HOST = /^app(?:-[a-z]+\d+)?\.hubspot\.com$/;

const TYPE_BY_OBJECT_TYPE_ID: Readonly<Record<string, HubSpotType>> = {
  '0-1': 'contact',
  '0-2': 'company',
  '0-3': 'deal',
  '0-5': 'ticket',
};
const LEGACY_TYPES = new Set<string>(['company', 'contact', 'deal', 'ticket']);

const RECORD_PATH = /^\/contacts\/(\d+)\/record\/(\d+-\d+)\/(\d+)(?:\/|$)/;
const LEGACY_PATH = /^\/contacts\/(\d+)\/(company|contact|deal|ticket)\/(\d+)(?:\/|$)/;

export function isHubSpotHost(host: string): boolean {
  return APP_HOST.test(host);
}

export function detectHubSpot(url: URL): HubSpotRef | null {
  if (url.protocol !== 'https:' || !isHubSpotHost(url.hostname)) return null;
  const host = url.hostname;
  const record = RECORD_PATH.exec(url.pathname);
  if (record) {
    const objectType = TYPE_BY_OBJECT_TYPE_ID[record[2]!];
    return objectType ? { crm: 'hubspot', host, objectType, recordId: record[3]!, portalId: record[1]! } : null;
  }
  const legacy = LEGACY_PATH.exec(url.pathname);
  if (legacy && LEGACY_TYPES.has(legacy[2]!)) {
    return { crm: 'hubspot', host, objectType: legacy[2] as HubSpotType, recordId: legacy[3]!, portalId: legacy[1]! };
  }
  return null;
}
