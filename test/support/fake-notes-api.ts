// An in-memory NotesApi for component tests: what the background would answer, without it.
import type { NotesApi } from '../../lib/messages/notes-client';
import type { Draft, Note, NoteInput } from '../../lib/store/note-schema';
import type { NoteFilter } from '../../lib/store/notes';
import type { StoreResult } from '../../lib/store/store-errors';

export interface FakeNotesApi extends NotesApi {
  notes: Note[];
  drafts: Map<string, Draft>;
}

export function fakeNotesApi(seed: Note[] = [], now = () => new Date('2026-11-22T12:00:00.000Z')): FakeNotesApi {
  const notes = seed.map((n) => ({ ...n }));
  const drafts = new Map<string, Draft>();
  let seq = 0;
  const change = (id: string, patch: (n: Note) => Partial<Note>): StoreResult<Note> => {
    const i = notes.findIndex((n) => n.id === id);
    if (i < 0) return { ok: false, error: { kind: 'not-found' } };
    notes[i] = { ...notes[i]!, ...patch(notes[i]!), updatedAt: now().toISOString(), revision: notes[i]!.revision + 1 };
    return { ok: true, value: notes[i]! };
  };
  return {
    notes,
    drafts,
    async list(accountKey: string, filter: NoteFilter = {}) {
      const terms = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      return notes
        .filter((n) => n.accountKey === accountKey && !n.deletedAt)
        .filter((n) => filter.category === undefined || n.category === filter.category)
        .filter((n) => terms.every((t) => `${n.body} ${n.quote ?? ''} ${n.tags.join(' ')}`.toLowerCase().includes(t)))
        .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    },
    async listAll() {
      return notes.filter((n) => !n.deletedAt);
    },
    async create(input: NoteInput) {
      const at = now().toISOString();
      const note: Note = { ...input, id: `fake-${++seq}`, createdAt: at, updatedAt: at, deletedAt: null, revision: 0, remote: null };
      notes.push(note);
      return { ok: true, value: note };
    },
    async update(id: string, input: NoteInput, baseRevision: number) {
      const current = notes.find((n) => n.id === id);
      if (current && current.revision !== baseRevision) return { ok: false, error: { kind: 'conflict', current } };
      return change(id, () => input);
    },
    remove: async (id: string) => change(id, () => ({ deletedAt: now().toISOString() })),
    restore: async (id: string) => change(id, () => ({ deletedAt: null })),
    async tagSuggestions() {
      return [...new Set(notes.flatMap((n) => n.tags))].sort();
    },
    async saveDraft(key: string, draft: Draft) {
      drafts.set(key, draft);
    },
    async loadDraft(key: string) {
      return drafts.get(key) ?? null;
    },
    async clearDraft(key: string) {
      drafts.delete(key);
    },
  };
}
