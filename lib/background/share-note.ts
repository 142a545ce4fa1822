import { crmError, type CrmResult } from '../crm/errors';
import { saveNoteToSalesforce } from '../crm/salesforce/save-note';
import type { SalesforceSession } from '../crm/salesforce/session';
import type { Note } from '../store/note-schema';
import { getNote, markRemote } from '../store/notes';
import { announceNotesChanged } from '../store/notes-changed';

/**
 * Shares a stored note with the team in the CRM. On any failure the note stays local, unchanged,
 * and the typed error says why.
 */
export async function shareNote(id: string, session: CrmResult<SalesforceSession>, now: Date): Promise<CrmResult<Note>> {
  const note = await getNote(id);
  if (!note) return { ok: false, error: crmError('not-found', 'The note is no longer stored') };
  const [crm, , accountId] = note.accountKey.split(':');
  if (crm !== 'salesforce' || !accountId) return { ok: false, error: crmError('not-connected', 'Sharing to this CRM is not available') };
  if (!session.ok) return session;
  const title = (note.body || note.quote || '').split('\n')[0]!.slice(0, 80) || note.accountName;
  const body = [note.body, note.quote ? `“${note.quote}”` : '', note.sourceUrl ?? ''].filter(Boolean).join('\n\n');
  const saved = await saveNoteToSalesforce(session.value, accountId, { title, body }, { fetch: (input, init) => fetch(input, init) });
  if (!saved.ok) return saved;
  const marked = await markRemote(id, { crm: 'salesforce', id: saved.value.id, savedAt: now.toISOString() }, now);
  if (!marked.ok) return { ok: false, error: crmError('bad-response', 'Shared, but the local note could not record it') };
  return announceNotesChanged(note.accountKey, { ok: true as const, value: marked.value });
}
