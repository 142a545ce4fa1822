import { z } from 'zod';
import { BookListSchema, BookSourceSchema, type BookList, type BookSource } from '../crm/book';
import type { CrmResult } from '../crm/errors';
import { ask } from './ask';

/** The book's "list" scope through the background: where a refresh reads, and each place's lists (a CRM request). */
export const bookListsClient = {
  sources: (): Promise<CrmResult<BookSource[]>> => ask({ type: 'book-sources' }, z.array(BookSourceSchema)),
  lists: (where: BookSource): Promise<CrmResult<BookList[]>> =>
    ask(
      { type: 'book-lists', crm: where.crm, host: where.host, ...(where.source ? { source: where.source } : {}) },
      z.array(BookListSchema),
    ),
};
export type BookListsApi = typeof bookListsClient;
