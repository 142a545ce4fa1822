import { browser } from 'wxt/browser';
import { findSession } from '../crm/salesforce/session';
import { AccountSnapshotSchema } from '../crm/snapshot';
import type { Request } from '../messages/messages';
import { readHealthHistory, recordHealthScore } from '../store/health-history';
import { readCachedSnapshot, writeCachedSnapshot } from '../store/snapshot-cache';
import { shareNote } from './share-note';
import { readChecklist, setChecklistItem } from '../store/checklists';
import { clearDraft, createNote, deleteNote, listNotes, loadDraft, restoreNote, saveDraft, tagSuggestions, updateNote } from '../store/notes';
import { announceNotesChanged } from '../store/notes-changed';

// Cookies are read in the background: only it has the `cookies` permission's API, and the sid
// never touches the CRM page. The tab's cookie store keeps Firefox containers apart.
function cookieReader(context: { cookieStoreId?: string }) {
  return async (url: string, name: string) => {
    const cookie = await browser.cookies.get({ url, name, ...(context.cookieStoreId ? { storeId: context.cookieStoreId } : {}) });
    return cookie?.value ?? null;
  };
}

/** What the background does for each request from an extension page. */
export async function handleRequest(request: Request, context: { cookieStoreId?: string; tabTitle?: string }): Promise<unknown> {
  switch (request.type) {
    case 'salesforce-session':
      return findSession(cookieReader(context), request.pageHost);
    case 'note-share':
      return shareNote(request.id, await findSession(cookieReader(context), request.pageHost), new Date());
    case 'snapshot-cache-read':
      return readCachedSnapshot(request.key);
    case 'snapshot-cache-write': {
      const snapshot = AccountSnapshotSchema.safeParse(request.snapshot);
      if (snapshot.success) await writeCachedSnapshot(request.key, snapshot.data, new Date(request.savedAt));
      return { ok: snapshot.success };
    }
    case 'health-history-read':
      return readHealthHistory(request.accountKey);
    case 'health-history-record':
      await recordHealthScore(request.accountKey, request.day, request.score);
      return { ok: true };
    case 'notes-list':
      return listNotes(request.accountKey, request.filter ?? {});
    case 'note-create':
      return announceNotesChanged(request.input.accountKey, await createNote(request.input, new Date()));
    case 'note-update':
      return announceNotesChanged(request.input.accountKey, await updateNote(request.id, request.input, request.baseRevision, new Date()));
    case 'note-delete': {
      const result = await deleteNote(request.id, new Date());
      return result.ok ? announceNotesChanged(result.value.accountKey, result) : result;
    }
    case 'note-restore': {
      const result = await restoreNote(request.id, new Date());
      return result.ok ? announceNotesChanged(result.value.accountKey, result) : result;
    }
    case 'checklist-read':
      return readChecklist(request.accountKey, request.renewalDate);
    case 'checklist-tick':
      return setChecklistItem(request.accountKey, request.renewalDate, request.item, request.checked, new Date());
    case 'tag-suggestions':
      return tagSuggestions(request.prefix);
    case 'draft-save':
      return saveDraft(request.key, request.draft);
    case 'draft-load':
      return loadDraft(request.key);
    case 'draft-clear':
      await clearDraft(request.key);
      return { ok: true };
    case 'page-title':
      // The sender's own tab only (a frame asks about the page it is in).
      return { title: context.tabTitle ?? null };
    case 'open-options':
      await browser.runtime.openOptionsPage();
      return { ok: true };
  }
}
