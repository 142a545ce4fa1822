import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openStore } from '../store/db';
import { getNote, loadDraft } from '../store/notes';
import { listCachedSnapshots, openCachedSnapshot, writeCachedSnapshot } from '../store/snapshot-cache';
import { noteFixture, useFreshStore } from '../../test/support/store-fixtures';
import { RequestSchema } from '../messages/messages';
import { handleRequest } from './handle-request';
import { countLocalData, deleteAllLocalData, RETENTION_ALARM, runRetention, scheduleRetention } from './retention';

useFreshStore();

const now = new Date('2026-11-27T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const draft = (savedAt: Date) => ({
  accountKey: '',
  accountName: '',
  body: '',
  category: null,
  tags: [],
  sentiment: null,
  quote: 'We need SSO',
  sourceUrl: null,
  noteId: null,
  savedAt: savedAt.toISOString(),
});

describe('the retention pass', () => {
  it('removes notes deleted more than 30 days ago and keeps the rest', async () => {
    const db = await openStore();
    await db.put('notes', noteFixture({ id: 'old', deletedAt: daysAgo(31).toISOString() }));
    await db.put('notes', noteFixture({ id: 'recent', deletedAt: daysAgo(29).toISOString() }));
    await db.put('notes', noteFixture({ id: 'live', updatedAt: daysAgo(400).toISOString() }));
    expect(await runRetention(now)).toMatchObject({ notesPurged: 1 });
    expect(await getNote('old')).toBeNull();
    expect(await getNote('recent')).not.toBeNull();
    expect(await getNote('live')).not.toBeNull();
  });

  it('removes captured quotes never filed within 30 days, never an account’s note draft', async () => {
    const db = await openStore();
    await db.put('drafts', { ...draft(daysAgo(31)), key: 'capture:stale' });
    await db.put('drafts', { ...draft(daysAgo(2)), key: 'capture:fresh' });
    await db.put('drafts', { ...draft(daysAgo(90)), accountKey: 'salesforce:org:001A', key: 'salesforce:org:001A' });
    expect(await runRetention(now)).toMatchObject({ draftsPurged: 1 });
    expect(await loadDraft('capture:stale')).toBeNull();
    expect(await loadDraft('capture:fresh')).not.toBeNull();
    expect(await loadDraft('salesforce:org:001A')).not.toBeNull();
  });

  it('evicts snapshots of records not opened for 30 days; opening one restarts its clock', async () => {
    await writeCachedSnapshot('sf:unopened', { account: 'a' }, daysAgo(31));
    await writeCachedSnapshot('sf:reopened', { account: 'b' }, daysAgo(45));
    await writeCachedSnapshot('sf:fresh', { account: 'c' }, daysAgo(3));
    expect((await openCachedSnapshot('sf:reopened', daysAgo(5)))?.snapshot).toEqual({ account: 'b' });
    // A row saved before retention existed has no openedAt: its save time counts.
    const db = await openStore();
    await db.put('snapshots', { key: 'sf:legacy', savedAt: daysAgo(40).toISOString(), snapshot: {} });
    expect(await runRetention(now)).toMatchObject({ snapshotsEvicted: 2 });
    expect((await listCachedSnapshots()).map((s) => s.key).sort()).toEqual(['sf:fresh', 'sf:reopened']);
  });
});

describe('the retention schedule', () => {
  it('keeps one daily alarm however often the background starts, and purges when it rings', async () => {
    scheduleRetention();
    await expect.poll(() => fakeBrowser.alarms.getAll()).toHaveLength(1);
    const [first] = await fakeBrowser.alarms.getAll();
    expect(first).toMatchObject({ name: RETENTION_ALARM, periodInMinutes: 1440 });
    scheduleRetention();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await fakeBrowser.alarms.getAll()).toEqual([first]);

    const db = await openStore();
    await db.put('notes', noteFixture({ id: 'old', deletedAt: new Date(Date.now() - 31 * 86_400_000).toISOString() }));
    await fakeBrowser.alarms.onAlarm.trigger(first!);
    await expect.poll(() => getNote('old')).toBeNull();
  });

  it('also runs when the browser starts', async () => {
    scheduleRetention();
    const db = await openStore();
    await db.put('notes', noteFixture({ id: 'old', deletedAt: new Date(Date.now() - 31 * 86_400_000).toISOString() }));
    await fakeBrowser.runtime.onStartup.trigger();
    await expect.poll(() => getNote('old')).toBeNull();
  });
});

describe('delete all local data', () => {
  it('counts what goes, then leaves nothing in IndexedDB or storage.local', async () => {
    const db = await openStore();
    await db.put('notes', noteFixture({ id: 'a' }));
    await db.put('notes', noteFixture({ id: 'b', deletedAt: now.toISOString() }));
    await db.put('drafts', { ...draft(now), key: 'capture:x' });
    await writeCachedSnapshot('sf:1', {}, now);
    await db.put('healthHistory', { accountKey: 'sf:1', day: '2026-11-27', score: 50 });
    await db.put('checklists', { accountKey: 'sf:1', renewalDate: '2027-01-31', checked: {} });
    await db.put('secrets', { key: 'hubspot:1', savedAt: now.toISOString(), value: 'pat-na1-x' });
    await db.put('connectorCache', { key: 'schema:1', savedAt: now.toISOString(), value: {} });
    await fakeBrowser.storage.local.set({ 'local:locale': 'ko', 'local:panelCollapsed': true });

    expect(await countLocalData()).toEqual({
      notes: 2,
      drafts: 1,
      snapshots: 1,
      healthHistory: 1,
      checklists: 1,
      connectorCache: 1,
      secrets: 1,
      settings: 2,
    });
    expect(await deleteAllLocalData()).toEqual({ ok: true });
    expect(await countLocalData()).toEqual({
      notes: 0,
      drafts: 0,
      snapshots: 0,
      healthHistory: 0,
      checklists: 0,
      connectorCache: 0,
      secrets: 0,
      settings: 0,
    });
  });
});

describe('the Settings messages', () => {
  const settingsPage = { scope: { kind: 'extension-page' as const } };
  const count = RequestSchema.parse({ type: 'local-data-count' });
  const remove = RequestSchema.parse({ type: 'local-data-delete' });

  it('count and delete through the background', async () => {
    const db = await openStore();
    await db.put('notes', noteFixture({ id: 'a' }));
    expect(await handleRequest(count, settingsPage)).toMatchObject({ notes: 1 });
    expect(await handleRequest(remove, settingsPage)).toEqual({ ok: true });
    expect(await handleRequest(count, settingsPage)).toMatchObject({ notes: 0 });
  });

  it('are refused to a panel framed in a web page', async () => {
    const db = await openStore();
    await db.put('notes', noteFixture({ id: 'a' }));
    const framed = { scope: { kind: 'framed' as const, host: 'acme.lightning.force.com', frameKey: '1:3' } };
    expect(await handleRequest(count, framed)).toMatchObject({ ok: false });
    expect(await handleRequest(remove, framed)).toMatchObject({ ok: false });
    expect(await getNote('a')).not.toBeNull();
  });
});
