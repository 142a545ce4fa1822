import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeStore, DB_NAME, DB_VERSION, openAt } from './db';
import { exportBackup, restoreBackup } from './backup';
import type { NoteInput } from './note-schema';
import { createNote, deleteNote, listAllNotes, listNotes, loadDraft, restoreNote, saveDraft, tagSuggestions, updateNote } from './notes';
import { vocCsv } from './voc-csv';
import { vocReport } from './voc-report';

const now = new Date('2026-11-22T12:00:00Z');
const later = (s: number) => new Date(now.getTime() + s * 1000);
const input = (over: Partial<NoteInput> = {}): NoteInput => ({
  accountKey: 'salesforce:org:001A', accountName: 'Northwind', body: 'Asked about SSO', category: null, tags: [], sentiment: null, quote: null, sourceUrl: null, ...over,
});

beforeEach(async () => {
  // A fresh database per test: close ours, then delete.
  await closeStore();
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
});

describe('notes', () => {
  it('keeps an account’s notes, newest first, with tidy tags', async () => {
    await createNote(input({ body: 'first', tags: [' SSO ', 'sso', 'Billing'] }), now);
    await createNote(input({ body: 'second' }), later(1));
    await createNote(input({ accountKey: 'other', body: 'elsewhere' }), later(2));
    const notes = await listNotes('salesforce:org:001A');
    expect(notes.map((n) => n.body)).toEqual(['second', 'first']);
    expect(notes[1]!.tags).toEqual(['sso', 'billing']);
  });

  it('does not overwrite what another tab saved in between: it reports a conflict', async () => {
    const created = await createNote(input(), now);
    if (!created.ok) throw new Error('create failed');
    const tabA = await updateNote(created.value.id, input({ body: 'edited in tab A' }), 1, later(1));
    expect(tabA.ok).toBe(true);
    const tabB = await updateNote(created.value.id, input({ body: 'edited in tab B' }), 1, later(2));
    expect(tabB).toMatchObject({ ok: false, error: { kind: 'conflict', current: { body: 'edited in tab A', revision: 2 } } });
  });

  it('keeps both notes when two connections (two tabs) write at once', async () => {
    await closeStore();
    const [tabA, tabB] = await Promise.all([openAt(2), openAt(2)]);
    const note = (id: string, body: string) => ({ ...input({ body }), id, createdAt: now.toISOString(), updatedAt: now.toISOString(), deletedAt: null, revision: 1 });
    await Promise.all([tabA.put('notes', note('a', 'from tab A')), tabB.put('notes', note('b', 'from tab B'))]);
    tabA.close();
    tabB.close();
    const bodies = (await listNotes('salesforce:org:001A')).map((n) => n.body);
    expect(bodies).toEqual(expect.arrayContaining(['from tab A', 'from tab B']));
  });

  it('deletes with undo', async () => {
    const created = await createNote(input(), now);
    if (!created.ok) throw new Error();
    await deleteNote(created.value.id, later(1));
    expect(await listNotes('salesforce:org:001A')).toHaveLength(0);
    await restoreNote(created.value.id, later(2));
    expect(await listNotes('salesforce:org:001A')).toHaveLength(1);
  });

  it('says the disk is full instead of failing half-way', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await createNote(input(), now)).toEqual({ ok: false, error: { kind: 'quota-exceeded' } });
    vi.restoreAllMocks();
    expect(await listNotes('salesforce:org:001A')).toHaveLength(0);
  });

  it('finds Korean words with particles attached, and English case-insensitively', async () => {
    await createNote(input({ body: '가격이 너무 비싸다고 합니다' }), now);
    await createNote(input({ body: 'Export to CSV is SLOW' }), later(1));
    expect((await listNotes('salesforce:org:001A', { text: '가격' })).map((n) => n.body)).toEqual(['가격이 너무 비싸다고 합니다']);
    expect((await listNotes('salesforce:org:001A', { text: 'csv slow' })).map((n) => n.body)).toEqual(['Export to CSV is SLOW']);
  });

  it('suggests tags already used, most used first', async () => {
    await createNote(input({ tags: ['sso', 'billing'] }), now);
    await createNote(input({ tags: ['sso'] }), now);
    await createNote(input({ tags: ['sync'] }), now);
    expect(await tagSuggestions('s')).toEqual(['sso', 'sync']);
  });

  it('keeps a draft across a reload', async () => {
    await saveDraft('salesforce:org:001A', { ...input({ body: 'half a thought' }), noteId: null, savedAt: now.toISOString() });
    expect((await loadDraft('salesforce:org:001A'))?.body).toBe('half a thought');
  });

  it.each([1, 2])('migrates a version %i database with its data to the current version', async (from) => {
    await closeStore();
    const old = await openAt(from);
    await old.put('healthHistory', { accountKey: 'k', day: '2026-11-01', score: 50 });
    if (from >= 2) await old.put('notes', { ...input({ body: 'kept' }), id: 'n1', createdAt: now.toISOString(), updatedAt: now.toISOString(), deletedAt: null, revision: 1 });
    old.close();
    const current = await openAt(DB_VERSION);
    expect(await current.get('healthHistory', ['k', '2026-11-01'])).toEqual({ accountKey: 'k', day: '2026-11-01', score: 50 });
    expect([...current.objectStoreNames]).toEqual(expect.arrayContaining(['notes', 'drafts', 'checklists']));
    current.close();
    if (from >= 2) expect((await listNotes('salesforce:org:001A')).map((n) => n.body)).toEqual(['kept']);
  });

  it('keeps renewal checklist ticks per cycle, with when they were ticked', async () => {
    const { readChecklist, setChecklistItem } = await import('./checklists');
    await setChecklistItem('k', '2027-01-31', 'qbr', true, now);
    await setChecklistItem('k', '2027-01-31', 'proposal', true, now);
    await setChecklistItem('k', '2027-01-31', 'proposal', false, now);
    expect((await readChecklist('k', '2027-01-31')).checked).toEqual({ qbr: now.toISOString() });
    expect((await readChecklist('k', '2028-01-31')).checked).toEqual({});
  });
});

