import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, restoreBackup } from './backup.ts';
import { createNote, deleteNote, restoreNote, updateNote } from './notes.ts';
import { writeCachedSnapshot } from './snapshot-cache.ts';
import { noteFixture, useFreshStore } from '../../test/support/store-fixtures.ts';

useFreshStore();

const now = new Date('2026-11-27T12:00:00.000Z');
const input = {
  accountKey: 'salesforce:org:001A',
  accountName: 'Acme',
  body: 'Renewal at risk',
  category: null,
  tags: [],
  sentiment: null,
  quote: null,
  sourceUrl: null,
};

// Which durability each read-write transaction asked for, in order.
let asked: string[] = [];
let spy: ReturnType<typeof vi.spyOn> | undefined;
beforeEach(() => {
  asked = [];
  const original = IDBDatabase.prototype.transaction;
  spy = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, names, mode, options) {
    if (mode === 'readwrite') asked.push(options?.durability ?? 'default');
    return original.call(this, names, mode, options);
  });
});
afterEach(() => spy?.mockRestore());

describe('what the CSM wrote is flushed to disk before it counts as saved', () => {
  it('creating, editing, deleting and restoring a note ask for strict durability', async () => {
    const created = await createNote(input, now);
    if (!created.ok) throw new Error('not created');
    await updateNote(created.value.id, { ...input, body: 'Renewed' }, 1, now);
    await deleteNote(created.value.id, now);
    await restoreNote(created.value.id, now);
    expect(asked).toEqual(['strict', 'strict', 'strict', 'strict']);
  });

  it('restoring a backup asks for strict durability; a cache write does not need it', async () => {
    const backup = { ...(await exportBackup(now)), notes: [noteFixture()] };
    expect(await restoreBackup(backup)).toMatchObject({ ok: true });
    await writeCachedSnapshot('sf:1', {}, now);
    expect(asked).toEqual(['strict', 'default']);
  });
});
