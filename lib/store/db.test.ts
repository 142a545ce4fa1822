import { describe, expect, it, vi } from 'vitest';
import { bookRow } from '../../test/support/book-rows.ts';
import { readBookRows } from './book.ts';
import { readChecklist } from './checklists.ts';
import { closeStore, DB_NAME, DB_VERSION, migrateNoteToV4, openDb, openStore } from './db.ts';
import { readHealthHistory } from './health-history.ts';
import { listNotes, loadDraft, tagSuggestions } from './notes.ts';
import { readCachedSnapshot } from './snapshot-cache.ts';
import { useFreshStore } from '../../test/support/store-fixtures.ts';

const now = '2026-11-22T12:00:00.000Z';
const problemLog = useFreshStore();

/** A note as the v2 and v3 builds stored it: tags as a restored backup left them, no `remote`. */
const legacyNote = {
  id: 'n1',
  accountKey: 'salesforce:org:001A',
  accountName: 'Northwind',
  body: 'Asked for SSO',
  category: 'feature-request',
  tags: ['SSO', ' sso', 'Billing'],
  sentiment: null,
  quote: null,
  sourceUrl: null,
  createdAt: now,
  updatedAt: now,
  deletedAt: null,
  revision: 3,
};

/** Builds a database at `version` with the data a CSM of that build would have. */
async function seedVersion(version: number): Promise<void> {
  const db = await openDb(version);
  await db.put('snapshots', { key: 'salesforce:org:Account:001A', savedAt: now, snapshot: { account: { name: 'Northwind' } } });
  await db.put('healthHistory', { accountKey: 'salesforce:org:001A', day: '2026-11-20', score: 71 });
  if (version >= 2) {
    // A v4+ build wrote notes in the v4 shape.
    await db.put('notes', version >= 4 ? migrateNoteToV4(legacyNote) : legacyNote);
    await db.put('drafts', {
      key: 'salesforce:org:001A',
      accountKey: 'salesforce:org:001A',
      accountName: 'Northwind',
      body: 'half a thought',
      category: null,
      tags: [],
      sentiment: null,
      quote: null,
      sourceUrl: null,
      noteId: null,
      savedAt: now,
    });
  }
  if (version >= 3) await db.put('checklists', { accountKey: 'salesforce:org:001A', renewalDate: '2027-01-31', checked: { qbr: now } });
  if (version >= 8) {
    // v8 rows had no segment.
    const { segment: _none, ...v8Row } = bookRow({ name: 'Northwind', arr: 40_000 });
    await db.put('book', v8Row);
  }
  db.close();
}

describe('schema migrations', () => {
  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'upgrades a version %i database to the current one, keeping its data',
    async (from) => {
      await seedVersion(from);

      expect(await readCachedSnapshot('salesforce:org:Account:001A')).toMatchObject({
        savedAt: now,
        snapshot: { account: { name: 'Northwind' } },
      });
      expect(await readHealthHistory('salesforce:org:001A', '2026-11-22')).toEqual([{ day: '2026-11-20', score: 71 }]);
      const db = await openStore();
      expect([...db.objectStoreNames].sort()).toEqual([
        'book',
        'checklists',
        'connectorCache',
        'drafts',
        'healthHistory',
        'importedSignals',
        'meta',
        'notes',
        'plans',
        'secrets',
        'snapshots',
      ]);
      expect(await db.get('meta', 'schema')).toMatchObject({ version: DB_VERSION, upgradedFrom: from });
      if (from >= 2) {
        // v4's transform: tags normalised in place, so the tag index and the counts see one "sso".
        const [note] = await listNotes('salesforce:org:001A');
        expect(note).toMatchObject({ body: 'Asked for SSO', tags: ['sso', 'billing'], remote: null, revision: 3 });
        expect(await tagSuggestions('s')).toEqual(['sso']);
        expect((await loadDraft('salesforce:org:001A'))?.body).toBe('half a thought');
      }
      if (from >= 3) expect((await readChecklist('salesforce:org:001A', '2027-01-31')).checked).toEqual({ qbr: now });
      // v9's transform: a book row of before gets its tier from its ARR.
      if (from >= 8) expect((await readBookRows()).map((r) => [r.name, r.segment])).toEqual([['Northwind', 'mid-market']]);
      expect(problemLog.list.filter((p) => p.kind === 'corrupt-record')).toEqual([]);
    },
  );

  it('reports a full disk during an upgrade as such, not as a bare abort', async () => {
    await seedVersion(3);
    vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { createNote } = await import('./notes.ts');
    const input = { accountKey: 'k', accountName: 'K', body: '', category: null, tags: [], sentiment: null, quote: null, sourceUrl: null };
    expect(await createNote(input, new Date(now))).toEqual({ ok: false, error: { kind: 'quota-exceeded' } });
  });

  it('creates every store in a new profile', async () => {
    const db = await openStore();
    expect([...db.objectStoreNames].sort()).toEqual([
      'book',
      'checklists',
      'connectorCache',
      'drafts',
      'healthHistory',
      'importedSignals',
      'meta',
      'notes',
      'plans',
      'secrets',
      'snapshots',
    ]);
    expect(await db.get('meta', 'schema')).toMatchObject({ version: DB_VERSION, upgradedFrom: 0 });
  });

  it('leaves the old database as it was when an upgrade fails half-way, and succeeds on the next try', async () => {
    await seedVersion(3);
    const update = vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(() => {
      throw new DOMException('disk error', 'UnknownError');
    });
    await expect(openStore()).rejects.toThrow();
    expect(problemLog.list).toContainEqual(expect.objectContaining({ kind: 'migration-failed', fromVersion: 3 }));
    const old = await openDb(3);
    expect(old.objectStoreNames.contains('meta')).toBe(false);
    expect(await old.get('notes', 'n1')).toEqual(legacyNote);
    old.close();

    update.mockRestore();
    expect((await listNotes('salesforce:org:001A'))[0]?.tags).toEqual(['sso', 'billing']);
  });
});

describe('connections across tabs', () => {
  it('closes this tab’s connection when another tab upgrades, instead of blocking it', async () => {
    await openStore();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked by our open connection'));
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(problemLog.list).toContainEqual(expect.objectContaining({ kind: 'version-change' }));
    newer.close();
  });

  it('reports when an old tab that does not close holds up the upgrade, and opens once it closes', async () => {
    await seedVersion(3);
    const stubborn = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(DB_NAME, 3);
      request.onsuccess = () => resolve(request.result);
    });
    const opening = openStore();
    await vi.waitFor(() => expect(problemLog.list).toContainEqual(expect.objectContaining({ kind: 'blocked' })));
    stubborn.close();
    expect((await opening).version).toBe(DB_VERSION);
  });

  it('skips and reports a corrupt record instead of failing the list', async () => {
    const db = await openStore();
    await db.put('notes', { ...legacyNote, id: 'good', tags: ['sso'] });
    await db.put('notes', { ...legacyNote, id: 'bad', category: 'rant' });
    const notes = await listNotes('salesforce:org:001A');
    expect(notes.map((n) => n.id)).toEqual(['good']);
    expect(problemLog.list).toEqual([{ kind: 'corrupt-record', store: 'notes', key: 'bad', issue: expect.stringContaining('category') }]);
  });

  it('opens again after closeStore', async () => {
    const first = await openStore();
    await closeStore();
    const second = await openStore();
    expect(second).not.toBe(first);
  });
});
