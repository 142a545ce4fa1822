import type { RecordRef } from '../pages/record-ref';
import { FOCUS_PANEL_MESSAGE, PANEL_WIDTH_DEFAULT_PX, panelWidthOf } from './panel-state';

/**
 * The bottom of a header the CRM pins to the top of the window (Lightning's global header), so
 * the panel starts below it instead of covering Setup, notifications and the avatar. Read from
 * layout only, probed at the left edge (away from the panel), and bounded: the page is not
 * trusted to size our frame.
 */
export function pinnedHeaderBottom(doc: Document): number {
  const view = doc.defaultView;
  if (!view) return 0;
  let el: Element | null = doc.elementFromPoint(4, 1);
  while (el && el !== doc.documentElement && el !== doc.body) {
    const position = view.getComputedStyle(el).position;
    if (position === 'fixed' || position === 'sticky') {
      const rect = el.getBoundingClientRect();
      const bottom = Math.round(rect.bottom);
      return rect.top <= 0 && rect.width >= view.innerWidth / 2 && bottom > 0 && bottom <= MAX_HEADER_PX ? bottom : 0;
    }
    el = el.parentElement;
  }
  return 0;
}

export const PANEL_WIDTH_PX = PANEL_WIDTH_DEFAULT_PX;
export const COLLAPSED_WIDTH_PX = 48;
/** A pinned CRM header taller than this is not a header: the panel ignores it. */
const MAX_HEADER_PX = 200;
const FRAME_ID = 'success-lens-panel';
const STYLE_ID = 'success-lens-page-style';

/** The panel's URL for a record: the reference travels in the hash, so no message crosses origins. */
export function panelUrl(base: string, ref: RecordRef): string {
  return `${base}#${encodeURIComponent(JSON.stringify(ref))}`;
}

/**
 * The docked iframe that shows the panel beside the CRM page. Owns every DOM change the
 * extension makes to the host page, so unmounting leaves nothing behind.
 */
export class PanelFrame {
  private frame: HTMLIFrameElement | null = null;
  private style: HTMLStyleElement | null = null;
  private currentUrl: string | null = null;
  private collapsed = false;
  private width = PANEL_WIDTH_PX;
  private top = 0;
  private readonly doc: Document;
  private readonly panelBase: string;

  /** The panel page's address once loaded: with `use_dynamic_url` Chromium loads the frame from a per-session URL (`panelBase`) but runs it at the extension's own. */
  private readonly documentBase: string;
  /** The origins the panel may have (the loading URL's and the document's). */
  private readonly panelOrigins: readonly string[];

  constructor(doc: Document, panelBase: string, documentBase: string = panelBase) {
    this.documentBase = documentBase;
    this.panelOrigins = [...new Set([new URL(panelBase).origin, new URL(documentBase).origin])];
    this.doc = doc;
    this.panelBase = panelBase;
  }

  get mounted(): boolean {
    return this.frame !== null;
  }

  show(ref: RecordRef): void {
    const url = panelUrl(this.panelBase, ref);
    if (!this.frame) {
      this.mount(url);
    } else if (url !== this.currentUrl) {
      // location.replace to the document's own address with a new hash is a same-document
      // navigation: no reload (the panel keeps its memory), and no history entry, so the CRM's
      // Back button keeps moving the CRM (setting src would push one per navigation).
      this.frame.contentWindow?.location.replace(panelUrl(this.documentBase, ref));
    }
    this.currentUrl = url;
  }

  setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    this.applyWidth();
  }

  /** The width the CSM dragged the panel to (checked again here: storage is shared). */
  setWidth(width: unknown): void {
    this.width = panelWidthOf(width);
    this.applyWidth();
  }

  /** Keeps the frame below a pinned CRM header; call again when the page may have changed. */
  fitBelowHeader(): void {
    this.top = pinnedHeaderBottom(this.doc);
    if (!this.frame) return;
    this.frame.style.top = `${this.top}px`;
    this.frame.style.height = `calc(100vh - ${this.top}px)`;
  }

  /** Moves keyboard focus into the panel (the focus command); the panel picks the control. */
  focus(): void {
    if (!this.frame) return;
    this.frame.focus();
    // Addressed to the panel's own origin only (never '*'): no other frame can read it.
    for (const origin of this.panelOrigins) this.frame.contentWindow?.postMessage(FOCUS_PANEL_MESSAGE, origin);
  }

  remove(): void {
    this.frame?.remove();
    this.style?.remove();
    this.frame = null;
    this.style = null;
    this.currentUrl = null;
  }

  private mount(url: string): void {
    // Another copy of the content script (an extension reload) may have left its frame.
    this.doc.getElementById(FRAME_ID)?.remove();
    this.doc.getElementById(STYLE_ID)?.remove();
    this.top = pinnedHeaderBottom(this.doc);
    const frame = this.doc.createElement('iframe');
    frame.id = FRAME_ID;
    frame.title = 'Success Lens';
    frame.src = url;
    frame.setAttribute('allow', 'clipboard-write');
    frame.style.cssText = [
      'position:fixed',
      `top:${this.top}px`,
      'right:0',
      `height:calc(100vh - ${this.top}px)`,
      'border:0',
      'border-left:1px solid #c9ced6',
      'margin:0',
      'padding:0',
      'background:#fff',
      'z-index:2147483646',
      'color-scheme:light',
    ].join(';');
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    this.frame = frame;
    this.style = style;
    this.applyWidth();
    this.doc.documentElement.append(style);
    this.doc.documentElement.append(frame);
  }

  private applyWidth(): void {
    if (!this.frame || !this.style) return;
    const width = this.collapsed ? COLLAPSED_WIDTH_PX : this.width;
    this.frame.style.width = `${width}px`;
    // Make room beside the CRM instead of covering its controls.
    this.style.textContent = `html{margin-right:${width}px !important;}`;
  }
}
