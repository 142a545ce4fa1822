import { z } from 'zod';
import { CrmErrorSchema } from '../crm/errors';
import { DraftSchema, NoteInputSchema, VocCategory } from '../store/note-schema';

/**
 * Messages between extension parts, checked on both ends. The background answers only
 * messages from our own extension pages (see isTrustedSender).
 */
export const RequestSchema = z.discriminatedUnion('type', [
  /** The panel asks for the user's Salesforce session for the org behind a page host. */
  z.object({ type: z.literal('salesforce-session'), pageHost: z.string().min(1) }),
  /** Any extension page asks to open the options page (optionally at a section). */
  z.object({ type: z.literal('open-options'), section: z.string().optional() }),
  // The store lives in the background: the panel runs in a frame inside the CRM's page, where
  // Chromium may deny IndexedDB to a third-party frame, and one writer also serialises tabs.
  z.object({ type: z.literal('snapshot-cache-read'), key: z.string() }),
  z.object({ type: z.literal('snapshot-cache-write'), key: z.string(), savedAt: z.string(), snapshot: z.unknown() }),
  z.object({ type: z.literal('health-history-read'), accountKey: z.string() }),
  z.object({ type: z.literal('health-history-record'), accountKey: z.string(), day: z.string(), score: z.number().nullable() }),
  z.object({
    type: z.literal('notes-list'),
    accountKey: z.string(),
    filter: z.object({ category: VocCategory.nullable().optional(), tag: z.string().optional(), text: z.string().optional() }).optional(),
  }),
  z.object({ type: z.literal('note-create'), input: NoteInputSchema }),
  z.object({ type: z.literal('note-update'), id: z.string(), input: NoteInputSchema, baseRevision: z.number().int() }),
  z.object({ type: z.literal('note-delete'), id: z.string() }),
  z.object({ type: z.literal('note-restore'), id: z.string() }),
  z.object({ type: z.literal('tag-suggestions'), prefix: z.string() }),
  z.object({ type: z.literal('checklist-read'), accountKey: z.string(), renewalDate: z.string() }),
  /** Ticks or unticks a step of a renewal cycle: the panel's timeline and the popup share it. */
  z.object({ type: z.literal('checklist-tick'), accountKey: z.string(), renewalDate: z.string(), item: z.string().min(1), checked: z.boolean() }),
  /** Share a note with the team: a CRM note on the account, made with the user's own session. */
  z.object({ type: z.literal('note-share'), id: z.string(), pageHost: z.string() }),
  /** The title of the tab the panel sits in: the record's name when the CRM cannot be read. */
  z.object({ type: z.literal('page-title') }),
  z.object({ type: z.literal('draft-save'), key: z.string(), draft: DraftSchema }),
  z.object({ type: z.literal('draft-load'), key: z.string() }),
  z.object({ type: z.literal('draft-clear'), key: z.string() }),
]);
export type Request = z.infer<typeof RequestSchema>;

export const SalesforceSessionResponseSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.object({ apiHost: z.string(), sid: z.string(), orgId: z.string() }) }),
  z.object({ ok: z.literal(false), error: CrmErrorSchema }),
]);
export type SalesforceSessionResponse = z.infer<typeof SalesforceSessionResponseSchema>;

/** Our own pages only: content scripts and web pages never get a session out of the background. */
export function isTrustedSender(sender: { id?: string; url?: string }, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
