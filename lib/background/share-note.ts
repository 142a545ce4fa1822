import { crmError, type CrmResult } from '../crm/errors';
import { connectorFor } from '../crm/registry';
import type { RecordRef } from '../pages/record-ref';
import type { Note, SharedPlan } from '../store/note-schema';
import { getNote, markRemote } from '../store/notes';
import { announceNotesChanged } from '../store/notes-changed';
import { connectorContext, type RequestOrigin } from './connector-context';

/**
 * What a share did: the note went to the CRM for the first time (`created`), rewrote its CRM copy
 * (`updated`), replaced a copy someone deleted in the CRM (`recreated`), or left the copy as it
 * was shared (`kept`: a note shared before, or a CRM that cannot update notes).
 */
export type ShareOutcome = SharedPlan['outcome'];
type Shared = CrmResult<{ note: Note; outcome: ShareOutcome }>;

const sharing = new Map<string, Promise<Shared>>();

/**
 * Shares a stored note with the team in its CRM, once: a second click or a second tab while the
 * first is under way gets the same answer, and a note already shared is not posted again. On any
 * failure the note stays local, unchanged, and the typed error says why.
 */
export async function shareNote(id: string, ref: RecordRef, origin: RequestOrigin, now: Date): Promise<CrmResult<Note>> {
  const shared = await syncNote(id, ref, origin, now, false);
  return shared.ok ? { ok: true, value: shared.value.note } : shared;
}

/**
 * shareNote, and with `update` a note shared before has its CRM copy rewritten in place where
 * the CRM allows (the account plan); a copy deleted in the CRM is made anew.
 */
export function syncNote(id: string, ref: RecordRef, origin: RequestOrigin, now: Date, update: boolean): Promise<Shared> {
  const running = sharing.get(id);
  if (running) return running;
  const call = share(id, ref, origin, now, update);
  sharing.set(id, call);
  void call.finally(() => sharing.delete(id));
  return call;
}

async function share(id: string, ref: RecordRef, origin: RequestOrigin, now: Date, update: boolean): Promise<Shared> {
  const note = await getNote(id);
  if (!note) return { ok: false, error: crmError('not-found', 'The note is no longer stored') };
  const connector = connectorFor(ref.crm);
  if (note.remote && (!update || !connector.updateNote)) return { ok: true, value: { note, outcome: 'kept' } };
  const [crm, source, accountId] = note.accountKey.split(':');
  if (crm !== ref.crm || !source || !accountId)
    return { ok: false, error: crmError('not-found', 'This note belongs to an account of another CRM') };
  const title = (note.body || note.quote || '').split('\n')[0]!.slice(0, 80) || note.accountName;
  const body = [note.body, note.quote ? `“${note.quote}”` : '', note.sourceUrl ?? ''].filter(Boolean).join('\n\n');
  const ctx = await connectorContext(connector, origin);
  let outcome: ShareOutcome = 'created';
  let saved: CrmResult<{ id: string }> | null = null;
  if (note.remote) {
    saved = await connector.updateNote!(ref, { source, accountId, noteId: note.remote.id }, { title, body }, ctx);
    outcome = 'updated';
    // Deleted in the CRM: a new copy, and the answer says so.
    if (!saved.ok && saved.error.kind === 'not-found' && saved.error.httpStatus === 404) [saved, outcome] = [null, 'recreated'];
  }
  saved ??= await connector.saveNote(ref, { source, accountId }, { title, body }, ctx);
  if (!saved.ok) return saved;
  const marked = await markRemote(id, { crm: ref.crm, id: saved.value.id, savedAt: now.toISOString() }, now);
  if (!marked.ok) return { ok: false, error: crmError('bad-response', 'Shared, but the local note could not record it') };
  return announceNotesChanged(note.accountKey, { ok: true as const, value: { note: marked.value, outcome } });
}
