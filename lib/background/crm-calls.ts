import { browser } from 'wxt/browser';
import type { ConnectionInfo } from '../crm/connector';
import { crmError, type CrmResult } from '../crm/errors';
import { connectorFor } from '../crm/registry';
import type { AccountSnapshot } from '../crm/snapshot';
import { recordKey, type Crm, type RecordRef } from '../pages/record-ref';
import { secretStore } from '../store/key-values';
import { keepGoodParts } from '../crm/keep-good-parts';
import { readCachedSnapshot, writeCachedSnapshot } from '../store/snapshot-cache';
import { connectorContext, secretKeyOf, type RequestOrigin, type StoredConnection } from './connector-context';
import { createThrottle } from './frame-throttle';
import { withImports } from './imports';

// Live loads one panel frame may start: 30 a minute is two a second for fifteen seconds, far
// more than a person opening records, far less than a loop burning the org's API budget.
const liveLoads = createThrottle(30, 60_000);
const inFlight = new Map<string, Promise<CrmResult<AccountSnapshot>>>();

/**
 * A record's snapshot, live from its CRM: one call at a time per record however many panels ask
 * (two tabs on one account share it), stored for the next visit's instant paint.
 */
export function loadSnapshot(ref: RecordRef, origin: RequestOrigin & { frameKey?: string }): Promise<CrmResult<AccountSnapshot>> {
  const key = recordKey(ref);
  const running = inFlight.get(key);
  if (running) return running;
  if (origin.frameKey) {
    const wait = liveLoads.take(origin.frameKey, Date.now());
    if (wait > 0)
      return Promise.resolve({
        ok: false,
        error: crmError('rate-limited', 'Too many records opened in this panel in a minute', {
          code: 'PANEL_THROTTLE',
          retryAfterSeconds: wait,
        }),
      });
  }
  const call = (async (): Promise<CrmResult<AccountSnapshot>> => {
    const connector = connectorFor(ref.crm);
    const loaded = await connector.loadSnapshot(ref, await connectorContext(connector, origin));
    if (!loaded.ok) return loaded;
    // Imported usage, NPS and invoices join the CRM's parts before the cache, so the next
    // visit's instant paint shows them too.
    const result = { ok: true as const, value: await withImports(loaded.value) };
    const previous = await readCachedSnapshot(key).catch(() => null);
    await writeCachedSnapshot(key, keepGoodParts(result.value, previous?.snapshot), new Date());
    return result;
  })();
  inFlight.set(key, call);
  void call.finally(() => inFlight.delete(key));
  return call;
}

export async function readSchema(ref: RecordRef, origin: RequestOrigin) {
  const connector = connectorFor(ref.crm);
  return connector.readSchema(ref, await connectorContext(connector, origin));
}

export async function checkConnection(
  crm: Crm,
  where: { host: string; source?: string },
  origin: RequestOrigin,
): Promise<CrmResult<ConnectionInfo>> {
  const connector = connectorFor(crm);
  return connector.checkConnection(where, await connectorContext(connector, origin));
}

/** Checks a pasted credential with the CRM and keeps it in the background's secret store. */
export async function connect(crm: Crm, token: string, origin: RequestOrigin): Promise<CrmResult<ConnectionInfo>> {
  const connector = connectorFor(crm);
  if (!connector.connect)
    return { ok: false, error: crmError('bad-request', `${connector.name} connects with your browser login, not a token`) };
  return keep(crm, await connector.connect({ token }, await connectorContext(connector, origin)));
}

async function keep(
  crm: Crm,
  checked: CrmResult<{ secretKey: string; secret: unknown; info: ConnectionInfo }>,
): Promise<CrmResult<ConnectionInfo>> {
  if (!checked.ok) return checked;
  const stored: StoredConnection = { secret: checked.value.secret, info: checked.value.info };
  const saved = await secretStore.set(secretKeyOf(crm, checked.value.secretKey), stored, new Date());
  if (!saved.ok) return { ok: false, error: crmError('bad-response', `The connection could not be stored (${saved.error.kind})`) };
  return { ok: true, value: checked.value.info };
}

/**
 * Signs in with the CRM's OAuth in the browser's sign-in window (the user's click on our options
 * page started it) and keeps the tokens here, in the background's secret store only.
 */
export async function signIn(
  crm: Crm,
  input: { host: string; clientId: string },
  origin: RequestOrigin,
): Promise<CrmResult<ConnectionInfo>> {
  const connector = connectorFor(crm);
  if (!connector.signIn) return { ok: false, error: crmError('bad-request', `${connector.name} has no sign-in here`) };
  const auth = {
    redirectUri: browser.identity.getRedirectURL(),
    open: async (url: string) => (await browser.identity.launchWebAuthFlow({ url, interactive: true })) ?? '',
  };
  return keep(crm, await connector.signIn(input, auth, await connectorContext(connector, origin)));
}

async function storedConnections(crm: Crm): Promise<Array<{ key: string; info: ConnectionInfo }>> {
  const out: Array<{ key: string; info: ConnectionInfo }> = [];
  for (const key of await secretStore.keys(secretKeyOf(crm, ''))) {
    const info = ((await secretStore.get(key))?.value as Partial<StoredConnection> | undefined)?.info;
    if (info && typeof info.source === 'string' && typeof info.apiHost === 'string') out.push({ key, info });
  }
  return out;
}

/** What is connected, without the secrets. */
export async function listConnections(crm: Crm): Promise<CrmResult<ConnectionInfo[]>> {
  return { ok: true, value: (await storedConnections(crm)).map((c) => c.info) };
}

/** Forgets a connection; a sign-in is first ended at the CRM, unless the CRM cannot be reached (then nothing is forgotten). */
export async function disconnect(crm: Crm, source: string): Promise<CrmResult<null>> {
  const connector = connectorFor(crm);
  for (const { key, info } of await storedConnections(crm)) {
    if (info.source !== source) continue;
    if (connector.revoke) {
      const row = (await secretStore.get(key))?.value as Partial<StoredConnection> | undefined;
      const ended = await connector.revoke(row?.secret, await connectorContext(connector, {}));
      // A token the CRM no longer knows is as good as revoked; an unreachable CRM is not.
      if (!ended.ok && ['offline', 'timeout', 'server-error'].includes(ended.error.kind)) return ended;
    }
    const removed = await secretStore.delete(key);
    if (!removed.ok) return { ok: false, error: crmError('bad-response', `The connection could not be removed (${removed.error.kind})`) };
  }
  return { ok: true, value: null };
}
