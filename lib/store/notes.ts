import { DAY_MS } from '../time/index.ts';
import { openStore, STRICT, writeTransaction } from './db.ts';
import {
  DraftSchema,
  NoteSchema,
  normaliseTag,
  normaliseTags,
  type Draft,
  type Note,
  type NoteInput,
  type RemoteRef,
  type VocCategory,
} from './note-schema.ts';
import { parseRecord, parseRecords } from './parse-records.ts';
import { noteMatcher } from './search.ts';
import { guardWrite, type StoreResult } from './store-errors.ts';

/** Newest first; ties (same millisecond) by id so the order never flickers between renders. */
function newestFirst(a: Note, b: Note): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** Stores a new note (a fresh uuid unless one is given). Never replaces an existing note. */
export async function createNote(input: NoteInput, now: Date, id: string = crypto.randomUUID()): Promise<StoreResult<Note>> {
  return guardWrite(async () => {
    const at = now.toISOString();
    const note = NoteSchema.parse({
      ...input,
      tags: normaliseTags(input.tags),
      id,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      revision: 1,
      remote: null,
    });
    // add, not put: an id that is already taken fails instead of overwriting someone's note.
    await writeTransaction(['notes'], (tx) => tx.objectStore('notes').add(note), STRICT);
    return { ok: true, value: note };
  });
}

/**
 * Saves an edit made on top of `baseRevision`. When another tab saved in between, nothing is
 * overwritten: the stored note comes back as a conflict for the CSM to merge.
 */
export async function updateNote(id: string, input: NoteInput, baseRevision: number, now: Date): Promise<StoreResult<Note>> {
  return changeNote(id, now, (stored) => {
    if (stored.revision !== baseRevision) return { ok: false, error: { kind: 'conflict', current: stored } };
    return { ok: true, value: { ...stored, ...input, tags: normaliseTags(input.tags) } };
  });
}

/**
 * Reads, changes and writes one note in one transaction, bumping its revision: a write from
 * another tab can land before or after, never in between.
 */
async function changeNote(id: string, now: Date, change: (stored: Note) => StoreResult<Note>): Promise<StoreResult<Note>> {
  return guardWrite(() =>
    writeTransaction(
      ['notes'],
      async (tx): Promise<StoreResult<Note>> => {
        const stored = parseRecord('notes', await tx.objectStore('notes').get(id), NoteSchema);
        if (!stored) return { ok: false, error: { kind: 'not-found' } };
        const changed = change(stored);
        if (!changed.ok) return changed;
        const note = NoteSchema.parse({ ...changed.value, updatedAt: now.toISOString(), revision: stored.revision + 1 });
        await tx.objectStore('notes').put(note);
        return { ok: true, value: note };
      },
      STRICT,
    ),
  );
}

/** Records where the note was shared in the CRM. */
export const markRemote = (id: string, remote: RemoteRef, now: Date) => changeNote(id, now, (n) => ({ ok: true, value: { ...n, remote } }));

/** Soft delete, so that Undo (restoreNote) can bring the note back until it is purged. */
export const deleteNote = (id: string, now: Date) =>
  changeNote(id, now, (n) => ({ ok: true, value: { ...n, deletedAt: now.toISOString() } }));

/** Undo of deleteNote. */
export const restoreNote = (id: string, now: Date) => changeNote(id, now, (n) => ({ ok: true, value: { ...n, deletedAt: null } }));

/**
 * Removes for good the notes deleted more than `days` days before `now` (Undo is over for them).
 * One transaction; the time of the purge is kept in meta.
 */
export async function purgeDeletedNotes(days: number, now: Date): Promise<StoreResult<{ purged: number }>> {
  return guardWrite(() =>
    writeTransaction(['notes', 'meta'], async (tx) => {
      const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
      let purged = 0;
      let cursor = await tx.objectStore('notes').index('byDeleted').openCursor(IDBKeyRange.upperBound(cutoff, true));
      while (cursor) {
        const note = NoteSchema.safeParse(cursor.value);
        // A corrupt record is left alone: purging is for notes we know were deleted.
        if (note.success && note.data.deletedAt !== null) {
          await cursor.delete();
          purged += 1;
        }
        cursor = await cursor.continue();
      }
      await tx.objectStore('meta').put({ key: 'lastPurge', at: now.toISOString(), purged });
      return { ok: true as const, value: { purged } };
    }),
  );
}

export async function getNote(id: string): Promise<Note | null> {
  const db = await openStore();
  return parseRecord('notes', await db.get('notes', id), NoteSchema);
}

export interface NoteFilter {
  /** A VOC category, or null for plain notes only; absent for any. */
  category?: VocCategory | null;
  tag?: string;
  /** Full-text: every term must appear in the body, quote, tags or account name. */
  text?: string;
  /** Soft-deleted notes are left out unless asked for. */
  includeDeleted?: boolean;
}

