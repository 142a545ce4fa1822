import { browser } from 'wxt/browser';
import type { ConnectorContext, CrmConnector } from '../crm/connector';
import type { Crm } from '../pages/record-ref';
import { connectorSettings } from '../browser/stored-keys';
import { connectorCacheStore, secretStore } from '../store/key-values';
import { userTimeZone } from '../time/today';

/** Where a request came from, as far as the browser vouches for it. */
export interface RequestOrigin {
  /** The tab's cookie store (Firefox containers, Chrome incognito): sessions are read there. */
  cookieStoreId?: string;
}

/** A connector's secrets and caches live under its CRM's name: no connector reads another's. */
export const secretKeyOf = (crm: Crm, key: string) => `${crm}/${key}`;

/** A stored connection: the secret the connector reads, and what may be shown of it. */
export interface StoredConnection {
  secret: unknown;
  info: { source: string; apiHost: string; details?: Record<string, string> };
}

/**
 * Everything a connector may touch, for one call: the browser's cookies (of the tab's store),
 * the secrets and caches kept for its CRM, its settings, the clock and the network.
 */
export async function connectorContext<S>(
  connector: CrmConnector<Crm, S>,
  origin: RequestOrigin,
  signal?: AbortSignal,
): Promise<ConnectorContext<S>> {
  const crm = connector.crm;
  return {
    fetch: (input, init) => fetch(input, init),
    now: () => new Date(),
    timeZone: userTimeZone(),
    settings: await connectorSettings(connector).get(),
    async readCookie(url, name) {
      const cookie = await browser.cookies.get({ url, name, ...(origin.cookieStoreId ? { storeId: origin.cookieStoreId } : {}) });
      return cookie?.value ?? null;
    },
    async readSecret(key) {
      const row = await secretStore.get(secretKeyOf(crm, key));
      const value = row?.value as Partial<StoredConnection> | undefined;
      return value && 'secret' in value ? value.secret : null;
    },
    async writeSecret(key, secret) {
      const full = secretKeyOf(crm, key);
      const info = ((await secretStore.get(full))?.value as Partial<StoredConnection> | undefined)?.info;
      if (!info) return false;
      return (await secretStore.set(full, { secret, info } satisfies StoredConnection, new Date())).ok;
    },
    cache: {
      get: async (key) => (await connectorCacheStore.get(secretKeyOf(crm, key)))?.value ?? null,
      set: async (key, value) => {
        await connectorCacheStore.set(secretKeyOf(crm, key), value, new Date());
      },
    },
    ...(signal ? { signal } : {}),
  };
}
