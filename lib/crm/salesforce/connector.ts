import type { CrmConnector } from '../connector';
import { crmError, type CrmResult } from '../errors';
import { parseSalesforceSettings, type SalesforceSettings } from '../../settings/salesforce-settings';
import { dayInTimeZone } from '../../time/today';
import { loadSalesforceView } from './load-view';
import { readSalesforceSchema } from './read-schema';
import { saveNoteToSalesforce, updateNoteInSalesforce } from './save-note';
import { withSession } from './credentials';
import { revokeToken, SalesforceTokenSchema } from './oauth';
import { apiHostFor } from './session';
import { signInToSalesforce } from './sign-in';

/** A note belongs to the org it was written in: never post it with another org's session. */
function inNoteOrg<T>(noteOrg: string, sessionOrg: string, write: () => Promise<CrmResult<T>>): Promise<CrmResult<T>> {
  if (noteOrg === sessionOrg) return write();
  return Promise.resolve({ ok: false, error: crmError('not-found', `This note belongs to another Salesforce org (${noteOrg}), not ${sessionOrg}`) });
}

/**
 * Salesforce through the user's own browser login: the `sid` cookie of the org's My Domain,
 * read by the background for each call (a new login is picked up at once) — or, for an org that
 * refuses browser sessions for the API, the user's OAuth sign-in with the org's External Client App.
 */
export const salesforceConnector: CrmConnector<'salesforce', SalesforceSettings> = {
  crm: 'salesforce',
  name: 'Salesforce',
  settingsKey: 'settings.salesforce',
  parseSettings: parseSalesforceSettings,
  sourceOf: (ref) => apiHostFor(ref.host),

  async loadSnapshot(ref, ctx) {
    const now = ctx.now();
    return withSession(ref.host, ctx, (session) => loadSalesforceView(ref, session, ctx.settings, {
      fetch: ctx.fetch,
      cache: ctx.cache,
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      now: () => now,
      today: dayInTimeZone(now, ctx.timeZone),
    }));
  },

  saveNote(ref, target, note, ctx) {
    return withSession(ref.host, ctx, (session) => inNoteOrg(target.source, session.orgId, () => saveNoteToSalesforce(session, target.accountId, note, { fetch: ctx.fetch })));
  },

  updateNote(ref, target, note, ctx) {
    return withSession(ref.host, ctx, (session) => inNoteOrg(target.source, session.orgId, () => updateNoteInSalesforce(session, target.noteId, note, { fetch: ctx.fetch })));
  },

  async checkConnection(where, ctx) {
    const session = await withSession(where.host, ctx, async (s) => ({ ok: true, value: s }));
    return session.ok ? { ok: true, value: { source: session.value.orgId, apiHost: session.value.apiHost } } : session;
  },
  readSchema(ref, ctx) {
    return withSession(ref.host, ctx, (session) =>
      readSalesforceSchema(ref, session, { fetch: ctx.fetch, cache: ctx.cache, now: ctx.now, ...(ctx.signal ? { signal: ctx.signal } : {}) }),
    );
  },
  signIn: (input, auth, ctx) => signInToSalesforce({ host: input.host, consumerKey: input.clientId }, auth, ctx),
  async revoke(secret, ctx) {
    const token = SalesforceTokenSchema.safeParse(secret);
    return token.success ? revokeToken(token.data, { fetch: ctx.fetch }) : { ok: true, value: null };
  },
};
