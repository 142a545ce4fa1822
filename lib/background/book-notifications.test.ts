import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bookRow } from '../../test/support/book-rows';
import { useFreshStore } from '../../test/support/store-fixtures';
import { bookSettings, localeChoice } from '../browser/stored-keys';
import { DEFAULT_BOOK_SETTINGS } from '../settings/book-settings';
import { replaceBook } from '../store/book';
import { BOOK_ALERTS_ID, listenForBookAlertClicks, notifyBookChanges } from './book-notifications';

useFreshStore();

const before = [
  bookRow({ name: 'Acme', arr: 500_000, band: 'healthy' }),
  bookRow({ name: 'Globex', arr: 90_000, overdueSteps: 0 }),
  bookRow({ name: 'Initech', arr: 40_000 }),
];
const after = [
  bookRow({ name: 'Acme', arr: 500_000, band: 'at-risk', score: 41 }),
  bookRow({ name: 'Globex', arr: 90_000, overdueSteps: 1 }),
  bookRow({ name: 'Initech', arr: 40_000 }),
];
let allowed: boolean;

beforeEach(async () => {
  allowed = true;
  fakeBrowser.permissions.contains = vi.fn(async () => allowed) as never;
  await replaceBook(after[0]!.source, after, '2026-11-22', true);
});

const shown = () => fakeBrowser.notifications.getAllCreateOptions();

describe('the book’s notifications', () => {
  it('stay silent while the CSM has not turned them on', async () => {
    await notifyBookChanges(before);
    expect(shown()).toEqual({});
  });

  it('stay silent when the browser took the permission back, though the setting is on', async () => {
    await bookSettings.set({ ...DEFAULT_BOOK_SETTINGS, notify: true });
    allowed = false;
    await notifyBookChanges(before);
    expect(shown()).toEqual({});
  });

  it('group the accounts that got worse in one notification, in the CSM’s language, and open the book on a click', async () => {
    await bookSettings.set({ ...DEFAULT_BOOK_SETTINGS, notify: true });
    await localeChoice.set('en');
    await notifyBookChanges(before);
    expect(shown()).toEqual({
      [BOOK_ALERTS_ID]: expect.objectContaining({
        type: 'basic',
        title: '2 accounts need you',
        message: 'Acme: dropped from Healthy to At risk\nGlobex: 1 renewal step overdue',
      }),
    });
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    listenForBookAlertClicks();
    await fakeBrowser.notifications.onClicked.trigger(BOOK_ALERTS_ID);
    expect(opened).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/book.html') });
    expect(shown()).toEqual({});
  });

  it('say nothing when nothing got worse', async () => {
    await bookSettings.set({ ...DEFAULT_BOOK_SETTINGS, notify: true });
    await notifyBookChanges(after);
    expect(shown()).toEqual({});
  });
});
