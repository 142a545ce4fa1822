import { crmError, type CrmResult } from '../crm/errors';
import type { RecordRef } from '../pages/record-ref';
import type { SharedPlan } from '../store/note-schema';
import { createNote, getNote, updateNote } from '../store/notes';
import { announceNotesChanged } from '../store/notes-changed';
import type { RequestOrigin } from './connector-context';
import { syncNote } from './share-note';

/** The plan's note: one per account, so the plan has one CRM note however often it is saved. */
export const planNoteId = (accountKey: string) => `plan:${accountKey}`;

/**
 * Shares an account plan with the team through the notes' own path: its summary is stored as the
 * account's plan note (which keeps the CRM note's id), posted to the CRM the first time and
 * rewritten in place on every later save where the CRM allows; a CRM note deleted meanwhile is
 * made anew, and the answer says which happened.
 */
export async function sharePlan(
  request: { ref: RecordRef; accountKey: string; accountName: string; body: string },
  origin: RequestOrigin,
  now: Date,
): Promise<CrmResult<SharedPlan>> {
  const id = planNoteId(request.accountKey);
  const stored = await getNote(id);
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
  // The note takes the plan as it is now; unchanged text needs no write.
  if (stored?.body !== request.body) {
    const written = await announceNotesChanged(
      request.accountKey,
      stored ? await updateNote(id, input, stored.revision, now) : await createNote(input, now, id),
    );
    // Two clicks at once: the second write finds the note taken or moved on, and the share runs once.
    if (!written.ok && !(await getNote(id)))
      return { ok: false, error: crmError('bad-response', `The plan could not be stored as a note (${written.error.kind})`) };
  }
  return syncNote(id, request.ref, origin, now, true);
}
