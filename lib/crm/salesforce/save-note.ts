import { crmError, type CrmResult } from '../errors';
import { API_VERSION, salesforceRequest, type HttpDeps } from './client';
import { salesforceError } from './errors';
import { SfCompositeResultSchema } from './schemas';
import type { SalesforceSession } from './session';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function base64Utf8(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** ContentNote content is HTML: the CSM's text goes in escaped, line by line. */
const noteHtml = (body: string) =>
  body
    .split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');

/**
 * Shares a note with the team as a Salesforce Note (ContentNote) linked to the account, in one
 * all-or-nothing composite call: no orphan note if the link fails.
 */
export async function saveNoteToSalesforce(
  session: SalesforceSession,
  accountId: string,
  note: { title: string; body: string },
  deps: HttpDeps,
): Promise<CrmResult<{ id: string }>> {
  const base = `/services/data/${API_VERSION}`;
  const html = noteHtml(note.body);
  const answer = await salesforceRequest(session, `${base}/composite`, deps, {
    method: 'POST',
    body: {
      allOrNone: true,
      compositeRequest: [
        {
          method: 'POST',
          url: `${base}/sobjects/ContentNote`,
          referenceId: 'note',
          body: { Title: note.title.slice(0, 255), Content: base64Utf8(html) },
        },
        {
          method: 'POST',
          url: `${base}/sobjects/ContentDocumentLink`,
          referenceId: 'link',
          body: { ContentDocumentId: '@{note.id}', LinkedEntityId: accountId, ShareType: 'V' },
        },
      ],
    },
  });
  if (!answer.ok) return answer;
  const parsed = SfCompositeResultSchema.safeParse(answer.value);
  if (!parsed.success) return { ok: false, error: crmError('bad-response', 'The composite answer did not have the documented shape') };
  const failed = parsed.data.compositeResponse.find((r) => r.httpStatusCode >= 300 && !/PROCESSING_HALTED/.test(JSON.stringify(r.body)));
  if (failed) return { ok: false, error: salesforceError(failed.httpStatusCode, failed.body) };
  const created = parsed.data.compositeResponse.find((r) => r.referenceId === 'note')?.body as { id?: unknown } | undefined;
  return typeof created?.id === 'string'
    ? { ok: true, value: { id: created.id } }
    : { ok: false, error: crmError('bad-response', 'No id for the new note') };
}

/**
 * Rewrites a shared ContentNote in place (PATCH answers 204 No Content); its link to the account
 * stays. A note deleted in the org answers 404 (NOT_FOUND or ENTITY_IS_DELETED).
 */
export async function updateNoteInSalesforce(
  session: SalesforceSession,
  noteId: string,
  note: { title: string; body: string },
  deps: HttpDeps,
): Promise<CrmResult<{ id: string }>> {
  // Only a ContentNote id goes into the path (069 prefix, 15 or 18 characters).
  if (!/^069[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?$/.test(noteId))
    return { ok: false, error: crmError('bad-request', `Not a Salesforce note id: ${noteId.slice(0, 40)}`) };
  const answer = await salesforceRequest(session, `/services/data/${API_VERSION}/sobjects/ContentNote/${noteId}`, deps, {
    method: 'PATCH',
    body: { Title: note.title.slice(0, 255), Content: base64Utf8(noteHtml(note.body)) },
  });
  return answer.ok ? { ok: true, value: { id: noteId } } : answer;
}
