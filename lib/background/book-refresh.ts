import { browser } from 'wxt/browser';
import { budgetGuard, type BudgetGuard } from '../crm/api-budget';
import { bookSourceKey, type BookStatus } from '../crm/book';
import { crmError } from '../crm/errors';
import { connectorFor } from '../crm/registry';
import { accountKeyOf, type AccountSnapshot } from '../crm/snapshot';
import { CRMS, type Crm } from '../pages/record-ref';
import { bookRowOf, computeAccountMetrics, needsAttention, type BookRow } from '../metrics/index';
import type { MetricsSettings } from '../settings/metrics-settings';
import { bookBudget, bookSettings, bookStatus, healthOverride, metricsSettings } from '../browser/stored-keys';
import { readBookRows, replaceBook } from '../store/book';
import { readChecklist } from '../store/checklists';
import { pruneHealthHistory, readHealthHistory } from '../store/health-history';
import { latestSnapshotPerAccount } from '../store/snapshot-list';
import { dayInTimeZone, userTimeZone } from '../time/today';
import { connectorContext } from './connector-context';
import { listConnections } from './crm-calls';
import { withImports } from './imports';
import { notifyBookChanges } from './book-notifications';
import { forgetOldVisits } from './forget-old-visits';

export const BOOK_ALARM = 'book-refresh';

/**
 * The orgs and portals to refresh: every host the CSM opened a record on and the hosts of the
 * stored book, and every kept connection of a CRM whose books follow its connections (a portal per token).
 */
export async function bookSources(): Promise<Array<{ crm: Crm; host: string; source?: string }>> {
  const seen = new Map<string, { crm: Crm; host: string; source?: string }>();
  const byConnection = (crm: Crm) => connectorFor(crm).bookSources === 'connections';
  const add = (crm: Crm, url: string | null | undefined) => {
    if (!url || byConnection(crm)) return;
    try {
      const host = new URL(url).host;
      seen.set(`${crm}:${host}`, { crm, host });
    } catch {
      // a record link that is not a URL names no host
    }
  };
  for (const { snapshot } of await latestSnapshotPerAccount()) add(snapshot.crm, snapshot.account.url);
  for (const row of await readBookRows()) add(row.crm, row.url);
  for (const crm of CRMS.filter(byConnection)) {
    const connections = await listConnections(crm);
    for (const info of connections.ok ? connections.value : [])
      seen.set(`${crm}:${info.source}`, { crm, host: info.details?.uiDomain ?? info.apiHost, source: info.source });
  }
  return [...seen.values()];
}

/** Every request of the refresh goes through the guard: it counts the call and reads the org's own count. */
function meteredFetch(guard: BudgetGuard): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    guard.record(response.headers);
    return response;
  };
}

async function rowsOf(
  snapshots: readonly AccountSnapshot[],
  previous: ReadonlyMap<string, BookRow>,
  settings: MetricsSettings,
  now: Date,
  timeZone: string,
): Promise<BookRow[]> {
  const today = dayInTimeZone(now, timeZone);
  const rows: BookRow[] = [];
  for (const raw of snapshots) {
    const snapshot = await withImports(raw);
    const key = accountKeyOf(snapshot);
    const history = (await readHealthHistory(key, today)).filter((h) => h.day !== today);
    const extras = { history, override: await healthOverride(key).get() };
    let metrics = computeAccountMetrics(snapshot, settings, now, timeZone, extras);
    // Steps the CSM ticked are done, not overdue (a tick between refreshes: book-checklist.ts).
    const ticked = new Set(metrics.renewal.date ? Object.keys((await readChecklist(key, metrics.renewal.date)).checked) : []);
    if (ticked.size) metrics = computeAccountMetrics(snapshot, settings, now, timeZone, { ...extras, doneMilestones: ticked });
    const score = metrics.health.state === 'scored' ? metrics.health.score : null;
    rows.push(bookRowOf(snapshot, metrics, settings, now.toISOString(), previous.get(key) ?? null, [...history, { day: today, score }]));
  }
  return rows;
}

let running: Promise<BookStatus> | null = null;

/**
 * Refreshes the book of every org the CSM works in, within the day's API budget share, then
 * stores the rows and each account's daily score, prunes old history and sets the badge. One
 * refresh at a time: a second call while one runs gets the running one.
 */
export function refreshBook(now: Date = new Date()): Promise<BookStatus> {
  if (!running) {
    running = runRefresh(now).finally(() => {
      running = null;
    });
  }
  return running;
}

