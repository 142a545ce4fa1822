// Keys in browser.storage.local shared by the content script, the panel and the background.
// Declared once here; the content script reads them without zod, so values are checked by hand.
export const PANEL_COLLAPSED_KEY = 'ui.panelCollapsed';

export function isCollapsed(value: unknown): boolean {
  return value === true;
}

/** The panel's width as the CSM left it, dragged in the panel; the content script applies it. */
export const PANEL_WIDTH_KEY = 'ui.panelWidth';
export const PANEL_WIDTH_DEFAULT_PX = 380;
export const PANEL_WIDTH_MIN_PX = 280;
export const PANEL_WIDTH_MAX_PX = 720;

/** A stored width, or the default for anything that is not a number in range. */
export function panelWidthOf(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return PANEL_WIDTH_DEFAULT_PX;
  return Math.round(Math.min(PANEL_WIDTH_MAX_PX, Math.max(PANEL_WIDTH_MIN_PX, value)));
}

/** Posted by the content script into the panel frame when the focus command fires. */
export const FOCUS_PANEL_MESSAGE = 'success-lens:focus';

/** The background's relay of the focus command to the tab's content script. */
export const FOCUS_PANEL_REQUEST = 'focus-panel';
