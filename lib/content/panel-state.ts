// Keys in browser.storage.local shared by the content script, the panel and the background.
// Declared once here; the content script reads them without zod, so values are checked by hand.
export const PANEL_COLLAPSED_KEY = 'ui.panelCollapsed';

export function isCollapsed(value: unknown): boolean {
  return value === true;
}