describe('VOC across accounts', () => {
  it('counts by category and tag with how many accounts raised each, and exports CSV for spreadsheets', async () => {
    await createNote(input({ accountKey: 'a', accountName: '한빛', category: 'feature-request', tags: ['sso'], body: '=SUM(1) "quoted", with comma\nand newline' }), now);
    await createNote(input({ accountKey: 'b', category: 'feature-request', tags: ['sso'] }), now);
    await createNote(input({ accountKey: 'b', category: 'bug', tags: ['sync'] }), now);
    await createNote(input({ accountKey: 'c', category: null, tags: ['sso'] }), now);
    const notes = await listAllNotes();
    const report = vocReport(notes);
    expect(report.byCategory[0]).toEqual({ category: 'feature-request', count: { notes: 2, accounts: 2 } });
    expect(report.byTag.find((t) => t.tag === 'sso')!.count).toEqual({ notes: 2, accounts: 2 });
    const csv = vocCsv(notes);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(rows[0]).toEqual(['created', 'account', 'category', 'routed to', 'tags', 'sentiment', 'body', 'quote', 'source url']);
    expect(rows).toHaveLength(4);
    const korean = rows.find((r) => r[1] === '한빛')!;
    expect(korean[3]).toBe('product');
    expect(korean[6]).toBe('\'=SUM(1) "quoted", with comma\nand newline');
  });
});

describe('backup', () => {
  it('restores into another profile without duplicates, newer versions winning', async () => {
    const a = await createNote(input({ body: 'original' }), now);
    if (!a.ok) throw new Error();
    const backup = JSON.parse(JSON.stringify(await exportBackup(later(1))));
    await updateNote(a.value.id, input({ body: 'edited after the backup' }), 1, later(2));
    expect(await restoreBackup(backup)).toEqual({ ok: true, value: { added: 0, updated: 0, unchanged: 1 } });
    expect((await listNotes('salesforce:org:001A')).map((n) => n.body)).toEqual(['edited after the backup']);
    expect(await restoreBackup(backup)).toMatchObject({ ok: true });
    expect(await listAllNotes()).toHaveLength(1);
  });

  it('rejects a foreign or damaged file with the reason and changes nothing', async () => {
    await createNote(input(), now);
    expect(await restoreBackup({ hello: 'world' })).toEqual({ ok: false, error: { kind: 'invalid-backup', reason: 'not-a-backup' } });
    expect(await restoreBackup({ format: 'success-lens-backup', version: 9 })).toMatchObject({ error: { reason: 'unknown-version' } });
    expect(await restoreBackup({ format: 'success-lens-backup', version: 1, exportedAt: 'x', notes: [{ id: 1 }], healthHistory: [] })).toMatchObject({ error: { reason: 'damaged' } });
    expect(await listAllNotes()).toHaveLength(1);
  });
});
