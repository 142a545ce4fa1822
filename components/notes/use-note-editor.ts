import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { NotesApi } from '../../lib/messages/notes-client';
import type { NoteInput } from '../../lib/store/note-schema';
import type { StoreError } from '../../lib/store/store-errors';
import { tagSuggestionsQuery } from './queries';

export type Editing = { noteId: string | null; baseRevision: number; input: NoteInput };
export type EditorProblem = { error: StoreError } | { kind: 'body-required' };

const DRAFT_DELAY_MS = 300;

/**
 * The note being written or edited: a draft restored after a reload, autosaved shortly after
 * the CSM stops typing, N to start one, save (with the conflict's current revision kept) or cancel.
 */
export function useNoteEditor(api: NotesApi, note: { accountKey: string; accountName: string; sourceUrl: string }, onSaved: () => void) {
  const { accountKey, accountName, sourceUrl } = note;
  const client = useQueryClient();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [problem, setProblem] = useState<EditorProblem | null>(null);
  const [draftSaved, setDraftSaved] = useState(false);
  const suggestions = useQuery(tagSuggestionsQuery(api));

  const blank = useCallback(
    (): NoteInput => ({ accountKey, accountName, body: '', category: null, tags: [], sentiment: null, quote: null, sourceUrl }),
    [accountKey, accountName, sourceUrl],
  );

  // A draft left by a reload or a crash comes back as it was.
  useEffect(() => {
    let alive = true;
    void api.loadDraft(accountKey).then((draft) => {
      if (!alive || !draft) return;
      const { noteId, savedAt: _savedAt, ...input } = draft;
      setEditing({ noteId, baseRevision: 0, input });
    });
    return () => {
      alive = false;
    };
  }, [api, accountKey]);

  const startNew = useCallback(() => {
    setEditing((current) => current ?? { noteId: null, baseRevision: 0, input: blank() });
    setProblem(null);
    requestAnimationFrame(() => textRef.current?.focus());
  }, [blank]);

  // One keystroke starts a note: N anywhere in the panel outside a field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      // By physical key: with a Korean input method on, `key` is 'ㅜ' (or 'Process'), never 'n'.
      if (event.code !== 'KeyN' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
      event.preventDefault();
      startNew();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [startNew]);

  // Every change is kept as a draft shortly after the CSM stops typing.
  useEffect(() => {
    if (!editing) return;
    setDraftSaved(false);
    const timer = setTimeout(() => {
      void api
        .saveDraft(accountKey, { ...editing.input, noteId: editing.noteId, savedAt: new Date().toISOString() })
        .then(() => setDraftSaved(true));
    }, DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [api, accountKey, editing]);

  const change = (patch: Partial<NoteInput>) => setEditing((e) => (e ? { ...e, input: { ...e.input, ...patch } } : e));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    if (!editing.input.body.trim() && !editing.input.quote) return setProblem({ kind: 'body-required' });
    const result = editing.noteId ? await api.update(editing.noteId, editing.input, editing.baseRevision) : await api.create(editing.input);
    if (!result.ok) {
      if (result.error.kind === 'conflict') setEditing({ ...editing, baseRevision: result.error.current.revision });
      return setProblem({ error: result.error });
    }
    await api.clearDraft(accountKey);
    setEditing(null);
    setProblem(null);
    onSaved();
    void client.invalidateQueries({ queryKey: tagSuggestionsQuery(api).queryKey });
  };

  const cancel = async () => {
    await api.clearDraft(accountKey);
    setEditing(null);
    setProblem(null);
  };

  return { editing, setEditing, change, save, cancel, startNew, problem, draftSaved, textRef, tagSuggestions: suggestions.data ?? [] };
}
