import { describe, expect, it, vi } from 'vitest';
import { closeStore, openDb, openStore } from './db.ts';
import type { NoteInput } from './note-schema.ts';
import {
  clearDraft,
  createNote,
  deleteNote,
  getNote,
  listAllNotes,
  listNotes,
  listVocNotes,
  loadDraft,
  markRemote,
  purgeDeletedNotes,
  restoreNote,
  saveDraft,
  tagSuggestions,
  updateNote,
} from './notes.ts';
import { useFreshStore } from '../../test/support/store-fixtures.ts';

const ACME = 'salesforce:00D5g000004abcd:001A';
const now = new Date('2026-11-22T12:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const input = (over: Partial<NoteInput> = {}): NoteInput => ({
  accountKey: ACME,
  accountName: 'Acme',
  body: 'Asked about SSO',
  category: null,
  tags: [],
  sentiment: null,
  quote: null,
  sourceUrl: null,
  ...over,
});

async function created(over: Partial<NoteInput> = {}, at = now) {
  const result = await createNote(input(over), at);
  if (!result.ok) throw new Error(`create failed: ${result.error.kind}`);
  return result.value;
}

/** Makes every object-store write fail the way a full disk does. */
function fillTheDisk() {
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(full);
}

/** Closes the connection of the second module copy (the "other tab") made after vi.resetModules. */
async function closeTabB() {
  await (await import('./db.ts')).closeStore();
}

const problemLog = useFreshStore();

