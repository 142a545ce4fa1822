import type { BookLoad, BookScope } from '../book';
import type { BookContext, CrmConnector } from '../connector';
import { crmError, type CrmResult } from '../errors';
import type { SalesforceSettings } from '../../settings/salesforce-settings';
import { dayInTimeZone } from '../../time/today';
import { loadSalesforceBook } from './load-book';
import { readAccountListViews } from './list-views';
import { loadSalesforceView } from './load-view';
import { orgSchema } from './schema-cache';
import { readSalesforceSchema } from './read-schema';
import { saveNoteToSalesforce, updateNoteInSalesforce } from './save-note';
import { withSession } from './credentials';
import { revokeToken, SalesforceTokenSchema } from './oauth';
import { salesforceProfile } from './profile';
import { apiHostFor, type SalesforceSession } from './session';
import { signInToSalesforce } from './sign-in';

/**
 * The book: the schema first (cached for a day), as for one account; a field the org refused
 * since means describing again and one more try, as loadSalesforceView does.
 */
async function loadBookOf(
  session: SalesforceSession,
  scope: BookScope,
  ctx: BookContext<SalesforceSettings>,
): Promise<CrmResult<BookLoad>> {
  const now = ctx.now();
  const deps = {
    fetch: ctx.fetch,
    cache: ctx.cache,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    now: ctx.now,
    today: dayInTimeZone(now, ctx.timeZone),
    mayRequest: ctx.mayRequest ?? (() => true),
  };
  const known = await orgSchema(session, deps);
  if (!known.ok) return known;
  let book = await loadSalesforceBook(session, scope, ctx.settings, known.value.schema, deps);
  if (book.ok && book.value.staleSchema && !known.value.described) {
    const fresh = await orgSchema(session, deps, { force: true });
    if (fresh.ok) book = await loadSalesforceBook(session, scope, ctx.settings, fresh.value.schema, deps);
  }
  if (!book.ok) return book;
  const { staleSchema, ...value } = book.value;
  return staleSchema
    ? { ok: false, error: crmError('invalid-field', 'The org refused a field of the book query even after its schema was read again') }
    : { ok: true, value };
}

/** A note belongs to the org it was written in: never post it with another org's session. */
function inNoteOrg<T>(noteOrg: string, sessionOrg: string, write: () => Promise<CrmResult<T>>): Promise<CrmResult<T>> {
  if (noteOrg === sessionOrg) return write();
  return Promise.resolve({
    ok: false,
    error: crmError('not-found', `This note belongs to another Salesforce org (${noteOrg}), not ${sessionOrg}`),
  });
}

/**
 * Salesforce through the user's own browser login: the `sid` cookie of the org's My Domain,
 * read by the background for each call (a new login is picked up at once) — or, for an org that
 * refuses browser sessions for the API, the user's OAuth sign-in with the org's External Client App.
 */
export const salesforceConnector: CrmConnector<'salesforce', SalesforceSettings> = {
  ...salesforceProfile,
  sourceOf: (ref) => apiHostFor(ref.host),

  async loadSnapshot(ref, ctx) {
    const now = ctx.now();
    return withSession(ref.host, ctx, (session) =>
      loadSalesforceView(ref, session, ctx.settings, {
        fetch: ctx.fetch,
        cache: ctx.cache,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        now: () => now,
        today: dayInTimeZone(now, ctx.timeZone),
      }),
    );
  },

  loadBook(scope, ctx) {
    return withSession(scope.host, ctx, (session) => loadBookOf(session, scope, ctx));
  },
  bookLists(where, ctx) {
    return withSession(where.host, ctx, (session) =>
      readAccountListViews(session, { fetch: ctx.fetch, ...(ctx.signal ? { signal: ctx.signal } : {}) }),
    );
  },

  saveNote(ref, target, note, ctx) {
    return withSession(ref.host, ctx, (session) =>
      inNoteOrg(target.source, session.orgId, () => saveNoteToSalesforce(session, target.accountId, note, { fetch: ctx.fetch })),
    );
  },

  updateNote(ref, target, note, ctx) {
    return withSession(ref.host, ctx, (session) =>
      inNoteOrg(target.source, session.orgId, () => updateNoteInSalesforce(session, target.noteId, note, { fetch: ctx.fetch })),
    );
  },

  async checkConnection(where, ctx) {
    const session = await withSession(where.host, ctx, async (s) => ({ ok: true, value: s }));
    return session.ok ? { ok: true, value: { source: session.value.orgId, apiHost: session.value.apiHost } } : session;
  },
  readSchema(ref, ctx) {
    return withSession(ref.host, ctx, (session) =>
      readSalesforceSchema(ref, session, {
        fetch: ctx.fetch,
        cache: ctx.cache,
        now: ctx.now,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      }),
    );
  },
  signIn: (input, auth, ctx) => signInToSalesforce({ host: input.host, consumerKey: input.clientId }, auth, ctx),
  async revoke(secret, ctx) {
    const token = SalesforceTokenSchema.safeParse(secret);
    return token.success ? revokeToken(token.data, { fetch: ctx.fetch }) : { ok: true, value: null };
  },
};