function filterNotes(notes: Note[], filter: NoteFilter): Note[] {
  const tag = filter.tag ? normaliseTag(filter.tag) : '';
  const matches = filter.text ? noteMatcher(filter.text) : null;
  return notes.filter(
    (n) =>
      (filter.includeDeleted || n.deletedAt === null) &&
      (filter.category === undefined || n.category === filter.category) &&
      (!tag || n.tags.includes(tag)) &&
      (!matches || matches(n)),
  );
}

/** One account's notes (the panel), newest first. */
export async function listNotes(accountKey: string, filter: NoteFilter = {}): Promise<Note[]> {
  const db = await openStore();
  const rows = await db.getAllFromIndex('notes', 'byAccount', accountKey);
  return filterNotes(parseRecords('notes', rows, NoteSchema), filter).sort(newestFirst);
}

/** Every note of every account (backup views, the VOC page's own filtering), newest first. */
export async function listAllNotes(filter: NoteFilter = {}): Promise<Note[]> {
  const db = await openStore();
  return filterNotes(parseRecords('notes', await db.getAll('notes'), NoteSchema), filter).sort(newestFirst);
}

/**
 * The VOC notes (those with a category) across accounts, newest first: the VOC page, its counts
 * and the CSV export. A category filter reads only that category through its index.
 */
export async function listVocNotes(
  filter: Omit<NoteFilter, 'category'> & { category?: VocCategory; accountKey?: string } = {},
): Promise<Note[]> {
  const db = await openStore();
  const rows = filter.accountKey
    ? await db.getAllFromIndex('notes', 'byAccount', filter.accountKey)
    : filter.category
      ? await db.getAllFromIndex('notes', 'byCategory', filter.category)
      : await db.getAll('notes');
  const notes = parseRecords('notes', rows, NoteSchema).filter((n) => n.category !== null);
  return filterNotes(notes, filter).sort(newestFirst);
}

/**
 * Tags already used that start with what the CSM typed, most used first. Walks the distinct tags
 * of the index and counts each with one request (a book has dozens of tags, not thousands), then
 * takes away the tags of soft-deleted notes so a deleted typo stops being suggested.
 */
export async function tagSuggestions(prefix: string, limit = 8): Promise<string[]> {
  const db = await openStore();
  const tx = db.transaction('notes');
  const byTag = tx.store.index('byTag');
  const p = normaliseTag(prefix);
  const range = p ? IDBKeyRange.bound(p, `${p}\uffff`) : undefined;
  const counts = new Map<string, number>();
  let cursor = await byTag.openKeyCursor(range, 'nextunique');
  while (cursor) {
    const tag = String(cursor.key);
    counts.set(tag, await byTag.count(tag));
    cursor = await cursor.continue();
  }
  for (const deleted of parseRecords('notes', await tx.store.index('byDeleted').getAll(), NoteSchema)) {
    for (const tag of deleted.tags) if (counts.has(tag)) counts.set(tag, counts.get(tag)! - 1);
  }
  await tx.done;
  return [...counts]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([tag]) => tag);
}

/** Keeps what the CSM is typing (per account, or per capture) so a reload or crash loses nothing. */
export async function saveDraft(key: string, draft: Draft): Promise<StoreResult<Draft>> {
  const result = await guardWrite(async () => {
    const parsed = DraftSchema.parse(draft);
    await writeTransaction(['drafts'], (tx) => tx.objectStore('drafts').put({ ...parsed, key }));
    return { ok: true as const, value: parsed };
  });
  return result;
}

export async function loadDraft(key: string): Promise<Draft | null> {
  const db = await openStore();
  return parseRecord('drafts', await db.get('drafts', key), DraftSchema);
}

/** Capture drafts (a quote taken from a page, `capture:<id>`) never saved as a note. */
export const CAPTURE_DRAFT_PREFIX = 'capture:';

/**
 * Removes capture drafts not touched for `days` days: a quote the CSM never filed. Drafts of an
 * account's note stay, they reopen with the account.
 */
export async function purgeStaleCaptureDrafts(days: number, now: Date): Promise<StoreResult<{ purged: number }>> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString();
  const range = IDBKeyRange.bound(CAPTURE_DRAFT_PREFIX, `${CAPTURE_DRAFT_PREFIX}\uffff`);
  const result = await guardWrite(() =>
    writeTransaction(['drafts'], async (tx) => {
      let purged = 0;
      let cursor = await tx.objectStore('drafts').openCursor(range);
      while (cursor) {
        const draft = DraftSchema.safeParse(cursor.value);
        if (!draft.success || draft.data.savedAt < cutoff) {
          await cursor.delete();
          purged += 1;
        }
        cursor = await cursor.continue();
      }
      return { ok: true as const, value: { purged } };
    }),
  );
  return result;
}

export async function clearDraft(key: string): Promise<StoreResult<null>> {
  const result = await guardWrite(async () => {
    await writeTransaction(['drafts'], (tx) => tx.objectStore('drafts').delete(key));
    return { ok: true as const, value: null };
  });
  return result;
}
