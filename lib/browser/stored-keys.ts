import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { isCollapsed, PANEL_COLLAPSED_KEY, PANEL_WIDTH_KEY, panelWidthOf } from '../content/panel-state';
import type { RecordRef } from '../pages/record-ref';
import { RecordRefSchema } from '../pages/record-ref-schema';
import type { LocaleChoice } from '../i18n/locale';
import { ImportKind } from '../imports/kinds';
import { OverrideSchema, parseHealthOverrides, type StoredOverride } from '../settings/override-schema';
import { parseMetricsSettings } from '../settings/metrics-settings';
import { parsePlanSettings } from '../settings/plan-settings';
import { parseBookSettings } from '../settings/book-settings';
import { BudgetDaySchema, type BudgetDay } from '../crm/api-budget';
import { BookStatusSchema, NO_BOOK_STATUS, type BookStatus } from '../crm/book';
import { VisitRecordSchema, type VisitRecord } from '../metrics/since-last-visit';

// Every key the extension keeps in browser.storage.local, declared here and nowhere else (the
// content script reads the two panel keys raw, by the names in lib/content/panel-state.ts, to
// stay free of zod). Each is a WXT storage item, parsed on every read: a missing, damaged or
// hand-edited value reads as the default and never throws. Every shape so far is version 1 (a
// value without WXT's `key$` version mark is version 1, so what users already have reads as is);
// a changed shape bumps `version` and adds its migration beside the key.

/** One value in browser.storage.local, read and watched across every extension page. */
export interface StoredValue<T> {
  get(): Promise<T>;
  set(value: T): Promise<void>;
  /** Calls back with the new value when any part of the extension changes it. Returns an unsubscribe. */
  watch(callback: (value: T) => void): () => void;
}

function storedItem<T>(key: string, parse: (raw: unknown) => T): StoredValue<T> {
  const item = storage.defineItem<unknown>(`local:${key}`, { version: 1 });
  return {
    get: async () => parse(await item.getValue()),
    set: (value) => item.setValue(value),
    watch: (callback) => item.watch((value) => callback(parse(value))),
  };
}

const parseWith =
  <T>(schema: z.ZodType<T>, fallback: T) =>
  (raw: unknown): T => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : fallback;
  };

// ── Settings (the options page writes them; every page and the background reads them)

export const metricsSettings = storedItem('settings.metrics', parseMetricsSettings);

/** How QBR quarters are counted (account plans). */
export const planSettings = storedItem('settings.plan', parsePlanSettings);

/** Whose book, how often, and the share of the daily API budget a refresh may spend. */
export const bookSettings = storedItem('settings.book', parseBookSettings);

/**
 * A key per account (`<prefix>/<account key>`), made once per account: two tabs writing for two
 * accounts at once each keep theirs, where one object for every account would lose one.
 */
function perAccount<T>(prefix: string, parse: (raw: unknown) => T): (accountKey: string) => StoredValue<T> {
  const items = new Map<string, StoredValue<T>>();
  return (accountKey) => {
    let item = items.get(accountKey);
    if (!item) {
      item = storedItem(`${prefix}/${accountKey}`, parse);
      items.set(accountKey, item);
    }
    return item;
  };
}

/** The CSM's health override of one account (`health.override/<account key>`). */
export const healthOverride = perAccount<StoredOverride | null>('health.override', parseWith(OverrideSchema.nullable(), null));

const VISIT_PREFIX = 'visit.last';
const parseVisit = parseWith(VisitRecordSchema.nullable(), null);

/**
 * The CSM's last visit to one account (`visit.last/<account key>`): what the panel showed then, so
 * the next visit can say what changed. A few hundred bytes each.
 */
export const lastVisit = perAccount<VisitRecord | null>(VISIT_PREFIX, parseVisit);

/** Every kept last visit whose account key starts with `accountKeyPrefix` (one org's or portal's); null: damaged. */
export async function lastVisitsUnder(accountKeyPrefix: string): Promise<Map<string, VisitRecord | null>> {
  const start = `${VISIT_PREFIX}/${accountKeyPrefix}`;
  const visits = new Map<string, VisitRecord | null>();
  // WXT keeps an item's version mark beside it, under the key and a `$`.
  for (const [key, raw] of Object.entries(await storage.snapshot('local')))
    if (key.startsWith(start) && !key.endsWith('$')) visits.set(key.slice(VISIT_PREFIX.length + 1), parseVisit(raw));
  return visits;
}

