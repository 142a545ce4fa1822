import { metricsSettings } from '../browser/stored-keys';
import { milestonesFor, overdueCount } from '../metrics/renewal';
import { updateBookRow } from '../store/book';
import { dayInTimeZone, userTimeZone } from '../time/today';
import { updateBadge } from './book-refresh';

// A renewal step the CSM ticked is done, in the book as in the panel: a refresh counts only the
// steps not ticked as overdue (book-refresh.ts), and a tick between refreshes recounts the
// account's row at once, so the ranking, the badge and the next refresh's alerts never name a
// step already done.

/** After a tick in the cycle `renewalDate`: the account's book row recounts its overdue steps, and the badge follows. */
export async function recountOverdueSteps(accountKey: string, renewalDate: string, ticked: ReadonlySet<string>, now: Date): Promise<void> {
  const settings = await metricsSettings.get();
  const today = dayInTimeZone(now, userTimeZone());
  const written = await updateBookRow(accountKey, (row) => {
    if (row.renewalDate !== renewalDate) return row;
    const overdueSteps = overdueCount(milestonesFor(renewalDate, today, settings, ticked));
    return overdueSteps === row.overdueSteps ? row : { ...row, overdueSteps };
  });
  if (written.ok && written.value) await updateBadge(now);
}
