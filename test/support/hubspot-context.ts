import type { ConnectorContext } from '../../lib/crm/connector.ts';
import { connectHubSpot } from '../../lib/crm/hubspot/connection.ts';
import { DEFAULT_HUBSPOT_SETTINGS, type HubSpotSettings } from '../../lib/crm/hubspot/settings.ts';
import { HUBSPOT_TOKENS } from '../sample-crm/hubspot-api.ts';
import { sampleHubSpot } from './sample-hubspot.ts';

/**
 * The sample portals behind a connector context as the background builds it: secrets and the
 * connector cache in memory, the clock fixed, both portals connected with their full tokens.
 */
export async function hubspotContext(
  options: Parameters<typeof sampleHubSpot>[0] & { settings?: HubSpotSettings; tokens?: string[] } = {},
) {
  const sample = sampleHubSpot(options);
  const now = options.today ?? new Date('2026-11-22T12:00:00Z');
  const secrets = new Map<string, unknown>();
  const cacheMap = new Map<string, unknown>();
  const ctx: ConnectorContext<HubSpotSettings> = {
    fetch: sample.fetch,
    now: () => now,
    timeZone: 'Asia/Seoul',
    settings: options.settings ?? DEFAULT_HUBSPOT_SETTINGS,
    readCookie: async () => null,
    readSecret: async (key) => secrets.get(key) ?? null,
    writeSecret: async (key, value) => secrets.has(key) && Boolean(secrets.set(key, value)),
    cache: { get: async (key) => cacheMap.get(key), set: async (key, value) => void cacheMap.set(key, value) },
  };
  for (const token of options.tokens ?? [HUBSPOT_TOKENS.us, HUBSPOT_TOKENS.eu]) {
    const connected = await connectHubSpot({ token }, ctx);
    if (!connected.ok) throw new Error(connected.error.detail);
    secrets.set(connected.value.secretKey, connected.value.secret);
  }
  sample.api.resetCount();
  return { ...sample, ctx, secrets, cacheMap };
}
