import type { CrmSchema, FieldInfo, FieldType } from './schema';

/**
 * Guided mapping, for any CRM: which of an org's (or portal's) fields could carry each
 * customer-success signal, ranked by how well their type and their name or label fit. Pure: the
 * settings page feeds it the schema and the raw values of the account viewed last.
 */
export type Signal =
  | 'arr'
  | 'seats'
  | 'activeUsers'
  | 'lastLogin'
  | 'logins'
  | 'featuresUsed'
  | 'featuresTotal'
  | 'champion'
  | 'contactLeft'
  | 'renewalDate'
  | 'overdueInvoiceDate'
  | 'churned';

interface SignalSpec {
  types: readonly FieldType[];
  /** Words that name the signal outright ("annual recurring"), then words that hint at it ("revenue"). */
  strong: readonly RegExp[];
  weak?: readonly RegExp[];
  /** For lookups: the object they must point at (Contact / contacts). */
  pointsAt?: RegExp;
}

const NUMBER: readonly FieldType[] = ['number', 'currency', 'percent'];
const DATE: readonly FieldType[] = ['date', 'datetime'];

export const SIGNALS: Record<Signal, SignalSpec> = {
  arr: {
    types: ['currency', 'number'],
    strong: [/\barr\b/, /annual(ized)? recurring/, /recurring revenue/, /\bacv\b/, /annual contract value/],
    weak: [/\bmrr\b/, /contract value/, /revenue/],
  },
  seats: { types: NUMBER, strong: [/\bseats?\b/, /\blicen[cs]es?\b/, /\blicen[cs]ed\b/], weak: [/\busers? purchased\b/, /\bquantity\b/] },
  activeUsers: { types: NUMBER, strong: [/\bactive users?\b/, /\b[mwd]au\b/], weak: [/\busers?\b/] },
  lastLogin: { types: DATE, strong: [/\blast (log ?in|sign ?in)\b/], weak: [/\blast (seen|used|usage)\b/, /\blog ?in\b/] },
  logins: { types: NUMBER, strong: [/\blog ?ins?\b/, /\bsign ?ins?\b/], weak: [/\bsessions?\b/, /\bvisits?\b/] },
  featuresUsed: {
    types: NUMBER,
    strong: [/\bfeatures? (used|adopted|in use)\b/, /\badopted features?\b/],
    weak: [/\badoption\b/, /\bfeatures?\b/],
  },
  featuresTotal: {
    types: NUMBER,
    strong: [/\b(total|available|key|licensed) features?\b/, /\bfeatures? (total|available)\b/],
    weak: [/\bfeatures?\b/],
  },
  champion: {
    types: ['reference'],
    strong: [/\bchampion\b/],
    weak: [/\b(primary|main|key) contact\b/, /\bsponsor\b/],
    pointsAt: /^contacts?$/i,
  },
  contactLeft: {
    types: ['boolean'],
    strong: [/\bleft( the)?( company)?\b/, /\bno longer\b/, /\bdeparted\b/],
    weak: [/\bformer\b/, /\binactive\b/],
  },
  renewalDate: { types: DATE, strong: [/\brenewal\b/], weak: [/\b(contract|subscription) end\b/, /\bexpir(y|es|ation)\b/] },
  overdueInvoiceDate: { types: DATE, strong: [/\boverdue\b/, /\bpast due\b/], weak: [/\bunpaid\b/, /\binvoice\b/] },
  churned: { types: ['boolean'], strong: [/\bchurn(ed)?\b/], weak: [/\bcancell?ed\b/, /\bformer customer\b/, /\blost\b/] },
};

/** `Annual_Recurring_Revenue__c`, `annualRecurringRevenue` → "annual recurring revenue". */
export function wordsOf(text: string): string {
  return text
    .replace(/__(c|pc|r)$/i, '')
    .replace(/^[a-z0-9]+__/i, '') // a managed package's namespace prefix
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_\-./()]+/g, ' ')
    .toLowerCase()
    .trim();
}

export interface FieldSuggestion {
  field: FieldInfo;
  /** Higher fits better: name/label words first, then a value on the account. */
  score: number;
  /** What the field holds on the account viewed last (undefined when not known). */
  value?: unknown;
}

/**
 * The fields of `object` that fit `signal`, best first (at most `limit`): the type must fit, and
 * the name or label must say the signal. A field with a value on the account viewed last ranks
 * above an otherwise equal empty one; custom fields above standard ones (they were made for it).
 */
export function suggestFields(
  schema: CrmSchema,
  object: string,
  signal: Signal,
  accountValues: Record<string, unknown> | null = null,
  limit = 5,
): FieldSuggestion[] {
  const spec = SIGNALS[signal];
  const fields = schema.objects[object]?.fields ?? [];
  const out: FieldSuggestion[] = [];
  for (const field of fields) {
    if (!spec.types.includes(field.type)) continue;
    if (spec.pointsAt && !(field.referenceTo ?? []).some((t) => spec.pointsAt!.test(t))) continue;
    const text = `${wordsOf(field.name)} | ${wordsOf(field.label)}`;
    const strong = spec.strong.some((r) => r.test(text));
    const weak = !strong && (spec.weak ?? []).some((r) => r.test(text));
    if (!strong && !weak) continue;
    const value = accountValues && field.name in accountValues ? accountValues[field.name] : undefined;
    const hasValue = value !== undefined && value !== null && value !== '';
    const score = (strong ? 10 : 4) + (field.custom ? 2 : 0) + (hasValue ? 1 : 0);
    out.push({ field, score, ...(accountValues && field.name in accountValues ? { value } : {}) });
  }
  return out.sort((a, b) => b.score - a.score || a.field.label.localeCompare(b.field.label)).slice(0, limit);
}

/**
 * The share of the scorecard's weight that has a source: Σ weight of measures with one ÷ Σ all
 * weights (what "coverage" means on the panel). 0 when every weight is 0.
 */
export function reachableCoverage<M extends string>(weights: Record<M, number>, withSource: ReadonlySet<M>): number {
  let total = 0;
  let covered = 0;
  for (const [measure, weight] of Object.entries(weights) as Array<[M, number]>) {
    total += weight;
    if (withSource.has(measure)) covered += weight;
  }
  return total ? covered / total : 0;
}
