import { browser } from 'wxt/browser';
import { defineContentScript } from '#imports';
import { PanelFrame } from '../lib/content/panel-frame';
import { FOCUS_PANEL_REQUEST, isCollapsed, PANEL_COLLAPSED_KEY, PANEL_WIDTH_KEY } from '../lib/content/panel-state';
import { CRM_PAGE_MATCHES } from '../lib/pages/crm-hosts';
import { detectRecord } from '../lib/pages/index';

// Tiny by design: decides from the URL whether the page is a record, docks the panel frame
// beside it and follows in-app navigation. All data work happens in the panel's own origin.
export default defineContentScript({
  matches: CRM_PAGE_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // Only the top frame: the CRMs render record parts in iframes of their own.
    if (window.top !== window) return;
    const panelBase = browser.runtime.getURL('/panel.html');
    // Chromium loads the frame from the per-session URL (use_dynamic_url) and runs it at the
    // extension's own address; Firefox runs it where it loads it.
    const documentBase = panelBase.startsWith('chrome-extension:') ? `chrome-extension://${browser.runtime.id}/panel.html` : panelBase;
    const frame = new PanelFrame(document, panelBase, documentBase);
    let reported = false;

    const guard = (work: () => void) => {
      try {
        work();
      } catch (error) {
        // Never throw into the CRM's page; say it once.
        if (!reported) console.warn('[Success Lens] panel update failed', error);
        reported = true;
      }
    };

    const follow = (url: string | URL) =>
      guard(() => {
        const ref = detectRecord(url);
        if (ref) frame.show(ref);
        else frame.remove();
      });

    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const collapsed = changes[PANEL_COLLAPSED_KEY];
      const width = changes[PANEL_WIDTH_KEY];
      if (collapsed) guard(() => frame.setCollapsed(isCollapsed(collapsed.newValue)));
      if (width) guard(() => frame.setWidth(width.newValue));
    };

    browser.storage.local.get([PANEL_COLLAPSED_KEY, PANEL_WIDTH_KEY]).then(
      (stored) =>
        guard(() => {
          frame.setWidth(stored[PANEL_WIDTH_KEY]);
          frame.setCollapsed(isCollapsed(stored[PANEL_COLLAPSED_KEY]));
        }),
      () => undefined,
    );
    // Only the background sends to a content script (tabs.sendMessage); a page cannot.
    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id === browser.runtime.id && (message as { type?: unknown } | null)?.type === FOCUS_PANEL_REQUEST)
        guard(() => frame.focus());
    };
    browser.storage.onChanged.addListener(onStorage);
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      browser.runtime.onMessage.removeListener(onMessage);
      frame.remove();
    });
    ctx.addEventListener(window, 'wxt:locationchange', (event) => {
      follow(event.newUrl);
      // After the CRM has drawn the new page, and off the path that moves the panel.
      ctx.setTimeout(() => guard(() => frame.fitBelowHeader()), 100);
    });
    ctx.addEventListener(window, 'resize', () => guard(() => frame.fitBelowHeader()));
    follow(location.href);
  },
});
