import { browser } from 'wxt/browser';
import { lastAccount } from '../browser/stored-keys';
import type { Note, NoteInput } from '../store/note-schema';
import { CAPTURE_DRAFT_PREFIX, clearDraft, createNote, getNote, saveDraft } from '../store/notes';
import type { StoreResult } from '../store/store-errors';

export const CAPTURE_MENU_ID = 'success-lens-capture-voc';

/** What a capture starts from: a quote, where it came from, and what the page already knows. */
export type CaptureStart = Pick<NoteInput, 'accountKey' | 'accountName' | 'body' | 'quote' | 'sentiment' | 'sourceUrl'>;

/**
 * Keeps the capture as a draft (nothing is lost if the window closes) and opens the capture form
 * in a small window of its own, beside the page the CSM is reading rather than over it.
 */
export async function openCapture(start: CaptureStart, now: Date): Promise<{ ok: true }> {
  const id = crypto.randomUUID();
  await saveDraft(`${CAPTURE_DRAFT_PREFIX}${id}`, { ...start, category: null, tags: [], noteId: null, savedAt: now.toISOString() });
  await browser.windows.create({ url: browser.runtime.getURL(`/voc.html#capture=${id}`), type: 'popup', width: 480, height: 640 });
  return { ok: true };
}

/** A quote selected on any page becomes a capture for the account viewed last (the CSM can change it). */
export async function captureSelection(selection: string, pageUrl: string | undefined, now: Date): Promise<void> {
  const account = await lastAccount.get();
  await openCapture(
    {
      accountKey: account?.accountKey ?? '',
      accountName: account?.accountName ?? '',
      body: '',
      quote: selection.trim(),
      sentiment: null,
      sourceUrl: pageUrl ?? null,
    },
    now,
  );
}

/**
 * Files a capture as one note, however often it is sent (double click, Enter twice, two windows
 * on the same capture): the capture's id is the note's id, and the store never replaces a note.
 */
export async function saveCapture(captureId: string, input: NoteInput, now: Date): Promise<StoreResult<Note>> {
  const existing = await getNote(captureId);
  let result: StoreResult<Note> = existing ? { ok: true, value: existing } : await createNote(input, now, captureId);
  if (!result.ok) {
    // Two saves in flight: the later add fails on the taken id, and the earlier one's note is the answer.
    const saved = await getNote(captureId);
    if (saved) result = { ok: true, value: saved };
  }
  if (result.ok) await clearDraft(`${CAPTURE_DRAFT_PREFIX}${captureId}`);
  return result;
}
