import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecordRef } from '../pages/record-ref';
import { COLLAPSED_WIDTH_PX, PANEL_WIDTH_PX, PanelFrame, panelUrl } from './panel-frame';

const BASE = 'chrome-extension://abc/panel.html';
const account: RecordRef = { crm: 'salesforce', host: 'acme.lightning.force.com', objectType: 'Account', recordId: '001xx000003DGb2AAG' };
const other: RecordRef = { ...account, recordId: '0015g00000XyZaBAAV' };

describe('PanelFrame on the CRM page', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body><button id="crm">Save</button></body>';
  });

  it('docks one frame at the right edge and makes room for it', () => {
    const frame = new PanelFrame(document, BASE);
    frame.show(account);
    const iframes = document.querySelectorAll('iframe');
    expect(iframes).toHaveLength(1);
    expect(iframes[0]!.title).toBe('Success Lens');
    expect(iframes[0]!.src).toBe(panelUrl(BASE, account));
    expect(iframes[0]!.style.width).toBe(`${PANEL_WIDTH_PX}px`);
    expect(document.querySelector('style')!.textContent).toContain(`margin-right:${PANEL_WIDTH_PX}px`);
  });

  it('moves the same frame to the next record instead of adding a second one', () => {
    const frame = new PanelFrame(document, BASE);
    frame.show(account);
    const first = document.querySelector('iframe');
    frame.show(other);
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    expect(document.querySelector('iframe')).toBe(first);
  });

  it('leaves nothing behind when the page is no longer a record', () => {
    const frame = new PanelFrame(document, BASE);
    frame.show(account);
    frame.remove();
    expect(document.querySelector('iframe')).toBeNull();
    expect(document.querySelector('style')).toBeNull();
    expect(document.getElementById('crm')).not.toBeNull();
  });

  it('shrinks to a slim tab when collapsed, and gives the page its room back', () => {
    const frame = new PanelFrame(document, BASE);
    frame.setCollapsed(true);
    frame.show(account);
    expect(document.querySelector('iframe')!.style.width).toBe(`${COLLAPSED_WIDTH_PX}px`);
    frame.setCollapsed(false);
    expect(document.querySelector('iframe')!.style.width).toBe(`${PANEL_WIDTH_PX}px`);
  });

  it('moves to another record by the hash of the page it runs at, so the panel is not reloaded', () => {
    // Chromium loads the frame from a per-session address (use_dynamic_url) but runs it at the extension's own.
    const frame = new PanelFrame(document, 'chrome-extension://6d2a-session/panel.html', 'chrome-extension://abc/panel.html');
    frame.show(account);
    const iframe = document.querySelector('iframe')!;
    expect(iframe.src).toBe(panelUrl('chrome-extension://6d2a-session/panel.html', account));
    const replace = vi.fn();
    Object.defineProperty(iframe, 'contentWindow', { value: { location: { replace } } });
    frame.show(other);
    expect(replace).toHaveBeenCalledWith(panelUrl('chrome-extension://abc/panel.html', other));
    frame.show(other);
    expect(replace).toHaveBeenCalledTimes(1);
  });

  it('replaces a frame left by an earlier copy of the content script (extension reload)', () => {
    new PanelFrame(document, BASE).show(account);
    new PanelFrame(document, BASE).show(other);
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
    expect(document.querySelectorAll('style')).toHaveLength(1);
  });
});

describe('the panel frame’s width', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = '<head></head><body></body>';
  });

  it('takes the width the CSM left, and refuses widths out of range or not numbers', () => {
    const frame = new PanelFrame(document, BASE);
    frame.show(account);
    frame.setWidth(500);
    expect(document.querySelector('iframe')!.style.width).toBe('500px');
    expect(document.querySelector('style')!.textContent).toContain('margin-right:500px');
    frame.setWidth(99_999);
    expect(document.querySelector('iframe')!.style.width).toBe('720px');
    frame.setWidth('800px; background:url(x)');
    expect(document.querySelector('iframe')!.style.width).toBe(`${PANEL_WIDTH_PX}px`);
  });
});
