import { crmError, type CrmResult } from '../crm/errors';
import { connectorFor } from '../crm/registry';
import type { RecordRef } from '../pages/record-ref';
import type { Note } from '../store/note-schema';
import { getNote, markRemote } from '../store/notes';
import { announceNotesChanged } from '../store/notes-changed';
import { connectorContext, type RequestOrigin } from './connector-context';

const sharing = new Map<string, Promise<CrmResult<Note>>>();

/**
 * Shares a stored note with the team in its CRM, once: a second click or a second tab while the
 * first is under way gets the same answer, and a note already shared is not posted again. On any
 * failure the note stays local, unchanged, and the typed error says why.
 */
export function shareNote(id: string, ref: RecordRef, origin: RequestOrigin, now: Date): Promise<CrmResult<Note>> {
  const running = sharing.get(id);
  if (running) return running;
  const call = share(id, ref, origin, now);
  sharing.set(id, call);
  void call.finally(() => sharing.delete(id));
  return call;
}

async function share(id: string, ref: RecordRef, origin: RequestOrigin, now: Date): Promise<CrmResult<Note>> {
  const note = await getNote(id);
  if (!note) return { ok: false, error: crmError('not-found', 'The note is no longer stored') };
  if (note.remote) return { ok: true, value: note };
  const [crm, source, accountId] = note.accountKey.split(':');
  if (crm !== ref.crm || !source || !accountId)
    return { ok: false, error: crmError('not-found', 'This note belongs to an account of another CRM') };
  const connector = connectorFor(ref.crm);
  const title = (note.body || note.quote || '').split('\n')[0]!.slice(0, 80) || note.accountName;
  const body = [note.body, note.quote ? `“${note.quote}”` : '', note.sourceUrl ?? ''].filter(Boolean).join('\n\n');
  const saved = await connector.saveNote(ref, { source, accountId }, { title, body }, await connectorContext(connector, origin));
  if (!saved.ok) return saved;
  const marked = await markRemote(id, { crm: ref.crm, id: saved.value.id, savedAt: now.toISOString() }, now);
  if (!marked.ok) return { ok: false, error: crmError('bad-response', 'Shared, but the local note could not record it') };
  return announceNotesChanged(note.accountKey, { ok: true as const, value: marked.value });
}
