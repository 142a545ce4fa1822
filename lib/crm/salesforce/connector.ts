import type { CrmConnector } from '../connector';
import { crmError } from '../errors';
import { parseSalesforceSettings, type SalesforceSettings } from '../../settings/salesforce-settings';
import { dayInTimeZone } from '../../time/today';
import { loadSalesforceView } from './load-view';
import { readSalesforceSchema } from './read-schema';
import { saveNoteToSalesforce } from './save-note';
import { apiHostFor, findSession } from './session';

/**
 * Salesforce through the user's own browser login: the `sid` cookie of the org's My Domain,
 * read by the background for each call (a new login is picked up at once).
 */
export const salesforceConnector: CrmConnector<'salesforce', SalesforceSettings> = {
  crm: 'salesforce',
  name: 'Salesforce',
  settingsKey: 'settings.salesforce',
  parseSettings: parseSalesforceSettings,
  sourceOf: (ref) => apiHostFor(ref.host),

  async loadSnapshot(ref, ctx) {
    const session = await findSession(ctx.readCookie, ref.host);
    if (!session.ok) return session;
    const now = ctx.now();
    return loadSalesforceView(ref, session.value, ctx.settings, {
      fetch: ctx.fetch,
      cache: ctx.cache,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      now: () => now,
      today: dayInTimeZone(now, ctx.timeZone),
    });
  },

  async saveNote(ref, target, note, ctx) {
    const session = await findSession(ctx.readCookie, ref.host);
    if (!session.ok) return session;
    // A note belongs to the org it was written in: never post it with another org's session.
    if (target.source !== session.value.orgId) {
      return {
        ok: false,
        error: crmError('not-found', `This note belongs to another Salesforce org (${target.source}), not ${session.value.orgId}`),
      };
    }
    return saveNoteToSalesforce(session.value, target.accountId, note, { fetch: ctx.fetch });
  },

  async checkConnection(where, ctx) {
    const session = await findSession(ctx.readCookie, where.host);
    return session.ok ? { ok: true, value: { source: session.value.orgId, apiHost: session.value.apiHost } } : session;
  },
  async readSchema(ref, ctx) {
    const session = await findSession(ctx.readCookie, ref.host);
    if (!session.ok) return session;
    return readSalesforceSchema(ref, session.value, {
      fetch: ctx.fetch,
      cache: ctx.cache,
      now: ctx.now,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
  },
};