describe('notes of an account', () => {
  it('keeps an account’s notes, newest first, with tidy tags, and not the other accounts’', async () => {
    const first = await created({ body: 'first', tags: [' SSO ', 'sso', 'Billing', ''] });
    await created({ body: 'second' }, later(1));
    await created({ accountKey: 'hubspot:123:9', body: 'elsewhere' }, later(2));
    const notes = await listNotes(ACME);
    expect(notes.map((n) => n.body)).toEqual(['second', 'first']);
    expect(notes[1]).toEqual({ ...first, tags: ['sso', 'billing'] });
    expect(first).toMatchObject({ revision: 1, deletedAt: null, remote: null, createdAt: now.toISOString(), updatedAt: now.toISOString() });
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('filters by category, plain notes, tag and text', async () => {
    await created({ body: 'SSO login fails', category: 'bug', tags: ['sso'] });
    await created({ body: 'wants SCIM', category: 'feature-request', tags: ['sso', 'provisioning'] }, later(1));
    await created({ body: 'lunch with the champion' }, later(2));
    const bodies = async (filter: Parameters<typeof listNotes>[1]) => (await listNotes(ACME, filter)).map((n) => n.body);
    expect(await bodies({ category: 'bug' })).toEqual(['SSO login fails']);
    expect(await bodies({ category: null })).toEqual(['lunch with the champion']);
    expect(await bodies({ tag: ' SSO' })).toEqual(['wants SCIM', 'SSO login fails']);
    expect(await bodies({ tag: 'sso', text: 'scim' })).toEqual(['wants SCIM']);
  });

  it('keeps both notes when two tabs write the same account at once', async () => {
    // A second tab is a second copy of the store module with its own connection.
    await openStore();
    vi.resetModules();
    const tabB = await import('./notes.ts');
    const [a, b] = await Promise.all([createNote(input({ body: 'from tab A' }), now), tabB.createNote(input({ body: 'from tab B' }), now)]);
    expect(a.ok && b.ok).toBe(true);
    expect((await listNotes(ACME)).map((n) => n.body).sort()).toEqual(['from tab A', 'from tab B']);
    expect((await tabB.listNotes(ACME)).map((n) => n.body).sort()).toEqual(['from tab A', 'from tab B']);
    await closeTabB();
  });

  it('keeps both notes when two raw connections write at once', async () => {
    const [tabA, tabB] = await Promise.all([openDb(), openDb()]);
    const note = (id: string, body: string) => ({
      ...input({ body }),
      id,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      deletedAt: null,
      revision: 1,
    });
    await Promise.all([tabA.put('notes', note('a', 'from tab A')), tabB.put('notes', note('b', 'from tab B'))]);
    expect((await listNotes(ACME)).map((n) => n.body).sort()).toEqual(['from tab A', 'from tab B']);
    tabA.close();
    tabB.close();
  });
});

describe('editing', () => {
  it('saves an edit on top of the revision it started from', async () => {
    const note = await created({ tags: ['a'] });
    const edited = await updateNote(note.id, input({ body: 'Asked about SSO and SCIM', tags: ['SCIM'] }), 1, later(5));
    expect(edited).toEqual({
      ok: true,
      value: { ...note, body: 'Asked about SSO and SCIM', tags: ['scim'], revision: 2, updatedAt: later(5).toISOString() },
    });
    expect(await getNote(note.id)).toEqual(edited.ok && edited.value);
  });

  it('does not overwrite what another tab saved in between: it reports the conflict with the stored note', async () => {
    const note = await created();
    vi.resetModules();
    const tabB = await import('./notes.ts');
    expect((await tabB.updateNote(note.id, input({ body: 'edited in tab B' }), 1, later(1))).ok).toBe(true);
    const tabA = await updateNote(note.id, input({ body: 'edited in tab A' }), 1, later(2));
    expect(tabA).toMatchObject({ ok: false, error: { kind: 'conflict', current: { body: 'edited in tab B', revision: 2 } } });
    expect((await getNote(note.id))?.body).toBe('edited in tab B');
    // The CSM merges and saves on top of what is stored now.
    expect(await updateNote(note.id, input({ body: 'merged' }), 2, later(3))).toMatchObject({
      ok: true,
      value: { body: 'merged', revision: 3 },
    });
    await closeTabB();
  });

  it('says a note is gone rather than recreating it', async () => {
    expect(await updateNote('missing', input(), 1, now)).toEqual({ ok: false, error: { kind: 'not-found' } });
  });

  it('rejects a note that is not valid as a value (no account)', async () => {
    expect(await createNote(input({ accountKey: '' }), now)).toEqual({
      ok: false,
      error: { kind: 'invalid', detail: expect.stringMatching(/^accountKey: /) },
    });
    expect(await listAllNotes()).toEqual([]);
  });

  it('records where the note was shared in the CRM', async () => {
    const note = await created();
    const remote = { crm: 'salesforce' as const, id: '002xx0000001', savedAt: later(1).toISOString() };
    expect(await markRemote(note.id, remote, later(1))).toMatchObject({ ok: true, value: { remote, revision: 2 } });
  });
});

describe('delete, undo and purge', () => {
  it('hides a deleted note, and Undo brings it back as it was', async () => {
    const note = await created({ body: 'keep me', tags: ['sso'] });
    expect(await deleteNote(note.id, later(1))).toMatchObject({ ok: true, value: { deletedAt: later(1).toISOString() } });
    expect(await listNotes(ACME)).toEqual([]);
    expect(await listNotes(ACME, { includeDeleted: true })).toHaveLength(1);
    expect(await tagSuggestions('')).toEqual([]);
    await restoreNote(note.id, later(2));
    expect(await listNotes(ACME)).toMatchObject([{ body: 'keep me', deletedAt: null, revision: 3 }]);
    expect(await tagSuggestions('')).toEqual(['sso']);
  });

  it('purges only the notes deleted more than N days ago', async () => {
    const old = await created({ body: 'deleted long ago' });
    const recent = await created({ body: 'deleted yesterday' });
    await created({ body: 'alive' });
    await deleteNote(old.id, new Date('2026-10-01T00:00:00Z'));
    await deleteNote(recent.id, new Date('2026-11-21T00:00:00Z'));
    expect(await purgeDeletedNotes(30, now)).toEqual({ ok: true, value: { purged: 1 } });
    expect((await listNotes(ACME, { includeDeleted: true })).map((n) => n.body).sort()).toEqual(['alive', 'deleted yesterday']);
    expect(await (await openStore()).get('meta', 'lastPurge')).toEqual({ key: 'lastPurge', at: now.toISOString(), purged: 1 });
  });
});

describe('nothing lost', () => {
  it('turns a full disk into a quota-exceeded value and writes nothing', async () => {
    const note = await created({ body: 'before the disk filled' });
    fillTheDisk();
    expect(await createNote(input({ body: 'new' }), later(1))).toEqual({ ok: false, error: { kind: 'quota-exceeded' } });
    expect(await updateNote(note.id, input({ body: 'edited' }), 1, later(2))).toEqual({ ok: false, error: { kind: 'quota-exceeded' } });
    expect(await saveDraft(ACME, { ...input({ body: 'typing' }), noteId: null, savedAt: now.toISOString() })).toEqual({
      ok: false,
      error: { kind: 'quota-exceeded' },
    });
    vi.restoreAllMocks();
    expect(await listNotes(ACME)).toMatchObject([{ body: 'before the disk filled', revision: 1 }]);
  });

  it('keeps a draft across a reload, and a capture draft before its account is known', async () => {
    const draft = { ...input({ body: 'half a thought', tags: ['sso'] }), noteId: null, savedAt: now.toISOString() };
    expect(await saveDraft(ACME, draft)).toEqual({ ok: true, value: draft });
    await closeStore(); // the panel reloads
    expect(await loadDraft(ACME)).toEqual(draft);
    const capture = {
      ...input({ accountKey: '', accountName: '', body: '', quote: '가격이 부담된다' }),
      noteId: null,
      savedAt: now.toISOString(),
    };
    expect((await saveDraft('capture:1', capture)).ok).toBe(true);
    expect((await loadDraft('capture:1'))?.quote).toBe('가격이 부담된다');
    expect(await clearDraft(ACME)).toEqual({ ok: true, value: null });
    expect(await loadDraft(ACME)).toBeNull();
  });
});

describe('tags and VOC across accounts', () => {
  it('suggests tags already used, most used first, by prefix', async () => {
    await created({ tags: ['sso', 'billing'] });
    await created({ accountKey: 'hubspot:1:2', tags: ['SSO'] });
    await created({ tags: ['sync'] });
    await created({ tags: ['스케줄', '속도'] });
    expect(await tagSuggestions('S')).toEqual(['sso', 'sync']);
    expect(await tagSuggestions('')).toEqual(['sso', 'billing', 'sync', '속도', '스케줄']);
    expect(await tagSuggestions('스')).toEqual(['스케줄']);
    expect(await tagSuggestions('', 1)).toEqual(['sso']);
  });

  it('lists the VOC notes of every account with filters, leaving plain and deleted notes out', async () => {
    await created({ body: 'export is slow', category: 'bug', tags: ['export'] });
    await created({ accountKey: 'hubspot:1:2', accountName: '한빛', body: '가격이 부담된다고 함', category: 'pricing', tags: ['renewal'] });
    await created({ body: 'plain note' });
    const gone = await created({ body: 'deleted bug', category: 'bug' });
    await deleteNote(gone.id, later(1));
    const bodies = async (filter: Parameters<typeof listVocNotes>[0]) => (await listVocNotes(filter)).map((n) => n.body);
    expect((await bodies({})).sort()).toEqual(['export is slow', '가격이 부담된다고 함']);
    expect(await bodies({ category: 'bug' })).toEqual(['export is slow']);
    expect(await bodies({ text: '가격' })).toEqual(['가격이 부담된다고 함']);
    expect(await bodies({ text: '한빛' })).toEqual(['가격이 부담된다고 함']);
    expect(await bodies({ accountKey: ACME, tag: 'export' })).toEqual(['export is slow']);
    expect(await listAllNotes()).toHaveLength(3);
  });

  it('lists what it can read when one stored note is corrupt, and says which', async () => {
    await created({ body: 'fine', category: 'bug' });
    const db = await openStore();
    await db.put('notes', { id: 'broken', accountKey: ACME, category: 'bug' });
    expect((await listVocNotes()).map((n) => n.body)).toEqual(['fine']);
    expect(problemLog.list).toContainEqual(expect.objectContaining({ kind: 'corrupt-record', store: 'notes', key: 'broken' }));
  });
});
