import type { ConnectorCache } from '../connector';
import type { CrmResult } from '../errors';
import { CrmSchemaSchema, type CrmSchema } from '../schema';
import type { HttpDeps } from './client';
import { describeOrg } from './describe';
import type { SalesforceSession } from './session';

/** A schema is read again after a day (admins add fields; a field deleted shows up sooner, as INVALID_FIELD). */
export const SCHEMA_MAX_AGE_MS = 24 * 3_600_000;

export const schemaCacheKey = (orgId: string) => `salesforce:schema:${orgId}`;

export interface SchemaDeps extends HttpDeps {
  now: () => Date;
  cache: ConnectorCache;
}

/** What the cache holds for an org, when it is a schema (anything else counts as nothing). */
export async function cachedSchema(cache: ConnectorCache, orgId: string): Promise<CrmSchema | null> {
  let raw: unknown;
  try {
    raw = await cache.get(schemaCacheKey(orgId));
  } catch {
    return null;
  }
  const parsed = CrmSchemaSchema.safeParse(raw);
  return parsed.success && parsed.data.source === orgId ? parsed.data : null;
}

/**
 * The org's schema: from the cache while it is less than a day old, else described in one round
 * trip and cached. `force` (an answer said INVALID_FIELD / INVALID_TYPE) describes at once, and
 * whole (no If-Modified-Since). When a daily refresh fails, yesterday's schema still serves.
 * `described` says whether this cost a round trip.
 */
export async function orgSchema(
  session: SalesforceSession,
  deps: SchemaDeps,
  options: { force?: boolean } = {},
): Promise<CrmResult<{ schema: CrmSchema; described: boolean }>> {
  const cached = await cachedSchema(deps.cache, session.orgId);
  const age = cached ? deps.now().getTime() - Date.parse(cached.fetchedAt) : Infinity;
  if (cached && !options.force && age >= 0 && age < SCHEMA_MAX_AGE_MS) return { ok: true, value: { schema: cached, described: false } };
  const fresh = await describeOrg(session, options.force ? null : cached, deps);
  if (!fresh.ok) return cached && !options.force ? { ok: true, value: { schema: cached, described: true } } : fresh;
  // A cache that cannot be written costs a describe next time, nothing more.
  await deps.cache.set(schemaCacheKey(session.orgId), fresh.value).catch(() => undefined);
  return { ok: true, value: { schema: fresh.value, described: true } };
}
