import type { RecordRef } from '../pages/record-ref';

/**
 * Who is asking, as the browser vouches for it: one of our own top-level pages (options, popup,
 * VOC), or an extension frame (the panel) inside a tab showing some web page. A framed panel
 * is served only for records of the host its tab shows: a page on another host that frames the
 * panel with a forged hash gets nothing (and spends none of the user's API budget).
 */
export type SenderScope = { kind: 'extension-page' } | { kind: 'framed'; host: string; frameKey: string };

export function senderScope(
  sender: { tab?: { id?: number; url?: string }; frameId?: number },
  extensionOrigin: string,
): SenderScope | null {
  const tabUrl = sender.tab?.url;
  // The popup has no tab; the options and VOC pages are tabs of our own origin.
  if (!sender.tab || (tabUrl && tabUrl.startsWith(extensionOrigin))) return { kind: 'extension-page' };
  if (!tabUrl) return null;
  try {
    return { kind: 'framed', host: new URL(tabUrl).hostname, frameKey: `${sender.tab.id ?? '?'}:${sender.frameId ?? 0}` };
  } catch {
    return null;
  }
}

/** May this sender act on this record? Our own pages may; a framed panel only on its tab's host. */
export function mayActOn(scope: SenderScope | null, ref: Pick<RecordRef, 'host'>): boolean {
  if (!scope) return false;
  return scope.kind === 'extension-page' || scope.host === ref.host.toLowerCase();
}
