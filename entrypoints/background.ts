import '../lib/zod-jitless'; // first: before any zod schema is made
import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { CAPTURE_MENU_ID, captureSelection } from '../lib/background/capture-voc';
import { relayFocusPanel } from '../lib/background/focus-panel';
import { handleRequest } from '../lib/background/handle-request';
import { scheduleRetention } from '../lib/background/retention';
import { localeChoice, migrateStoredKeys, panelCollapsed } from '../lib/browser/stored-keys';
import { scheduleBookRefresh } from '../lib/background/book-refresh';
import { listenForBookAlertClicks } from '../lib/background/book-notifications';
import { resolveLocale } from '../lib/i18n/locale';
import { isTrustedSender, RequestSchema } from '../lib/messages/messages';
import { senderScope } from '../lib/background/sender-scope';

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  // What an earlier version stored, moved once here rather than by every page that reads it.
  void migrateStoredKeys();

  // A listener that returns true and calls sendResponse works in Chromium, Firefox and the
  // fake browser alike (returning a Promise did not under the fake browser).
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isTrustedSender(sender, browser.runtime.id, extensionOrigin)) return false;
    const request = RequestSchema.safeParse(message);
    if (!request.success) return false;
    const cookieStoreId = (sender.tab as { cookieStoreId?: string } | undefined)?.cookieStoreId;
    handleRequest(request.data, {
      ...(cookieStoreId ? { cookieStoreId } : {}),
      scope: senderScope(sender, extensionOrigin),
      tabTitle: sender.tab?.title,
    }).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: { kind: 'internal', detail: String(error), code: 'BACKGROUND_FAILED' } }),
    );
    return true;
  });

  const createMenu = async () => {
    const locale = resolveLocale(await localeChoice.get(), navigator.languages ?? []);
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: CAPTURE_MENU_ID,
      title: locale === 'ko' ? '고객의 소리(VOC)로 저장' : 'Capture as VOC',
      contexts: ['selection'],
    });
  };
  browser.runtime.onInstalled.addListener(() => void createMenu());
  localeChoice.watch(() => void createMenu());
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === CAPTURE_MENU_ID && info.selectionText) void captureSelection(info.selectionText, info.pageUrl, new Date());
  });

  // Deleted notes, unfiled captures and unopened snapshots go after 30 days (README).
  scheduleRetention();
  // The book of business: every 4 hours, at browser start, and on demand.
  scheduleBookRefresh();
  // A click on its notification may be what wakes the background.
  listenForBookAlertClicks();

  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-panel') void panelCollapsed.get().then((collapsed) => panelCollapsed.set(!collapsed));
    if (command === 'focus-panel') void relayFocusPanel();
  });
});
