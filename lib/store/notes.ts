import { openStore } from './db';
import { DraftSchema, NoteSchema, normaliseTags, type Draft, type Note, type NoteInput, type VocCategory } from './note-schema';
import { matchesQuery } from './search';
import { guardWrite, type StoreResult } from './store-errors';

function parseNotes(rows: unknown[]): Note[] {
  // A corrupt row is skipped, never allowed to break the list.
  return rows.map((r) => NoteSchema.safeParse(r)).flatMap((r) => (r.success ? [r.data] : []));
}

const newest = (a: Note, b: Note) => b.createdAt.localeCompare(a.createdAt);

export async function createNote(input: NoteInput, now: Date, id: string = crypto.randomUUID()): Promise<StoreResult<Note>> {
  return guardWrite(async () => {
    const at = now.toISOString();
    const note = NoteSchema.parse({ ...input, tags: normaliseTags(input.tags), id, createdAt: at, updatedAt: at, deletedAt: null, revision: 1 });
    const db = await openStore();
    await db.put('notes', note);
    return { ok: true, value: note };
  });
}

/**
 * Saves an edit made on top of `baseRevision`. When another tab saved in between, nothing is
 * overwritten: the stored note comes back as a conflict for the CSM to merge.
 */
export async function updateNote(id: string, input: NoteInput, baseRevision: number, now: Date): Promise<StoreResult<Note>> {
  return guardWrite(async () => {
    const db = await openStore();
    const tx = db.transaction('notes', 'readwrite');
    const stored = NoteSchema.safeParse(await tx.store.get(id));
    if (!stored.success) return { ok: false, error: { kind: 'not-found' } };
    if (stored.data.revision !== baseRevision) return { ok: false, error: { kind: 'conflict', current: stored.data } };
    const note: Note = { ...stored.data, ...input, tags: normaliseTags(input.tags), updatedAt: now.toISOString(), revision: baseRevision + 1 };
    await tx.store.put(note);
    await tx.done;
    return { ok: true, value: note };
  });
}

/** Changes a stored note in one transaction, bumping its revision. */
async function changeNote(id: string, change: Partial<Note>, now: Date): Promise<StoreResult<Note>> {
  return guardWrite(async () => {
    const db = await openStore();
    const tx = db.transaction('notes', 'readwrite');
    const stored = NoteSchema.safeParse(await tx.store.get(id));
    if (!stored.success) return { ok: false, error: { kind: 'not-found' } };
    const note: Note = { ...stored.data, ...change, updatedAt: now.toISOString(), revision: stored.data.revision + 1 };
    await tx.store.put(note);
    await tx.done;
    return { ok: true, value: note };
  });
}

/** Records where the note was shared in the CRM. */
export const markRemote = (id: string, remote: NonNullable<Note['remote']>, now: Date) => changeNote(id, { remote }, now);

export async function getNote(id: string): Promise<Note | null> {
  const db = await openStore();
  const parsed = NoteSchema.safeParse(await db.get('notes', id));
  return parsed.success ? parsed.data : null;
}

/** Deletion is soft so that Undo can bring the note back. */
export const deleteNote = (id: string, now: Date) => changeNote(id, { deletedAt: now.toISOString() }, now);
export const restoreNote = (id: string, now: Date) => changeNote(id, { deletedAt: null }, now);

export interface NoteFilter {
  category?: VocCategory | null;
  tag?: string;
  text?: string;
}

function applyFilter(notes: Note[], filter: NoteFilter): Note[] {
  return notes.filter(
    (n) =>
      n.deletedAt === null &&
      (filter.category === undefined || n.category === filter.category) &&
      (!filter.tag || n.tags.includes(filter.tag.toLowerCase())) &&
      (!filter.text || matchesQuery(n, filter.text)),
  );
}

/** An account's notes, newest first. */
export async function listNotes(accountKey: string, filter: NoteFilter = {}): Promise<Note[]> {
  const db = await openStore();
  return applyFilter(parseNotes(await db.getAllFromIndex('notes', 'byAccount', accountKey)), filter).sort(newest);
}

/** Every note (VOC page, export), newest first. */
export async function listAllNotes(filter: NoteFilter = {}): Promise<Note[]> {
  const db = await openStore();
  return applyFilter(parseNotes(await db.getAll('notes')), filter).sort(newest);
}

/** Tags already used, most used first, starting with what the CSM typed. */
export async function tagSuggestions(prefix: string, limit = 8): Promise<string[]> {
  const db = await openStore();
  const counts = new Map<string, number>();
  let cursor = await db.transaction('notes').store.index('byTag').openKeyCursor();
  const p = prefix.trim().toLowerCase();
  while (cursor) {
    const tag = String(cursor.key);
    if (tag.startsWith(p)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    cursor = await cursor.continue();
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([t]) => t);
}

export async function saveDraft(key: string, draft: Draft): Promise<StoreResult<Draft>> {
  return guardWrite(async () => {
    const parsed = DraftSchema.parse(draft);
    const db = await openStore();
    await db.put('drafts', { ...parsed, key });
    return { ok: true, value: parsed };
  });
}

export async function loadDraft(key: string): Promise<Draft | null> {
  const db = await openStore();
  const parsed = DraftSchema.safeParse(await db.get('drafts', key));
  return parsed.success ? parsed.data : null;
}

export async function clearDraft(key: string): Promise<void> {
  const db = await openStore();
  await db.delete('drafts', key);
}
