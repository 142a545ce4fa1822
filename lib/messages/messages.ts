import { z } from 'zod';
import { CrmNameSchema, RecordRefSchema } from '../pages/record-ref-schema';
import { DraftSchema, NoteInputSchema, VocCategory } from '../store/note-schema';
import { PlanEditSchema } from '../plan/edits';

/** Rows the import page sends in one `imports-save`: small enough to clone without a long pause. */
export const IMPORT_SAVE_BATCH = 2000;

/**
 * Messages between extension parts, checked on both ends. The background answers only
 * messages from our own extension pages (see isTrustedSender).
 */
export const RequestSchema = z.discriminatedUnion('type', [
  // The CRM of a record, through its connector in the background: secrets and sessions never
  // leave it. Requests naming a record are served only to a frame of a tab on that record's host
  // (or to our own top-level pages): see lib/background/sender-scope.ts.
  /** The account snapshot of a record, live from the CRM (cached by the background on success). */
  z.object({ type: z.literal('snapshot-load'), ref: RecordRefSchema }),
  /** Who and where the credentials for a CRM page are (options page checks). */
  z.object({ type: z.literal('connection-check'), crm: CrmNameSchema, host: z.string().min(1), source: z.string().optional() }),
  /** The org's or portal's schema and the record's account values (guided mapping). */
  z.object({ type: z.literal('crm-schema'), ref: RecordRefSchema }),
  /** Connect a CRM with a pasted credential (HubSpot token); the background keeps it. */
  z.object({ type: z.literal('crm-connect'), crm: CrmNameSchema, token: z.string().trim().min(1).max(4096) }),
  /** Sign in with the CRM's OAuth (Salesforce: the org's External Client App, by its consumer key); the background keeps the tokens. */
  z.object({
    type: z.literal('crm-sign-in'),
    crm: CrmNameSchema,
    host: z.string().trim().min(1).max(253),
    clientId: z.string().trim().min(1).max(256),
  }),
  /** Forget a connection or sign-in (a sign-in is revoked at the CRM first). */
  z.object({ type: z.literal('crm-disconnect'), crm: CrmNameSchema, source: z.string().min(1) }),
  /** The connections kept for a CRM (what connect stored, without the secret itself). */
  z.object({ type: z.literal('crm-connections'), crm: CrmNameSchema }),
  /** Any extension page asks to open the options page (optionally at a section). */
  z.object({
    type: z.literal('open-options'),
    section: z
      .string()
      .regex(/^[a-z][a-z-]*$/)
      .optional(),
  }),
  // The store lives in the background: the panel runs in a frame inside the CRM's page, where
  // Chromium may deny IndexedDB to a third-party frame, and one writer also serialises tabs.
  z.object({ type: z.literal('snapshot-cache-read'), key: z.string() }),
  z.object({ type: z.literal('health-history-read'), accountKey: z.string() }),
  z.object({ type: z.literal('health-history-record'), accountKey: z.string(), day: z.string(), score: z.number().nullable() }),
  z.object({
    type: z.literal('notes-list'),
    accountKey: z.string(),
    filter: z.object({ category: VocCategory.nullable().optional(), tag: z.string().optional(), text: z.string().optional() }).optional(),
  }),
  /** Every note of every account (the VOC page). */
  z.object({ type: z.literal('notes-list-all') }),
  z.object({ type: z.literal('backup-export') }),
  /** A backup file's parsed JSON, checked by the store before anything is written. */
  z.object({ type: z.literal('backup-restore'), backup: z.unknown() }),
  z.object({ type: z.literal('note-create'), input: NoteInputSchema }),
  z.object({ type: z.literal('note-update'), id: z.string(), input: NoteInputSchema, baseRevision: z.number().int() }),
  z.object({ type: z.literal('note-delete'), id: z.string() }),
  z.object({ type: z.literal('note-restore'), id: z.string() }),
  z.object({ type: z.literal('tag-suggestions'), prefix: z.string() }),
  z.object({ type: z.literal('checklist-read'), accountKey: z.string(), renewalDate: z.string() }),
  /** Ticks or unticks a step of a renewal cycle: the panel's timeline and the popup share it. */
  z.object({
    type: z.literal('checklist-tick'),
    accountKey: z.string(),
    renewalDate: z.string(),
    item: z.string().min(1),
    checked: z.boolean(),
  }),
  /** The title of the tab the panel sits in: the record's name when the CRM cannot be read. */
  z.object({ type: z.literal('page-title') }),
  /** Share a note with the team: a CRM note on the account, made with the user's own credentials. */
  z.object({ type: z.literal('note-share'), id: z.string(), ref: RecordRefSchema }),
  /** The account's plan (an empty one before the first edit). */
  z.object({ type: z.literal('plan-read'), accountKey: z.string().min(1), accountName: z.string() }),
  /** One edit on top of the revision the page read: see lib/store/plans.ts editPlan. */
  z.object({
    type: z.literal('plan-edit'),
    accountKey: z.string().min(1),
    accountName: z.string(),
    edit: PlanEditSchema,
    baseRevision: z.number().int().nonnegative(),
  }),
  /** Every plan (the VOC page counts churn and downsize reasons). */
  z.object({ type: z.literal('plans-list-all') }),
  /** Shares the plan's summary, written by the page in the CSM's language, as one CRM note on the account. */
  z.object({
    type: z.literal('plan-share'),
    ref: RecordRefSchema,
    accountKey: z.string().min(1),
    accountName: z.string(),
    body: z.string().min(1).max(20_000),
  }),
  z.object({ type: z.literal('draft-save'), key: z.string(), draft: DraftSchema }),
  /** Opens the VOC capture window on a quote (an NPS comment) for the account it came from. */
  z.object({
    type: z.literal('voc-capture'),
    capture: NoteInputSchema.pick({
      accountKey: true,
      accountName: true,
      body: true,
      quote: true,
      sentiment: true,
      sourceUrl: true,
    }).extend({ quote: z.string().min(1).max(10_000) }),
  }),
  /** Files a capture as one note however often it is sent: the capture's id becomes the note's. */
  z.object({ type: z.literal('capture-save'), captureId: z.uuid(), input: NoteInputSchema }),
  z.object({ type: z.literal('draft-load'), key: z.string() }),
  z.object({ type: z.literal('draft-clear'), key: z.string() }),
  // Signals imported from files (the import page only): the accounts rows can match, and the
  // checked rows to save, in batches (each one transaction; the store parses every row again).
  z.object({ type: z.literal('imports-accounts') }),
  z.object({ type: z.literal('imports-save'), rows: z.array(z.unknown()).max(IMPORT_SAVE_BATCH) }),
  /** Settings: what "Delete all local data" would remove, then removing it. */
  z.object({ type: z.literal('local-data-count') }),
  z.object({ type: z.literal('local-data-delete') }),
  /** The stored book of business (no CRM request), how its last refresh went and what it spent today. */
  z.object({ type: z.literal('book-read') }),
  /** Refresh the book now (our own pages only): within the day's API budget share. */
  z.object({ type: z.literal('book-refresh') }),
  /** The orgs and portals a refresh reads (Settings offers a list for each; no CRM request). Our own pages only. */
  z.object({ type: z.literal('book-sources') }),
  /** The lists of accounts an org or portal keeps, for the book's "list" scope: a CRM request, our own pages only. */
  z.object({
    type: z.literal('book-lists'),
    crm: CrmNameSchema,
    host: z.string().trim().min(1).max(253),
    source: z.string().min(1).max(64).optional(),
  }),
]);
export type Request = z.infer<typeof RequestSchema>;

/** Our own pages only: content scripts and web pages never reach the background's store or CRM calls. */
export function isTrustedSender(sender: { id?: string; url?: string }, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
