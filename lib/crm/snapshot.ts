import { z } from 'zod';
import { CrmNameSchema } from '../pages/record-ref-schema';
import { CrmErrorSchema } from './errors';

/**
 * The normalised picture of one account, whatever CRM it came from. CRM clients produce it,
 * metrics consume it. Dates are ISO 8601 strings (date-only `YYYY-MM-DD` where the CRM has
 * only a date); money is a plain number in the account's currency.
 */
const isoDateTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'not a date-time');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a YYYY-MM-DD date');

export const TicketPriority = z.enum(['urgent', 'high', 'medium', 'low']);
export type TicketPriority = z.infer<typeof TicketPriority>;

export const TicketSchema = z.object({
  id: z.string(),
  subject: z.string(),
  status: z.string(),
  isClosed: z.boolean(),
  /** null when the CRM's priority could not be mapped; such a ticket uses the Medium SLA. */
  priority: TicketPriority.nullable(),
  createdAt: isoDateTime,
  closedAt: isoDateTime.nullable(),
  /** Link to the ticket in the CRM. */
  url: z.string().optional(),
});
export type Ticket = z.infer<typeof TicketSchema>;

export const OpportunitySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** True when the opportunity/deal is a renewal per the user's settings. */
  isRenewal: z.boolean(),
  stage: z.string(),
  amount: z.number().nullable(),
  closeDate: isoDate,
  isClosed: z.boolean(),
  isWon: z.boolean(),
});
export type Opportunity = z.infer<typeof OpportunitySchema>;

export const ContractSchema = z.object({
  id: z.string(),
  status: z.string(),
  isActive: z.boolean(),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  termMonths: z.number().int().positive().nullable(),
  /** Total contract value over its whole term, where known. */
  value: z.number().nullable(),
});
export type Contract = z.infer<typeof ContractSchema>;

export const ContactSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  isChampion: z.boolean(),
  /** The contact left the company or changed role (per the mapped field). */
  hasLeft: z.boolean(),
});
export type Contact = z.infer<typeof ContactSchema>;

export const NpsAnswerSchema = z.object({
  respondentId: z.string(),
  respondentName: z.string().nullable(),
  score: z.number().int().min(0).max(10),
  comment: z.string().nullable(),
  answeredAt: isoDateTime,
});
export type NpsAnswer = z.infer<typeof NpsAnswerSchema>;

export const UsagePeriodSchema = z.object({
  periodStart: isoDate,
  periodEnd: isoDate,
  activeUsers: z.number().nonnegative().nullable(),
  licensedSeats: z.number().nonnegative().nullable(),
  logins: z.number().nonnegative().nullable(),
  featuresUsed: z.number().int().nonnegative().nullable(),
  featuresTotal: z.number().int().nonnegative().nullable(),
});
export type UsagePeriod = z.infer<typeof UsagePeriodSchema>;

export const InvoiceSchema = z.object({
  id: z.string(),
  amount: z.number().nullable(),
  dueDate: isoDate,
  paidAt: isoDate.nullable(),
});
export type Invoice = z.infer<typeof InvoiceSchema>;

export const AccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** ISO 4217 code; the org's or portal's default when the record has none. */
  currency: z.string().length(3),
  ownerName: z.string().nullable(),
  industry: z.string().nullable(),
  /** A churned account shows no health score. */
  churned: z.boolean(),
  customerSince: isoDate.nullable(),
  /** Mapped ARR field, used when no contract gives one. */
  arr: z.number().nullable(),
  /** Mapped renewal-date field: the last resort for the renewal date. */
  renewalDate: isoDate.nullable(),
  /** The CSM's last touch (last activity) on the account. */
  lastTouchAt: isoDateTime.nullable(),
  /** Where the last touch came from, where the CRM tells (Salesforce: Last Activity Date, a task, an event). */
  lastTouchSource: z.enum(['account', 'task', 'event']).optional(),
  url: z.string().optional(),
  /** The account's web site, where the CRM has one: imported files match rows by its domain. */
  website: z.string().nullable().optional(),
  /**
   * Mapped account fields the CRM does not have (`invalid-field` errors naming the field): their
   * values above read as null, and the settings page can say which mapping to fix.
   */
  fieldErrors: z.array(CrmErrorSchema).optional(),
});
export type Account = z.infer<typeof AccountSchema>;

/**
 * Why a part has no source: nothing is mapped to feed it, or the CRM lacks the object (an org
 * without Feedback Management has no NPS answers to read). The panel says so in words.
 */
export const MissingReason = z.enum(['not-mapped', 'no-feedback-management', 'no-object']);
export type MissingReason = z.infer<typeof MissingReason>;

/**
 * Where a part's newest value came from when it is not the CRM: a file the CSM imported (absent
 * means the CRM, as every snapshot before imports).
 */
const ImportFileSchema = z.object({ file: z.string(), importedAt: isoDateTime });
export const PartSourceSchema = z.object({
  kind: z.literal('import'),
  file: z.string(),
  importedAt: isoDateTime,
  /** When several files fed the newest item (usage from one export, features from another): which gave each field. */
  fields: z.record(z.string(), ImportFileSchema).optional(),
});
export type PartSource = z.infer<typeof PartSourceSchema>;

/** The CRM had more than we read (pages left unread): how many records came, of how many (null: unknown). */
export const PartCutSchema = z.object({ read: z.number().int().nonnegative(), total: z.number().int().nonnegative().nullable() });
export type PartCut = z.infer<typeof PartCutSchema>;

/** One source of the snapshot: its data with an "as of" time, an error, or nothing to read from. */
export function partSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('status', [
    z.object({ status: z.literal('ok'), asOf: isoDateTime, data, source: PartSourceSchema.optional(), cut: PartCutSchema.optional() }),
    z.object({ status: z.literal('error'), error: CrmErrorSchema }),
    /** No source holds this (e.g. usage before any import); `reason` says why, where it is known. */
    z.object({ status: z.literal('missing'), reason: MissingReason.optional() }),
  ]);
}

export const AccountSnapshotSchema = z.object({
  crm: CrmNameSchema,
  /** Where the snapshot came from: org id / host or portal id. */
  source: z.string(),
  fetchedAt: isoDateTime,
  account: AccountSchema,
  tickets: partSchema(z.array(TicketSchema)),
  opportunities: partSchema(z.array(OpportunitySchema)),
  contracts: partSchema(z.array(ContractSchema)),
  contacts: partSchema(z.array(ContactSchema)),
  nps: partSchema(z.array(NpsAnswerSchema)),
  usage: partSchema(z.array(UsagePeriodSchema)),
  invoices: partSchema(z.array(InvoiceSchema)),
});
export type AccountSnapshot = z.infer<typeof AccountSnapshotSchema>;
export type SnapshotPartKey = 'tickets' | 'opportunities' | 'contracts' | 'contacts' | 'nps' | 'usage' | 'invoices';
export type Part<T> =
  | { status: 'ok'; asOf: string; data: T; source?: PartSource; cut?: PartCut }
  | { status: 'error'; error: z.infer<typeof CrmErrorSchema> }
  | { status: 'missing'; reason?: MissingReason };

export { accountKeyOf } from './account-key.ts';
