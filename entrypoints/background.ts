import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { panelCollapsed } from '../lib/browser/ui-state';
import { handleRequest } from '../lib/background/handle-request';
import { isTrustedSender, RequestSchema } from '../lib/messages/messages';

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');

  // A listener that returns true and calls sendResponse works in Chromium, Firefox and the
  // fake browser alike (returning a Promise did not under the fake browser).
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isTrustedSender(sender, browser.runtime.id, extensionOrigin)) return false;
    const request = RequestSchema.safeParse(message);
    if (!request.success) return false;
    handleRequest(request.data, { cookieStoreId: (sender.tab as { cookieStoreId?: string } | undefined)?.cookieStoreId }).then(
      sendResponse,
      (error: unknown) => sendResponse({ ok: false, error: { kind: 'bad-response', detail: String(error) } }),
    );
    return true;
  });

  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-panel') void panelCollapsed.get().then((collapsed) => panelCollapsed.set(!collapsed));
  });
});
