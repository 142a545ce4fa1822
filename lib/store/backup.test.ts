import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkBackup, exportBackup, restoreBackup, type Backup } from './backup.ts';
import { BACKUP_MAX_BYTES, readBackupFile } from './backup-file.ts';
import { readChecklist, setChecklistItem } from './checklists.ts';
import { closeStore, deleteStore, openStore } from './db.ts';
import { readHealthHistory, recordHealthScore } from './health-history.ts';
import type { NoteInput } from './note-schema.ts';
import { createNote, deleteNote, listAllNotes, listNotes, updateNote } from './notes.ts';
import { writeCachedSnapshot } from './snapshot-cache.ts';

const ACME = 'salesforce:org:001A';
const now = new Date('2026-11-22T12:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);
const input = (over: Partial<NoteInput> = {}): NoteInput => ({
  accountKey: ACME,
  accountName: 'Acme',
  body: 'original',
  category: 'bug',
  tags: ['sso'],
  sentiment: 'negative',
  quote: null,
  sourceUrl: null,
  ...over,
});

async function created(over: Partial<NoteInput> = {}, at = now) {
  const result = await createNote(input(over), at);
  if (!result.ok) throw new Error(result.error.kind);
  return result.value;
}

/** Everything a CSM could lose, as plain data, to compare before and after. */
async function everything() {
  const db = await openStore();
  return { notes: await db.getAll('notes'), checklists: await db.getAll('checklists'), healthHistory: await db.getAll('healthHistory') };
}

/** A backup made in another browser profile, then a fresh profile here. */
async function backupOfAnotherProfile(fill: () => Promise<void>): Promise<Backup> {
  await fill();
  const backup = JSON.parse(JSON.stringify(await exportBackup(later(100)))) as Backup;
  await deleteStore();
  return backup;
}

beforeEach(async () => {
  // Corrupt rows planted below are reported on the console; keep the run's output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await deleteStore();
});

describe('backup export', () => {
  it('holds notes (deleted ones too), checklists and health history, but not the snapshot cache', async () => {
    const kept = await created({ body: 'kept' });
    const gone = await created({ body: 'deleted' });
    await deleteNote(gone.id, later(1));
    await setChecklistItem(ACME, '2027-01-31', 'qbr', true, now);
    await recordHealthScore(ACME, '2026-11-22', 64);
    await writeCachedSnapshot('salesforce:org:Account:001A', { any: 'thing' }, now);
    const backup = await exportBackup(later(2));
    expect(backup).toMatchObject({ format: 'success-lens-backup', version: 1, exportedAt: later(2).toISOString() });
    expect(backup.notes.map((n) => n.body).sort()).toEqual(['deleted', 'kept']);
    expect(backup.notes.find((n) => n.id === kept.id)).toEqual(kept);
    expect(backup.checklists).toEqual([
      { accountKey: ACME, renewalDate: '2027-01-31', checked: { qbr: now.toISOString() }, updatedAt: now.toISOString() },
    ]);
    expect(backup.healthHistory).toEqual([{ accountKey: ACME, day: '2026-11-22', score: 64 }]);
    expect(JSON.stringify(backup)).not.toContain('thing');
    expect(checkBackup(JSON.parse(JSON.stringify(backup)))).toMatchObject({ ok: true });
  });
});

describe('backup restore', () => {
  it('brings everything back into a new profile', async () => {
    const backup = await backupOfAnotherProfile(async () => {
      await created({ body: '가격이 부담된다' });
      await setChecklistItem(ACME, '2027-01-31', 'qbr', true, now);
      await recordHealthScore(ACME, '2026-11-22', 64);
    });
    expect(await listAllNotes()).toEqual([]);
    expect(await restoreBackup(backup)).toEqual({
      ok: true,
      value: {
        added: 1,
        updated: 0,
        unchanged: 0,
        checklistsAdded: 1,
        checklistsUpdated: 0,
        checklistsUnchanged: 0,
        historyAdded: 1,
        historyUnchanged: 0,
        plansAdded: 0,
        plansUpdated: 0,
        plansUnchanged: 0,
        signalsAdded: 0,
        signalsUpdated: 0,
        signalsUnchanged: 0,
      },
    });
    expect((await listNotes(ACME)).map((n) => n.body)).toEqual(['가격이 부담된다']);
    expect((await readChecklist(ACME, '2027-01-31')).checked).toEqual({ qbr: now.toISOString() });
    expect(await readHealthHistory(ACME, '2026-11-22')).toEqual([{ day: '2026-11-22', score: 64 }]);
  });

  it('adds no duplicates when restored twice, and the newer version of a note wins', async () => {
    const a = await created({ body: 'original' });
    await created({ body: 'untouched' });
    const backup = JSON.parse(JSON.stringify(await exportBackup(later(1)))) as Backup;
    await updateNote(a.id, input({ body: 'edited after the backup' }), 1, later(60));
    const local = await created({ body: 'written after the backup' }, later(61));

    expect(await restoreBackup(backup)).toMatchObject({ ok: true, value: { added: 0, updated: 0, unchanged: 2 } });
    expect((await listAllNotes()).map((n) => n.body).sort()).toEqual(['edited after the backup', 'untouched', 'written after the backup']);

    // The other way round: the backup holds the newer edit.
    const newer = {
      ...backup,
      notes: backup.notes.map((n) =>
        n.id === a.id ? { ...n, body: 'edited elsewhere, later', updatedAt: later(120).toISOString(), revision: 2 } : n,
      ),
    };
    expect(await restoreBackup(newer)).toMatchObject({ ok: true, value: { added: 0, updated: 1, unchanged: 1 } });
    expect((await listAllNotes()).map((n) => n.body).sort()).toEqual(['edited elsewhere, later', 'untouched', 'written after the backup']);
    expect(await listAllNotes()).toContainEqual(local);
  });

  it('takes the newest copy when one file holds the same note twice, with its tags tidied', async () => {
    const a = await created();
    const backup = await exportBackup(later(1));
    const twice = {
      ...backup,
      notes: [
        { ...a, body: 'old copy' },
        { ...a, body: 'new copy', tags: ['SSO', 'Billing '], updatedAt: later(5).toISOString(), revision: 2 },
      ],
    };
    await deleteStore();
    expect(await restoreBackup(twice)).toMatchObject({ ok: true, value: { added: 1 } });
    expect(await listAllNotes()).toMatchObject([{ body: 'new copy', tags: ['sso', 'billing'] }]);
  });

  it('keeps the newer checklist of a renewal cycle', async () => {
    await setChecklistItem(ACME, '2027-01-31', 'qbr', true, now);
    const backup = await exportBackup(later(1));
    await setChecklistItem(ACME, '2027-01-31', 'proposal', true, later(10));
    expect(await restoreBackup(backup)).toMatchObject({ ok: true, value: { checklistsUnchanged: 1 } });
    expect(Object.keys((await readChecklist(ACME, '2027-01-31')).checked).sort()).toEqual(['proposal', 'qbr']);
  });

  it.each([
    ['not-json-object', null],
    ['not-json-object', [1, 2]],
    ['not-a-backup', { hello: 'world' }],
    ['unknown-version', { format: 'success-lens-backup', version: 2, exportedAt: now.toISOString(), notes: [], healthHistory: [] }],
    ['damaged', { format: 'success-lens-backup', version: 1, exportedAt: now.toISOString(), notes: [{ id: 1 }], healthHistory: [] }],
    [
      'damaged',
      {
        format: 'success-lens-backup',
        version: 1,
        exportedAt: now.toISOString(),
        notes: [],
        healthHistory: [{ accountKey: ACME, day: 'yesterday', score: 50 }],
      },
    ],
  ])('rejects a %s file with the reason and changes nothing', async (reason, raw) => {
    await created();
    await recordHealthScore(ACME, '2026-11-22', 64);
    const before = await everything();
    const result = await restoreBackup(raw);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid-backup', reason } });
    expect(await everything()).toEqual(before);
  });

  it('says where a damaged file is broken', async () => {
    const raw = { format: 'success-lens-backup', version: 1, exportedAt: now.toISOString(), notes: [{ id: 'x' }], healthHistory: [] };
    expect(await restoreBackup(raw)).toMatchObject({
      ok: false,
      error: { reason: 'damaged', detail: expect.stringMatching(/^notes\.0\./) },
    });
  });

  it('changes nothing when the disk fills half-way through a restore', async () => {
    const backup = await backupOfAnotherProfile(async () => {
      for (let i = 0; i < 5; i++) await created({ body: `note ${i}` });
      await recordHealthScore(ACME, '2026-11-22', 64);
    });
    await created({ body: 'already here' });
    const before = await everything();
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 3) throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    expect(await restoreBackup(backup)).toEqual({ ok: false, error: { kind: 'quota-exceeded' } });
    vi.restoreAllMocks();
    await closeStore();
    expect(await everything()).toEqual(before);
  });

  it('accepts a first-format backup without checklists', async () => {
    const backup = await backupOfAnotherProfile(async () => void (await created()));
    const { checklists: _dropped, ...older } = backup;
    expect(await restoreBackup(older)).toMatchObject({ ok: true, value: { added: 1 } });
  });
});

