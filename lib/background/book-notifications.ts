import { browser } from 'wxt/browser';
import { bookSettings, localeChoice } from '../browser/stored-keys';
import { notificationPermission } from '../browser/notification-permission';
import { bookAlertText } from '../i18n/book-alert-messages';
import { resolveLocale } from '../i18n/locale';
import { pickBookAlerts } from '../metrics/book-alerts';
import type { BookRow } from '../metrics/book-row';
import { readBookRows } from '../store/book';

/** One notification for the book: a newer refresh's alerts replace the ones not yet read. */
export const BOOK_ALERTS_ID = 'book-alerts';

function openBookOnClick(id: string): void {
  if (id !== BOOK_ALERTS_ID) return;
  void browser.tabs.create({ url: browser.runtime.getURL('/book.html') });
  void browser.notifications.clear(id);
}

/**
 * Clicking the notification opens the book page. The API exists only while the permission is
 * granted, so this runs at the background's start (a click may wake it) and again before a
 * notification is shown (the permission may have been granted since).
 */
export function listenForBookAlertClicks(): void {
  if (!browser.notifications || browser.notifications.onClicked.hasListener(openBookOnClick)) return;
  browser.notifications.onClicked.addListener(openBookOnClick);
}

/**
 * After a refresh, when the CSM turned notifications on and the browser still allows them: one
 * notification naming the accounts that got worse since the rows `before` (lib/metrics/book-alerts.ts).
 * A notification that cannot be shown never fails the refresh.
 */
export async function notifyBookChanges(before: readonly BookRow[]): Promise<void> {
  try {
    if (!(await bookSettings.get()).notify || !(await notificationPermission.has())) return;
    const alerts = pickBookAlerts(before, await readBookRows());
    if (!alerts.length) return;
    const { title, message } = bookAlertText(alerts, resolveLocale(await localeChoice.get(), navigator.languages ?? []));
    listenForBookAlertClicks();
    await browser.notifications.create(BOOK_ALERTS_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title,
      message,
    });
  } catch (error) {
    console.warn('[Success Lens] the book notification could not be shown', error);
  }
}
