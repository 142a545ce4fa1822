import { queryOptions } from '@tanstack/react-query';
import type { BookSource } from '../../lib/crm/book';
import type { BookListsApi } from '../../lib/messages/book-lists-client';

// The book's "list" scope in Settings, one factory each; the page hands in the api that answers them.

/** The orgs and portals a refresh reads (no CRM request). */
export const bookSourcesQuery = (api: Pick<BookListsApi, 'sources'>) =>
  queryOptions({ queryKey: ['book-sources'], queryFn: () => api.sources() });

/** The lists of accounts one org or portal keeps: a CRM request, made only when the picker shows. */
export const bookListsQuery = (api: Pick<BookListsApi, 'lists'>, source: BookSource) =>
  queryOptions({
    queryKey: ['book-lists', source.crm, source.host, source.source],
    queryFn: () => api.lists(source),
    // Lists change seldom: switching the scope back and forth asks the CRM once.
    staleTime: 5 * 60_000,
  });
