import { z } from 'zod';
import { BudgetDaySchema, type BudgetDay } from '../crm/api-budget';
import { BookStatusSchema, NO_BOOK_STATUS } from '../crm/book';
import { parseBookSettings } from '../settings/book-settings';
import { storedValue } from './local-storage-item';

/** Whose book, how often, and the share of the daily API budget a refresh may spend. */
export const bookSettings = storedValue('settings.book', parseBookSettings);

/** What the book refresh spent today, per org (source): Settings shows it. */
export const bookBudget = storedValue('book.budget', (raw): Record<string, BudgetDay> => {
  const parsed = z.record(z.string(), BudgetDaySchema).safeParse(raw);
  return parsed.success ? parsed.data : {};
});

/** How the last refresh went. */
export const bookStatus = storedValue('book.status', (raw) => {
  const parsed = BookStatusSchema.safeParse(raw);
  return parsed.success ? parsed.data : NO_BOOK_STATUS;
});