/** Removes the last visits of these accounts, with their version marks. */
export async function forgetLastVisits(accountKeys: readonly string[]): Promise<void> {
  await storage.removeItems(accountKeys.map((k) => ({ key: `local:${VISIT_PREFIX}/${k}` as const, options: { removeMeta: true } })));
}

const connectorItems = new Map<string, StoredValue<unknown>>();

/**
 * A CRM's own settings (`settings.salesforce`, `settings.hubspot`): the connector names its key
 * and parser (lib/crm/<crm>/connector.ts), so nothing here names a CRM.
 */
export function connectorSettings<S>(connector: { settingsKey: string; parseSettings(raw: unknown): S }): StoredValue<S> {
  let item = connectorItems.get(connector.settingsKey);
  if (!item) {
    item = storedItem(connector.settingsKey, connector.parseSettings);
    connectorItems.set(connector.settingsKey, item);
  }
  return item as StoredValue<S>;
}

// ── The book refresh's own record (the background writes it; Settings and the book page show it)

/** What the book refresh spent today, per org (source). */
export const bookBudget = storedItem('book.budget', parseWith<Record<string, BudgetDay>>(z.record(z.string(), BudgetDaySchema), {}));

/** How the last refresh went. */
export const bookStatus = storedItem('book.status', parseWith<BookStatus>(BookStatusSchema, NO_BOOK_STATUS));

// ── UI state

export const localeChoice = storedItem('ui.locale', parseWith<LocaleChoice>(z.enum(['en', 'ko']), 'auto'));

export const panelCollapsed = storedItem(PANEL_COLLAPSED_KEY, isCollapsed);

export const panelWidth = storedItem(PANEL_WIDTH_KEY, panelWidthOf);

/** The account the CSM looked at last: where a VOC captured elsewhere goes by default. */
export const lastAccount = storedItem(
  'ui.lastAccount',
  parseWith(z.object({ accountKey: z.string(), accountName: z.string() }).nullable(), null),
);

/** The record page a panel showed last: the settings page reads that org's fields and that account's values. */
export const lastRecord = storedItem('ui.lastRecord', parseWith<RecordRef | null>(RecordRefSchema.nullable(), null));

const SavedMappingSchema = z.object({ kind: ImportKind, mapping: z.record(z.string(), z.number().int().nonnegative()) });

/**
 * Column mappings by header shape (lib/imports/columns.ts headerShape): next month's export of the
 * same tool has the same header, so it imports in two clicks. A damaged value reads as none.
 */
export const importMappings = storedItem('importMappings', parseWith(z.record(z.string(), SavedMappingSchema), {}));

// ── Signals between tabs: "an account's records changed" ('*' for many)

const AccountSignalSchema = z.object({ accountKey: z.string(), at: z.string() }).nullable();

/**
 * Every open panel and VOC page watches this key, so a note saved in one tab shows in the
 * others at once (storage.onChanged reaches every extension page, frames included).
 */
export const notesChanged = storedItem('notes.changed', parseWith(AccountSignalSchema, null));

/** The same for account plans (panel, popup, VOC page's churn reasons). */
export const plansChanged = storedItem('plans.changed', parseWith(AccountSignalSchema, null));

/** The same for renewal checklists: a step ticked in the popup shows in the book's progress column. */
export const checklistsChanged = storedItem('checklists.changed', parseWith(AccountSignalSchema, null));

// ── Migrations of what earlier versions stored

/**
 * `health.overrides` v1 held every account's override in one object, so two tabs overriding two
 * accounts overwrote each other. v2 moves each entry to its account's own key (one already there
 * is newer and wins) and the old key goes. Called by the background at start-up: one context
 * migrates, and a panel open meanwhile sees its override arrive through its watch.
 */
export async function migrateStoredKeys(): Promise<void> {
  const legacy = storage.defineItem<unknown, { v: number }>('local:health.overrides', {
    version: 2,
    migrations: {
      2: async (all: unknown) => {
        for (const [accountKey, override] of Object.entries(parseHealthOverrides(all))) {
          const item = healthOverride(accountKey);
          if ((await item.get()) === null) await item.set(override);
        }
        return {};
      },
    },
  });
  await legacy.getValue();
  // A failed migration leaves the old key (and its version) as it was, to be tried next start.
  if ((await legacy.getMeta()).v === 2) await legacy.removeValue({ removeMeta: true });
}
