import { z } from 'zod';
import { BudgetDaySchema } from '../crm/api-budget';
import { BookStatusSchema } from '../crm/book';
import type { CrmResult } from '../crm/errors';
import { BookRowSchema } from '../metrics/book-row';
import { ask } from './crm-client';

export const BookViewSchema = z.object({
  rows: z.array(BookRowSchema),
  status: BookStatusSchema,
  budget: z.array(BudgetDaySchema.extend({ key: z.string() })),
});
export type BookView = z.infer<typeof BookViewSchema>;

/** The book of business through the background: the stored rows, and a refresh on demand. */
export const bookClient = {
  read: (): Promise<CrmResult<BookView>> => ask({ type: 'book-read' }, BookViewSchema),
  refresh: (): Promise<CrmResult<z.infer<typeof BookStatusSchema>>> => ask({ type: 'book-refresh' }, BookStatusSchema),
};
