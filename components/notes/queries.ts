import { queryOptions } from '@tanstack/react-query';
import type { NotesApi } from '../../lib/messages/notes-client';
import type { NoteFilter } from '../../lib/store/notes';

// The notes' queries, one factory each, for every page that shows notes (panel, VOC page);
// the page hands in the api that answers them.

/** Every notes query of one account, whatever the filter: what a change there refreshes. */
export const accountNotesKey = (accountKey: string) => ['notes', accountKey] as const;

/** One account's notes under a filter. */
export const notesQuery = (api: Pick<NotesApi, 'list'>, accountKey: string, filter: NoteFilter) =>
  queryOptions({ queryKey: [...accountNotesKey(accountKey), filter], queryFn: () => api.list(accountKey, filter) });

/** Tags used before, offered while typing one. */
export const tagSuggestionsQuery = (api: Pick<NotesApi, 'tagSuggestions'>) =>
  queryOptions({ queryKey: ['tag-suggestions'], queryFn: () => api.tagSuggestions(''), staleTime: 30_000 });