describe('backup limits', () => {
  const file = (size: number, text: string) => ({ size, text: vi.fn(async () => text) });

  it('refuses a file over 50 MB with its size, before reading it', async () => {
    const big = file(BACKUP_MAX_BYTES + 1, '{}');
    expect(await readBackupFile(big)).toEqual({ ok: false, problem: { reason: 'too-large', detail: '51 MB' } });
    expect(big.text).not.toHaveBeenCalled();
    expect(await readBackupFile(file(BACKUP_MAX_BYTES, '{"a":1}'))).toEqual({ ok: true, raw: { a: 1 } });
    expect(await readBackupFile(file(10, 'not json'))).toEqual({ ok: false, problem: { reason: 'not-json-object' } });
  });

  it.each([
    ['exportedAt', (b: Backup) => ({ ...b, exportedAt: '2026-11-23T12:00:00.000Z' })],
    ['notes.0.updatedAt', (b: Backup) => ({ ...b, notes: [{ ...b.notes[0]!, updatedAt: '2099-01-01T00:00:00.000Z' }] })],
    ['notes.0.deletedAt', (b: Backup) => ({ ...b, notes: [{ ...b.notes[0]!, deletedAt: '2026-11-22T13:00:00.000Z' }] })],
    [
      'checklists.0',
      (b: Backup) => ({
        ...b,
        checklists: [{ accountKey: ACME, renewalDate: '2027-01-31', checked: { qbr: '2030-01-01T00:00:00.000Z' } }],
      }),
    ],
  ])('refuses a backup dated in the future (%s) and changes nothing', async (where, tamper) => {
    const backup = await backupOfAnotherProfile(async () => void (await created()));
    await created({ body: 'here already' });
    const before = await everything();
    const restoreAt = later(200);
    expect(await restoreBackup(JSON.parse(JSON.stringify(tamper(backup))), restoreAt)).toEqual({
      ok: false,
      error: { kind: 'invalid-backup', reason: 'future-dated', detail: where },
    });
    expect(await everything()).toEqual(before);
  });

  it('accepts a backup from a machine whose clock runs a minute ahead', async () => {
    const backup = await backupOfAnotherProfile(async () => void (await created()));
    // Exported at later(100): a minute after "now" on this machine.
    expect(checkBackup(backup, later(40))).toMatchObject({ ok: true });
  });
});
