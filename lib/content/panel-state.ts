// Keys in browser.storage.local shared by the content script, the panel and the background.
// Declared once here; the content script reads them without zod, so values are checked by hand.
export const PANEL_COLLAPSED_KEY = 'ui.panelCollapsed';

export function isCollapsed(value: unknown): boolean {
  return value === true;
}

/** Posted by the content script into the panel frame when the focus command fires. */
export const FOCUS_PANEL_MESSAGE = 'success-lens:focus';

/** The background's relay of the focus command to the tab's content script. */
export const FOCUS_PANEL_REQUEST = 'focus-panel';
