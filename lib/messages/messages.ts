import { z } from 'zod';
import { CrmErrorSchema } from '../crm/errors';

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
