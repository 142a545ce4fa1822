import { z } from 'zod';
import { BudgetDaySchema } from '../crm/api-budget';
import { BookStatusSchema } from '../crm/book';
import type { CrmResult } from '../crm/errors';
import { BookRowSchema } from '../metrics/book-row';
import { answerOf, ask } from './ask';
import { requestBook, type Sent } from './send';

export const BookViewSchema = z.object({
  rows: z.array(BookRowSchema),
  status: BookStatusSchema,
  budget: z.array(BudgetDaySchema.extend({ key: z.string() })),
});
export type BookView = z.infer<typeof BookViewSchema>;

/** The book of business through the background: the stored rows, and a refresh on demand. */
export const bookClient = {
  /** The stored book; `sent`: a read already under way (the book page asks before its parser loads). */
  read: (sent: Promise<Sent> = requestBook()): Promise<CrmResult<BookView>> => answerOf(sent, BookViewSchema),
  refresh: (): Promise<CrmResult<z.infer<typeof BookStatusSchema>>> => ask({ type: 'book-refresh' }, BookStatusSchema),
};
