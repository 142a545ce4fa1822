import { z } from 'zod';
import type { ConnectionInfo, ConnectorContext } from '../connector';
import { crmError, type CrmResult } from '../errors';
import { hubspotJson, hubspotRequest, type HubSpotHttp } from './client';
import { HsAccountDetailsSchema } from './schemas';
import { HUBSPOT_SCOPES } from './scopes';

/** What the background keeps per connected portal (never in storage a page can read). */
export const HubSpotSecretSchema = z.object({
  token: z.string().min(1),
  portalId: z.string().regex(/^\d+$/),
  timeZone: z.string().min(1),
  currency: z.string().regex(/^[A-Z]{3}$/),
  scopesMissing: z.array(z.string()).default([]),
  uiDomain: z.string().optional(),
});
export type HubSpotSecret = z.infer<typeof HubSpotSecretSchema>;

export const secretKeyOf = (portalId: string) => `hubspot:token:${portalId}`;
export const HUBSPOT_API_HOST = 'api.hubapi.com';

/** A private-app token or Service Key as pasted: no spaces, no "Bearer " prefix. */
const TokenSchema = z
  .string()
  .trim()
  .transform((t) => t.replace(/^bearer\s+/i, ''))
  .pipe(z.string().regex(/^[\w\-.:]{8,512}$/, 'Not a HubSpot access token'));

export function connectionInfo(secret: HubSpotSecret): ConnectionInfo {
  return {
    source: secret.portalId,
    apiHost: HUBSPOT_API_HOST,
    details: {
      timeZone: secret.timeZone,
      currency: secret.currency,
      scopesMissing: secret.scopesMissing.join(' '),
      ...(secret.uiDomain ? { uiDomain: secret.uiDomain } : {}),
    },
  };
}

/** The portal's token, or `not-connected` saying how to connect it. */
export async function readPortalSecret(
  ctx: Pick<ConnectorContext<unknown>, 'readSecret'>,
  portalId: string,
): Promise<CrmResult<HubSpotSecret>> {
  const parsed = HubSpotSecretSchema.safeParse(await ctx.readSecret(secretKeyOf(portalId)).catch(() => null));
  return parsed.success && parsed.data.portalId === portalId
    ? { ok: true, value: parsed.data }
    : {
        ok: false,
        error: crmError('not-connected', `HubSpot portal ${portalId} has no access token: connect it in Settings → HubSpot`, {
          code: 'NO_TOKEN',
        }),
      };
}

/**
 * Scopes the token lacks, by probing each read the panel makes (all at once). A 403
 * MISSING_SCOPES names the scope; any other answer means the read is allowed (or failed for
 * another reason, said when it happens).
 */
export async function probeScopes(http: HubSpotHttp): Promise<string[]> {
  const probes = HUBSPOT_SCOPES.filter((s) => s.probe !== null);
  const answers = await Promise.all(probes.map((s) => hubspotRequest(http, s.probe!)));
  const missing = new Set<string>();
  answers.forEach((answer, i) => {
    if (answer.ok || answer.error.httpStatus !== 403 || answer.error.code !== 'MISSING_SCOPES') return;
    missing.add(answer.error.field ?? probes[i]!.scope);
  });
  return [...missing];
}

/**
 * Checks a pasted token at once: the account details (portal id, time zone, currency) and the
 * scopes it lacks. Returns what the background keeps under `hubspot:token:<portalId>`.
 */
export async function connectHubSpot(
  input: { token: string },
  ctx: Pick<ConnectorContext<unknown>, 'fetch' | 'signal'>,
): Promise<CrmResult<{ secretKey: string; secret: HubSpotSecret; info: ConnectionInfo }>> {
  const token = TokenSchema.safeParse(input.token);
  if (!token.success)
    return {
      ok: false,
      error: crmError('bad-request', 'That does not look like a HubSpot access token (pat-… or a Service Key)', { code: 'INVALID_TOKEN' }),
    };
  const http: HubSpotHttp = { fetch: ctx.fetch, token: token.data, ...(ctx.signal ? { signal: ctx.signal } : {}) };
  const [details, scopesMissing] = await Promise.all([
    hubspotJson(http, '/account-info/v3/details', HsAccountDetailsSchema),
    probeScopes(http),
  ]);
  if (!details.ok) return details;
  const secret: HubSpotSecret = {
    token: token.data,
    portalId: details.value.portalId,
    timeZone: details.value.timeZone,
    currency: details.value.companyCurrency,
    scopesMissing,
    ...(details.value.uiDomain ? { uiDomain: details.value.uiDomain } : {}),
  };
  return { ok: true, value: { secretKey: secretKeyOf(secret.portalId), secret, info: connectionInfo(secret) } };
}
