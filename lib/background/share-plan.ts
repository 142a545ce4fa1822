import { crmError, type CrmResult } from '../crm/errors';
import type { RecordRef } from '../pages/record-ref';
import type { Note } from '../store/note-schema';
import { createNote, getNote, updateNote } from '../store/notes';
import { announceNotesChanged } from '../store/notes-changed';
import type { RequestOrigin } from './connector-context';
import { shareNote } from './share-note';

/** The plan's note: one per account, so the plan is shared once however often it is saved. */
export const planNoteId = (accountKey: string) => `plan:${accountKey}`;

/**
 * Shares an account plan with the team through the notes' own path: its summary is stored as the
 * account's plan note, which shareNote posts to the CRM once. Connectors can only create notes,
 * not update them, so once shared the note (and its CRM copy) stays as it was shared.
 */
export async function sharePlan(
  request: { ref: RecordRef; accountKey: string; accountName: string; body: string },
  origin: RequestOrigin,
  now: Date,
): Promise<CrmResult<Note>> {
  const id = planNoteId(request.accountKey);
  const stored = await getNote(id);
  if (stored?.remote) return { ok: true, value: stored };
  const input = {
    accountKey: request.accountKey,
    accountName: request.accountName,
    body: request.body,
    category: null,
    tags: ['account-plan'],
    sentiment: null,
    quote: null,
    sourceUrl: null,
  };
  // Not shared yet (a first try, or one that failed): the note takes the plan as it is now.
  const written = await announceNotesChanged(
    request.accountKey,
    stored ? await updateNote(id, input, stored.revision, now) : await createNote(input, now, id),
  );
  // Two clicks at once: the second write finds the note taken or moved on, and shareNote posts once.
  if (!written.ok && !(await getNote(id)))
    return { ok: false, error: crmError('bad-response', `The plan could not be stored as a note (${written.error.kind})`) };
  return shareNote(id, request.ref, origin, now);
}