async function runRefresh(now: Date): Promise<BookStatus> {
  const [settings, metrics, budgets, sources, before] = await Promise.all([
    bookSettings.get(),
    metricsSettings.get(),
    bookBudget.get(),
    bookSources(),
    readBookRows(),
  ]);
  const timeZone = userTimeZone();
  const today = dayInTimeZone(now, timeZone);
  await bookStatus.set({ ...(await bookStatus.get()), running: true });
  const previous = new Map(before.map((r) => [r.accountKey, r]));
  const status: BookStatus = { finishedAt: null, running: false, sources: [] };
  for (const { crm, host, source } of sources) {
    const connector = connectorFor(crm);
    const byList = settings.owner === 'list';
    if (!connector.loadBook || (byList && !connector.bookLists)) {
      status.sources.push({ crm, host, source: source ?? null, accounts: 0, complete: false, unsupported: true });
      continue;
    }
    // The budget and the chosen list are the org's or portal's: keyed by what a refresh knows before any request.
    const budgetKey = bookSourceKey({ crm, host, source: source ?? null });
    const list = byList ? settings.lists[budgetKey] : undefined;
    if (byList && !list) {
      // Nothing is read (and the book kept as it was) until the CSM picks the list in Settings.
      status.sources.push({ crm, host, source: source ?? null, accounts: 0, complete: false, needsList: true });
      continue;
    }
    const guard = budgetGuard(
      budgets[budgetKey] ?? { day: today, spent: 0, orgUsed: null, orgMax: null },
      today,
      settings.budgetShare,
      connector.assumedDailyApiLimit,
    );
    // Its own answer said today's calls are used up: ask nothing until the day turns, and say why.
    if (guard.orgSpent) {
      const error = crmError('rate-limited', 'The last answer said no API calls are left today', { limit: 'daily' });
      status.sources.push({ crm, host, source: source ?? null, accounts: 0, complete: false, error });
      continue;
    }
    const ctx = await connectorContext(connector, {});
    const loaded = await connector.loadBook(
      { host, ...(source ? { source } : {}), owner: settings.owner, ...(list ? { list } : {}) },
      { ...ctx, fetch: meteredFetch(guard), mayRequest: () => guard.allow() },
    );
    budgets[budgetKey] = guard.state();
    if (!loaded.ok) {
      status.sources.push({ crm, host, source: source ?? null, accounts: 0, complete: false, error: loaded.error });
      continue;
    }
    const rows = await rowsOf(loaded.value.accounts, previous, metrics, now, timeZone);
    const stored = await replaceBook(loaded.value.source, rows, today, loaded.value.complete);
    // Only a complete book tells which accounts are out of it.
    if (loaded.value.complete && stored.ok) await forgetOldVisits(crm, loaded.value.source, new Set(rows.map((r) => r.accountKey)), now);
    status.sources.push({
      crm,
      host,
      source: loaded.value.source,
      accounts: rows.length,
      complete: loaded.value.complete && stored.ok,
      ...(loaded.value.stoppedBy ? { stoppedBy: loaded.value.stoppedBy } : {}),
      ...(stored.ok ? {} : { error: crmError('internal', `The book could not be stored (${stored.error.kind})`) }),
    });
  }
  await bookBudget.set(budgets);
  await pruneHealthHistory(today);
  status.finishedAt = new Date().toISOString();
  await bookStatus.set(status);
  await updateBadge(now);
  await notifyBookChanges(before);
  return status;
}

/** The book as stored (no CRM request): rows, how the last refresh went, what it spent today. */
export async function readBook(now: Date = new Date()) {
  const [rows, status, budgets] = await Promise.all([readBookRows(), bookStatus.get(), bookBudget.get()]);
  const today = dayInTimeZone(now, userTimeZone());
  const budget = Object.entries(budgets).map(([key, b]) => ({ key, ...b, spent: b.day === today ? b.spent : 0 }));
  return { rows, status, budget };
}

/** The toolbar badge: how many accounts of the book need attention this week. */
export async function updateBadge(now: Date = new Date()): Promise<number> {
  const [rows, metrics] = await Promise.all([readBookRows(), metricsSettings.get()]);
  const count = needsAttention(rows, dayInTimeZone(now, userTimeZone()), metrics).length;
  await browser.action.setBadgeText({ text: count ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ color: '#b42318' });
  return count;
}

/** Every `intervalHours` (default 4), at browser start, and on demand (the `book-refresh` message). */
export function scheduleBookRefresh(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BOOK_ALARM) void refreshBook();
  });
  browser.runtime.onStartup.addListener(() => void refreshBook());
  const schedule = async () => {
    const { intervalHours } = await bookSettings.get();
    const existing = await browser.alarms.get(BOOK_ALARM);
    // Re-created only when missing or when the interval changed: the worker starts many times a day.
    if (!existing || existing.periodInMinutes !== intervalHours * 60)
      await browser.alarms.create(BOOK_ALARM, { periodInMinutes: intervalHours * 60 });
  };
  void schedule();
  bookSettings.watch(() => void schedule());
}
