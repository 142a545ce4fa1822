import { queryOptions } from '@tanstack/react-query';
import { notesApi } from '../../lib/messages/notes-client';

// The VOC page's queries, one factory each, all answered by the background.

/** Every note of every account (the VOC list, report and export). */
export const allNotesQuery = () => queryOptions({ queryKey: ['all-notes'], queryFn: () => notesApi.listAll() });

/** The quote captured from a page (`#capture=<id>`), waiting to be filed; null without one. */
export const captureQuery = (id: string | null) =>
  queryOptions({ queryKey: ['capture', id], queryFn: () => (id ? notesApi.loadDraft(`capture:${id}`) : null) });
