import { browser } from 'wxt/browser';
import type { Request } from '../messages/messages';
import { crmError } from '../crm/errors';
import { readHealthHistory, recordHealthScore } from '../store/health-history';
import { openCachedSnapshot } from '../store/snapshot-cache';
import { countLocalData, deleteAllLocalData } from './retention';
import { readChecklist, setChecklistItem } from '../store/checklists';
import { recountOverdueSteps } from './book-checklist';
import { exportBackup, restoreBackup } from '../store/backup';
import {
  clearDraft,
  createNote,
  deleteNote,
  listAllNotes,
  listNotes,
  loadDraft,
  restoreNote,
  saveDraft,
  tagSuggestions,
  updateNote,
} from '../store/notes';
import { announceChecklistsChanged, announceNotesChanged, announcePlansChanged } from '../store/notes-changed';
import { saveImportedSignals } from '../store/imported-signals';
import { editPlan, listPlans, readPlan } from '../store/plans';
import { matchableAccounts } from './imports';
import { readBook, refreshBook } from './book-refresh';
import { listBookSources, readBookLists } from './book-lists';
import { checkConnection, connect, disconnect, listConnections, loadSnapshot, readSchema, signIn } from './crm-calls';
import { mayActOn, type SenderScope } from './sender-scope';
import { shareNote } from './share-note';
import { openCapture, saveCapture } from './capture-voc';
import { sharePlan } from './share-plan';

export interface RequestContext {
  /** The tab's cookie store: sessions are read from the profile (or container) the user is in. */
  cookieStoreId?: string;
  /** Who asks (see sender-scope.ts); null when the browser could not say. */
  scope: SenderScope | null;
  /** The title of the sender's tab (a framed panel's CRM page), where the browser gives it. */
  tabTitle?: string;
}

const refused = (what: string) => ({
  ok: false as const,
  error: crmError('not-found', `${what} is not served to this page`, { code: 'WRONG_PAGE' }),
});

export async function handleRequest(request: Request, context: RequestContext): Promise<unknown> {
  const origin = { ...(context.cookieStoreId ? { cookieStoreId: context.cookieStoreId } : {}) };
  const ourPage = context.scope?.kind === 'extension-page';
  switch (request.type) {
    case 'snapshot-load':
      if (!mayActOn(context.scope, request.ref)) return refused('This record');
      return loadSnapshot(request.ref, { ...origin, ...(context.scope?.kind === 'framed' ? { frameKey: context.scope.frameKey } : {}) });
    case 'crm-schema':
      if (!mayActOn(context.scope, request.ref)) return refused('This org');
      return readSchema(request.ref, origin);
    case 'note-share':
      if (!mayActOn(context.scope, request.ref)) return refused('Sharing');
      return shareNote(request.id, request.ref, origin, new Date());
    case 'plan-share':
      if (!mayActOn(context.scope, request.ref)) return refused('Sharing');
      return sharePlan(request, origin, new Date());
    // Connections are managed from our own pages only, never from a frame inside a web page.
    case 'connection-check':
      if (!ourPage) return refused('Connections');
      return checkConnection(request.crm, { host: request.host, ...(request.source ? { source: request.source } : {}) }, origin);
    case 'crm-connect':
      if (!ourPage) return refused('Connections');
      return connect(request.crm, request.token, origin);
    case 'crm-sign-in':
      if (!ourPage) return refused('Connections');
      return signIn(request.crm, { host: request.host, clientId: request.clientId }, origin);
    case 'crm-disconnect':
      if (!ourPage) return refused('Connections');
      return disconnect(request.crm, request.source);
    case 'crm-connections':
      if (!ourPage) return refused('Connections');
      return listConnections(request.crm);
    case 'snapshot-cache-read':
      // Opening a record restarts its snapshot's retention clock.
      return openCachedSnapshot(request.key, new Date());
    case 'health-history-read':
      return readHealthHistory(request.accountKey);
    case 'health-history-record':
      await recordHealthScore(request.accountKey, request.day, request.score);
      return { ok: true };
    case 'notes-list':
      return listNotes(request.accountKey, request.filter ?? {});
    case 'notes-list-all':
      return listAllNotes();
    case 'backup-export':
      return exportBackup(new Date());
    case 'backup-restore': {
      const result = await restoreBackup(request.backup);
      return result.ok ? announcePlansChanged('*', await announceNotesChanged('*', result)) : result;
    }
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
    case 'plan-read':
      return readPlan(request.accountKey, request.accountName, new Date());
    case 'plan-edit':
      return announcePlansChanged(
        request.accountKey,
        await editPlan(request.accountKey, request.accountName, request.edit, request.baseRevision, new Date()),
      );
    case 'plans-list-all':
      return listPlans();
    case 'checklist-read':
      return readChecklist(request.accountKey, request.renewalDate);
    case 'checklist-tick': {
      const now = new Date();
      const ticked = await setChecklistItem(request.accountKey, request.renewalDate, request.item, request.checked, now);
      if (ticked.ok) await recountOverdueSteps(request.accountKey, request.renewalDate, new Set(Object.keys(ticked.value.checked)), now);
      return announceChecklistsChanged(request.accountKey, ticked);
    }
    case 'tag-suggestions':
      return tagSuggestions(request.prefix);
    case 'draft-save':
      return saveDraft(request.key, request.draft);
    case 'draft-load':
      return loadDraft(request.key);
    case 'voc-capture':
      return openCapture(request.capture, new Date());
    case 'capture-save':
      return announceNotesChanged(request.input.accountKey, await saveCapture(request.captureId, request.input, new Date()));
    case 'draft-clear':
      await clearDraft(request.key);
      return { ok: true };
    case 'page-title':
      // The sender's own tab only (a frame asks about the page it is in).
      return { title: context.tabTitle ?? null };
    // Imports are our own pages' business, never a frame inside a web page's.
    case 'imports-accounts':
      if (!ourPage) return refused('Imports');
      return { ok: true, value: await matchableAccounts() };
    case 'imports-save':
      if (!ourPage) return refused('Imports');
      return saveImportedSignals(request.rows);
    // Settings only: a panel framed in a web page never counts or deletes local data.
    case 'local-data-count':
      if (!ourPage) return refused('Local data');
      return countLocalData();
    case 'local-data-delete':
      if (!ourPage) return { ok: false, detail: 'only the settings page may delete local data' };
      return deleteAllLocalData();
    case 'book-read':
      if (!ourPage) return refused('The book');
      return { ok: true, value: await readBook() };
    case 'book-refresh':
      // A frame inside a web page never spends the user's API budget.
      if (!ourPage) return refused('The book');
      return { ok: true, value: await refreshBook() };
    case 'book-sources':
      if (!ourPage) return refused('The book');
      return listBookSources();
    case 'book-lists':
      // A CRM request on demand: never for a frame inside a web page, whose asking would spend the API budget.
      if (!ourPage) return refused('The book');
      return readBookLists(request.crm, { host: request.host, ...(request.source ? { source: request.source } : {}) }, origin);
    case 'open-options':
      // A tab at the section (the panel frame cannot open it itself in Firefox).
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${request.section ? `#${request.section}` : ''}`) });
      return { ok: true };
  }
}
