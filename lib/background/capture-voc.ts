import { browser } from 'wxt/browser';
import { lastAccount } from '../browser/stored-keys';
import { CAPTURE_DRAFT_PREFIX, saveDraft } from '../store/notes';

export const CAPTURE_MENU_ID = 'success-lens-capture-voc';

/**
 * A quote selected on any page becomes a VOC draft (for the account viewed last, which the CSM
 * can change) and the VOC page opens on it. A draft, so that nothing is lost if the page closes.
 */
export async function captureSelection(selection: string, pageUrl: string | undefined, now: Date): Promise<void> {
  const account = await lastAccount.get();
  const id = crypto.randomUUID();
  await saveDraft(`${CAPTURE_DRAFT_PREFIX}${id}`, {
    accountKey: account?.accountKey ?? '',
    accountName: account?.accountName ?? '',
    body: '',
    category: null,
    tags: [],
    sentiment: null,
    quote: selection.trim(),
    sourceUrl: pageUrl ?? null,
    noteId: null,
    savedAt: now.toISOString(),
  });
  await browser.tabs.create({ url: browser.runtime.getURL(`/voc.html#capture=${id}`) });
}
