import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { CrmResult } from '../../lib/crm/errors';
import type { NotesApi } from '../../lib/messages/notes-client';
import type { Note, VocCategory } from '../../lib/store/note-schema';
import { useCrmErrorText } from '../panel/use-crm-error-text';
import { accountNotesKey, notesQuery } from './queries';

export type NoteFilterState = { category: VocCategory | 'all'; text: string };

/** The account's notes under a filter, with delete + undo and sharing to the CRM. */
export function useNoteList(
  api: NotesApi,
  accountKey: string,
  filterState: NoteFilterState,
  share?: (note: Note) => Promise<CrmResult<Note>>,
) {
  const client = useQueryClient();
  const errorText = useCrmErrorText();
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [shareProblems, setShareProblems] = useState<Record<string, string>>({});
  const filter = {
    ...(filterState.category === 'all' ? {} : { category: filterState.category }),
    ...(filterState.text ? { text: filterState.text } : {}),
  };
  const notes = useQuery(notesQuery(api, accountKey, filter));
  const refresh = useCallback(() => client.invalidateQueries({ queryKey: accountNotesKey(accountKey) }), [client, accountKey]);

  const remove = async (note: Note) => {
    const result = await api.remove(note.id);
    if (result.ok) setDeleted(note);
    void refresh();
  };

  const undo = async () => {
    if (!deleted) return;
    await api.restore(deleted.id);
    setDeleted(null);
    void refresh();
  };

  const shareNote = share
    ? async (note: Note): Promise<boolean> => {
        const result = await share(note);
        const { [note.id]: _cleared, ...rest } = shareProblems;
        if (result.ok) setShareProblems(rest);
        else setShareProblems({ ...rest, [note.id]: `${errorText(result.error).message} ${errorText(result.error).nextStep}` });
        void refresh();
        return result.ok;
      }
    : undefined;

  return { notes: notes.data, deleted, remove, undo, shareNote, shareProblems, refresh };
}
