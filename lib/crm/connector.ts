import type { Crm, RecordRef } from '../pages/record-ref';
import type { BookList, BookLoad, BookScope } from './book';
import type { CrmResult } from './errors';
import type { CrmSchema } from './schema';
import type { AccountSnapshot } from './snapshot';

/** The record reference of one CRM. */
export type RefOf<C extends Crm> = Extract<RecordRef, { crm: C }>;

/** A small key → value store the background keeps for a connector (schema caches, pipelines). */
export interface ConnectorCache {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/**
 * What the background hands a connector for one call. Connectors are pure: every browser API
 * (cookies, stored secrets, storage, the clock, the network) reaches them through this.
 */
export interface ConnectorContext<S> {
  fetch: typeof fetch;
  now: () => Date;
  /** The CSM's IANA time zone: days ("today") are counted there. */
  timeZone: string;
  /** The connector's own settings, parsed with its `parseSettings`. */
  settings: S;
  /** A cookie of the user's browser profile (the tab's cookie store), or null. */
  readCookie(url: string, name: string): Promise<string | null>;
  /** A secret the background keeps for this CRM (tokens), by the connector's own key; null when absent. */
  readSecret(key: string): Promise<unknown>;
  /** Replaces a secret the background already keeps (a renewed access token); false when there is none to replace. */
  writeSecret(key: string, secret: unknown): Promise<boolean>;
  cache: ConnectorCache;
  signal?: AbortSignal;
}

/** A book refresh's context: `mayRequest` is asked before each request; false stops it there (budget spent). */
export interface BookContext<S> extends ConnectorContext<S> {
  mayRequest?: () => boolean;
}

/** A note to share with the team in the CRM, attached to the account. */
export interface SharedNote {
  title: string;
  body: string;
}

/**
 * What the extension's pages need to know of a CRM: its name, its words, how it connects, where
 * its settings are kept. Apart from the connector's code, so a page (panel, book, settings) loads
 * no API client: the background alone talks to the CRM.
 */
export interface CrmProfile<C extends Crm = Crm, S = unknown> {
  crm: C;
  /** The CRM's name in sentences ("Salesforce", "HubSpot"). */
  name: string;
  /**
   * This CRM's own wording of an error sentence where the shared one would mislead, by key of
   * the shared dictionary (`session-expired.message`, `not-connected.next`…), in both languages.
   */
  errorWords?: { en: Partial<Record<string, string>>; ko: Partial<Record<string, string>> };
  /**
   * How the extension reaches the CRM: the browser's own login (a new login is picked up by
   * itself), or a credential the user pastes in Settings (`connect`), which does not recover
   * without the user.
   */
  login: 'browser' | 'token';
  /**
   * Which books a refresh reads: one per org whose record pages the CSM opened (`hosts`, the
   * default: the browser's login reaches them), or one per kept connection (`connections`: a
   * token per portal, `scope.source` its id).
   */
  bookSources?: 'hosts' | 'connections';
  /** What this CRM calls a list of accounts a book can read (`bookLists`), in both UI languages. */
  bookListWords?: Record<'en' | 'ko', BookListWords>;
  /** The browser.storage.local key of the connector's settings (read by the background). */
  settingsKey: string;
  /** Stored settings with the default for whatever is missing or invalid. */
  parseSettings(raw: unknown): S;
}

/**
 * One CRM behind one interface: everything outside `lib/crm/<crm>/` speaks of "the CRM of this
 * record" through this. Adding a CRM is a folder with one of these (its profile.ts spread in)
 * plus a line in registry.ts and profiles.ts. Every method returns a typed result and never throws.
 */
export interface CrmConnector<C extends Crm = Crm, S = unknown> extends CrmProfile<C, S> {
  /** The org (API host) or portal a record page points at, known from the page alone (throttles, caches). */
  sourceOf(ref: RefOf<C>): string;
  /** The account behind a record page (the record itself, or the account it belongs to), normalised. */
  loadSnapshot(ref: RefOf<C>, ctx: ConnectorContext<S>): Promise<CrmResult<AccountSnapshot>>;
  /**
   * Every account of the user's book (or all the user can see) with what the metrics need, in as
   * few requests as the API allows. Absent for a CRM that cannot read a book yet.
   */
  loadBook?(scope: BookScope, ctx: BookContext<S>): Promise<CrmResult<BookLoad>>;
  /**
   * The lists of accounts the CRM keeps that a book can read instead of an owner's accounts (the
   * "list" scope), for the settings page to offer: one request or a few, on demand. Absent where
   * the CRM has none.
   */
  bookLists?(where: { host: string; source?: string }, ctx: ConnectorContext<S>): Promise<CrmResult<BookList[]>>;
  /**
   * The daily API allocation the budget counts with until an answer states it; absent, one request
   * is allowed to learn it (every Salesforce answer states it, not every HubSpot one).
   */
  assumedDailyApiLimit?: number;
  /**
   * Shares a note on the account `accountId` of the record's org/portal. `source` is the note's
   * org/portal: a connector refuses when the credentials for `ref` belong to another.
   */
  saveNote(
    ref: RefOf<C>,
    target: { source: string; accountId: string },
    note: SharedNote,
    ctx: ConnectorContext<S>,
  ): Promise<CrmResult<{ id: string }>>;
  /**
   * Rewrites a note shared before (`noteId`, as saveNote returned it) in place, where the CRM
   * allows. A note deleted in the CRM answers `not-found` with `httpStatus` 404. Absent where
   * the CRM keeps shared notes as they were shared.
   */
  updateNote?(
    ref: RefOf<C>,
    target: { source: string; accountId: string; noteId: string },
    note: SharedNote,
    ctx: ConnectorContext<S>,
  ): Promise<CrmResult<{ id: string }>>;
  /**
   * The org's or portal's schema for the objects a view uses (cached by the connector in
   * `ctx.cache`), and the raw values of the record's account, so the settings page can suggest a
   * field and show what it holds.
   */
  readSchema(
    ref: RefOf<C>,
    ctx: ConnectorContext<S>,
  ): Promise<CrmResult<{ schema: CrmSchema; accountValues: Record<string, unknown> | null }>>;
  /**
   * Checks the credentials pages of `host` would use (for a portal-keyed CRM, those of `source`),
   * and says who and where they are.
   */
  checkConnection(where: { host: string; source?: string }, ctx: ConnectorContext<S>): Promise<CrmResult<ConnectionInfo>>;
  /**
   * For CRMs connected with a credential the user pastes (a HubSpot token): checks it against the
   * API and says what the background should keep (`secretKey` → `secret`). Absent where the
   * browser's own login is the connection (Salesforce).
   */
  connect?(
    input: { token: string },
    ctx: ConnectorContext<S>,
  ): Promise<CrmResult<{ secretKey: string; secret: unknown; info: ConnectionInfo }>>;
  /**
   * For CRMs that offer an OAuth sign-in (Salesforce, when the org refuses the browser session
   * for the API): runs it in the browser's sign-in window and says what the background keeps.
   */
  signIn?(
    input: { host: string; clientId: string },
    auth: SignInWindow,
    ctx: ConnectorContext<S>,
  ): Promise<CrmResult<{ secretKey: string; secret: unknown; info: ConnectionInfo }>>;
  /** Ends a kept sign-in at the CRM (revokes its tokens) before the background forgets it. */
  revoke?(secret: unknown, ctx: ConnectorContext<S>): Promise<CrmResult<null>>;
}

/** A CRM's own words for its lists of accounts: `list` fits "Choose a {list} for …", `none` is a whole sentence. */
export interface BookListWords {
  list: string;
  none: string;
}

/** The browser's OAuth window, as the background hands it to a connector's sign-in. */
export interface SignInWindow {
  /** Where the CRM sends the browser back (the extension's own redirect address). */
  redirectUri: string;
  /** Opens `url` for the user and resolves with the address it was sent back to. */
  open(url: string): Promise<string>;
}

/** What a connection check learns: where the data comes from and as whom. */
export interface ConnectionInfo {
  /** The org id or portal id. */
  source: string;
  /** The API host the calls go to. */
  apiHost: string;
  /** Extra facts worth showing (portal time zone, currency, missing scopes…). */
  details?: Record<string, string>;
}
