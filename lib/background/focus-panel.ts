import { browser } from 'wxt/browser';
import { FOCUS_PANEL_REQUEST } from '../content/panel-state';

/**
 * The "focus the panel" command: the background cannot reach into a page, so it asks the active
 * tab's content script, which focuses the panel frame. A tab without our content script (not a
 * CRM page) simply does not answer.
 */
export async function relayFocusPanel(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: FOCUS_PANEL_REQUEST }).catch(() => undefined);
}
