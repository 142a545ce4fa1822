import type { ConnectorContext, CrmConnector, RefOf } from '../connector';
import { crmError } from '../errors';
import { dayInTimeZone } from '../../time/today';
import { hubspotJson, type HubSpotHttp } from './client';
import { hubspotProfile } from './profile';
import { connectHubSpot, connectionInfo, readPortalSecret, type HubSpotSecret } from './connection';
import { loadHubSpotBook } from './load-book';
import { readCompanyLists } from './lists';
import { companyOf, loadHubSpotSnapshot } from './load-snapshot';
import { readHubSpotSchema } from './read-schema';
import { noteKey, saveNoteToHubSpot, updateNoteInHubSpot } from './save-note';
import { HsAccountDetailsSchema } from './schemas';
import type { HubSpotSettings } from './settings';

type Ctx = ConnectorContext<HubSpotSettings>;

const httpFor = (secret: HubSpotSecret, ctx: Pick<Ctx, 'fetch' | 'signal' | 'now'>): HubSpotHttp => ({
  fetch: ctx.fetch,
  token: secret.token,
  now: () => ctx.now().getTime(),
  ...(ctx.signal ? { signal: ctx.signal } : {}),
});

/** The portal's token and a client for it, or `not-connected` saying how to connect. */
async function session(ref: RefOf<'hubspot'>, ctx: Ctx) {
  const secret = await readPortalSecret(ctx, ref.portalId);
  return secret.ok ? { ok: true as const, value: { secret: secret.value, http: httpFor(secret.value, ctx) } } : secret;
}

/** HubSpot: a private-app token or Service Key per portal, kept by the background; the page's portal id picks it. */
export const hubspotConnector: CrmConnector<'hubspot', HubSpotSettings> = {
  ...hubspotProfile,
  sourceOf: (ref) => ref.portalId,
  // The smallest documented daily allocation (Free and Starter): search answers carry no rate-limit headers to learn it from.
  assumedDailyApiLimit: 250_000,

  async loadSnapshot(ref, ctx) {
    const s = await session(ref, ctx);
    if (!s.ok) return s;
    const { secret, http } = s.value;
    return loadHubSpotSnapshot(ref, {
      http,
      cache: ctx.cache,
      settings: ctx.settings,
      portal: secret,
      now: ctx.now,
      today: dayInTimeZone(ctx.now(), ctx.timeZone),
    });
  },

  async loadBook(scope, ctx) {
    const portalId = scope.source ?? '';
    const secret = await readPortalSecret(ctx, portalId);
    if (!secret.ok) return secret;
    return loadHubSpotBook(scope, {
      http: httpFor(secret.value, ctx),
      cache: ctx.cache,
      settings: ctx.settings,
      portal: secret.value,
      now: ctx.now,
      today: dayInTimeZone(ctx.now(), ctx.timeZone),
      mayRequest: ctx.mayRequest ?? (() => true),
    });
  },

  async bookLists(where, ctx) {
    const secret = await readPortalSecret(ctx, where.source ?? '');
    return secret.ok ? readCompanyLists(httpFor(secret.value, ctx)) : secret;
  },

  async saveNote(ref, target, note, ctx) {
    const s = await session(ref, ctx);
    if (!s.ok) return s;
    // A note belongs to the portal it was written in: never post it with another portal's token.
    if (target.source !== s.value.secret.portalId) {
      return {
        ok: false,
        error: crmError('not-found', `This note belongs to another HubSpot portal (${target.source}), not ${s.value.secret.portalId}`),
      };
    }
    return saveNoteToHubSpot(s.value.http, ctx.cache, { portalId: s.value.secret.portalId, companyId: target.accountId }, note, ctx.now());
  },

  async updateNote(ref, target, note, ctx) {
    const s = await session(ref, ctx);
    if (!s.ok) return s;
    if (target.source !== s.value.secret.portalId) {
      return {
        ok: false,
        error: crmError('not-found', `This note belongs to another HubSpot portal (${target.source}), not ${s.value.secret.portalId}`),
      };
    }
    const updated = await updateNoteInHubSpot(s.value.http, target.noteId, note);
    // Deleted in the portal: forget this text's saved note, or saving it anew would find the gone one.
    if (!updated.ok && updated.error.httpStatus === 404)
      await ctx.cache.set(noteKey(target.source, target.accountId, note), null).catch(() => undefined);
    return updated;
  },

  async checkConnection(where, ctx) {
    // Tokens are kept per portal: the portal id (not the app host, shared by every portal) picks one.
    const portalId = where.source ?? '';
    if (!/^\d+$/.test(portalId))
      return { ok: false, error: crmError('not-connected', 'Name the HubSpot portal to check', { code: 'NO_PORTAL' }) };
    const secret = await readPortalSecret(ctx, portalId);
    if (!secret.ok) return secret;
    const details = await hubspotJson(httpFor(secret.value, ctx), '/account-info/v3/details', HsAccountDetailsSchema);
    if (!details.ok) return details;
    if (details.value.portalId !== portalId) {
      return {
        ok: false,
        error: crmError(
          'not-connected',
          `The token kept for portal ${portalId} belongs to portal ${details.value.portalId}: connect it again in Settings → HubSpot`,
        ),
      };
    }
    return { ok: true, value: connectionInfo(secret.value) };
  },

  async readSchema(ref, ctx) {
    const s = await session(ref, ctx);
    if (!s.ok) return s;
    const company = await companyOf(ref, s.value.http);
    return readHubSpotSchema(s.value.http, ctx.cache, ref.portalId, company.ok ? company.value : null, ctx.now());
  },

  connect: (input, ctx) => connectHubSpot(input, ctx),
};
