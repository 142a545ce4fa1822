import {
  accountKeyOf,
  type AccountSnapshot,
  type Invoice,
  type NpsAnswer,
  type Part,
  type PartSource,
  type UsagePeriod,
} from '../crm/snapshot.ts';
import type { ImportedSignal } from './kinds.ts';

interface Imported<T> {
  key: string;
  item: T;
  source: PartSource;
}

const newest = (a: string, b: string) => (a > b ? a : b);

/**
 * One snapshot part with imported items merged in: an item the CRM lacks is added; for the same
 * key (period, respondent and day, invoice) the newer side wins — the import's time against the
 * part's as-of — and fills what it leaves empty from the other. A part that failed stays failed:
 * the panel must say the CRM could not be read, not quietly show the file instead.
 */
function mergePart<T>(
  part: Part<T[]>,
  imported: readonly Imported<T>[],
  keyOf: (item: T) => string,
  combine: (newer: T, older: T) => T,
  order: (item: T) => string,
): Part<T[]> {
  if (imported.length === 0 || part.status === 'error') return part;
  const crmAsOf = part.status === 'ok' ? part.asOf : '';
  const out = new Map<string, { item: T; source: PartSource | null }>();
  if (part.status === 'ok') for (const item of part.data) out.set(keyOf(item), { item, source: part.source ?? null });
  let asOf = crmAsOf;
  for (const imp of imported) {
    const crm = out.get(imp.key);
    const importWins = !crm || imp.source.importedAt > crmAsOf;
    if (importWins) asOf = newest(asOf, imp.source.importedAt);
    out.set(
      imp.key,
      !crm
        ? { item: imp.item, source: imp.source }
        : importWins
          ? { item: combine(imp.item, crm.item), source: imp.source }
          : { item: combine(crm.item, imp.item), source: crm.source },
    );
  }
  let latest: { item: T; source: PartSource | null } | null = null;
  for (const entry of out.values()) if (!latest || order(entry.item) > order(latest.item)) latest = entry;
  const cut = part.status === 'ok' ? part.cut : undefined;
  return {
    status: 'ok',
    asOf,
    data: [...out.values()].map((e) => e.item),
    ...(latest?.source ? { source: latest.source } : {}),
    ...(cut ? { cut } : {}),
  };
}

const sourceOf = (s: ImportedSignal): PartSource => ({ kind: 'import', file: s.file, importedAt: s.importedAt });
const periodKey = (p: { periodStart: string; periodEnd: string }) => `${p.periodStart}|${p.periodEnd}`;
// A date-only answer placed at noon UTC stays on its calendar day in every zone from UTC−11 to UTC+11.
const answeredAtOf = (day: string) => `${day}T12:00:00.000Z`;

const EMPTY_PERIOD = { activeUsers: null, licensedSeats: null, logins: null, featuresUsed: null, featuresTotal: null };
function fillUsage(newer: UsagePeriod, older: UsagePeriod): UsagePeriod {
  return {
    ...newer,
    activeUsers: newer.activeUsers ?? older.activeUsers,
    licensedSeats: newer.licensedSeats ?? older.licensedSeats,
    logins: newer.logins ?? older.logins,
    featuresUsed: newer.featuresUsed ?? older.featuresUsed,
    featuresTotal: newer.featuresTotal ?? older.featuresTotal,
  };
}

/** Usage, logins and feature rows of one period become one usage period (the newest file names it). */
function importedUsage(signals: readonly ImportedSignal[]): Imported<UsagePeriod>[] {
  const byPeriod = new Map<string, Imported<UsagePeriod>>();
  for (const s of signals) {
    const v = s.values;
    if (v.kind !== 'usage' && v.kind !== 'logins' && v.kind !== 'features') continue;
    const key = periodKey(v);
    const entry = byPeriod.get(key) ?? {
      key,
      item: { periodStart: v.periodStart, periodEnd: v.periodEnd, ...EMPTY_PERIOD },
      source: sourceOf(s),
    };
    const { kind: _kind, periodStart: _start, periodEnd: _end, ...fields } = v;
    entry.item = { ...entry.item, ...fields };
    const { kind: _import, ...file } = sourceOf(s);
    const fieldSources = { ...entry.source.fields };
    for (const field of Object.keys(fields)) fieldSources[field] = file;
    entry.source = { ...(s.importedAt > entry.source.importedAt ? sourceOf(s) : entry.source), fields: fieldSources };
    byPeriod.set(key, entry);
  }
  return [...byPeriod.values()];
}

/**
 * The snapshot with the account's imported signals merged into its usage, NPS and invoices
 * parts, each part naming the file of its newest value. Signals of other accounts are ignored;
 * without any, the snapshot comes back as it was.
 */
export function applyImports(snapshot: AccountSnapshot, signals: readonly ImportedSignal[]): AccountSnapshot {
  const key = accountKeyOf(snapshot);
  const mine = signals.filter((s) => s.accountKey === key);
  if (mine.length === 0) return snapshot;
  const nps: Imported<NpsAnswer>[] = [];
  const invoices: Imported<Invoice>[] = [];
  for (const s of mine) {
    const v = s.values;
    if (v.kind === 'nps') {
      const answer = {
        respondentId: v.respondentId,
        respondentName: v.respondentName,
        score: v.score,
        comment: v.comment,
        answeredAt: answeredAtOf(v.answeredOn),
      };
      nps.push({ key: `${v.respondentId}|${v.answeredOn}`, item: answer, source: sourceOf(s) });
    } else if (v.kind === 'invoices') {
      const id = v.invoiceId ?? `due:${v.dueDate}`;
      invoices.push({ key: id, item: { id, amount: v.amount, dueDate: v.dueDate, paidAt: v.paidDate }, source: sourceOf(s) });
    }
  }
  const pick = <T>(newer: T) => newer;
  return {
    ...snapshot,
    usage: mergePart(snapshot.usage, importedUsage(mine), periodKey, fillUsage, (p) => p.periodEnd),
    nps: mergePart(
      snapshot.nps,
      nps,
      (a) => `${a.respondentId}|${a.answeredAt.slice(0, 10)}`,
      pick,
      (a) => a.answeredAt,
    ),
    invoices: mergePart(
      snapshot.invoices,
      invoices,
      (i) => i.id,
      pick,
      (i) => i.dueDate,
    ),
  };
}
