import { z } from 'zod';

/** What a file holds; each kind feeds one part of the snapshot (usage, NPS or invoices). */
export const ImportKind = z.enum(['usage', 'logins', 'features', 'nps', 'invoices']);
export type ImportKind = z.infer<typeof ImportKind>;
export const IMPORT_KINDS: readonly ImportKind[] = ImportKind.options;

export type FieldType = 'account' | 'date' | 'count' | 'score' | 'money' | 'text';
export interface FieldSpec {
  id: string;
  type: FieldType;
  required: boolean;
}

const account: FieldSpec = { id: 'account', type: 'account', required: true };
const period: FieldSpec[] = [
  { id: 'periodStart', type: 'date', required: true },
  { id: 'periodEnd', type: 'date', required: true },
];

/** The columns each kind reads. `account` holds a CRM id, a web domain or the exact account name. */
export const KIND_FIELDS: Record<ImportKind, readonly FieldSpec[]> = {
  usage: [
    account,
    ...period,
    { id: 'activeUsers', type: 'count', required: true },
    { id: 'licensedSeats', type: 'count', required: false },
  ],
  logins: [account, ...period, { id: 'logins', type: 'count', required: true }],
  features: [
    account,
    ...period,
    { id: 'featuresUsed', type: 'count', required: true },
    { id: 'featuresTotal', type: 'count', required: true },
  ],
  nps: [
    account,
    { id: 'respondent', type: 'text', required: true },
    { id: 'score', type: 'score', required: true },
    { id: 'date', type: 'date', required: true },
    { id: 'respondentName', type: 'text', required: false },
    { id: 'comment', type: 'text', required: false },
  ],
  invoices: [
    account,
    { id: 'invoiceId', type: 'text', required: false },
    { id: 'dueDate', type: 'date', required: true },
    { id: 'paidDate', type: 'date', required: false },
    { id: 'amount', type: 'money', required: false },
  ],
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().nonnegative();
const periodShape = { periodStart: isoDate, periodEnd: isoDate };

/** One checked row's values, by kind. */
export const SignalValuesSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('usage'), ...periodShape, activeUsers: count, licensedSeats: count.nullable() }),
  z.object({ kind: z.literal('logins'), ...periodShape, logins: count }),
  z.object({ kind: z.literal('features'), ...periodShape, featuresUsed: count, featuresTotal: count }),
  z.object({
    kind: z.literal('nps'),
    respondentId: z.string().min(1),
    respondentName: z.string().nullable(),
    score: z.number().int().min(0).max(10),
    answeredOn: isoDate,
    comment: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('invoices'),
    invoiceId: z.string().nullable(),
    dueDate: isoDate,
    paidDate: isoDate.nullable(),
    amount: z.number().nullable(),
  }),
]);
export type SignalValues = z.infer<typeof SignalValuesSchema>;

/**
 * A saved row: `id` is its identity (kind, account and period / respondent and day / invoice),
 * so a re-import lands on the same record and a newer file replaces the older value.
 */
export const ImportedSignalSchema = z.object({
  id: z.string().min(1),
  accountKey: z.string().min(1),
  file: z.string(),
  importedAt: z.iso.datetime(),
  values: SignalValuesSchema,
});
export type ImportedSignal = z.infer<typeof ImportedSignalSchema>;

/** The identity of a row's values within an account. */
export function signalIdentity(accountKey: string, v: SignalValues): string {
  switch (v.kind) {
    case 'usage':
    case 'logins':
    case 'features':
      return `${v.kind}|${accountKey}|${v.periodStart}|${v.periodEnd}`;
    case 'nps':
      return `nps|${accountKey}|${v.respondentId}|${v.answeredOn}`;
    case 'invoices':
      return `invoices|${accountKey}|${v.invoiceId ?? `due:${v.dueDate}`}`;
  }
}

/** Two values that say the same thing (key order aside): a re-import of them changes nothing. */
export function sameValues(a: SignalValues, b: SignalValues): boolean {
  const keys = Object.keys(a) as Array<keyof SignalValues>;
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === (b as Record<string, unknown>)[k]);
}
