import { describe, expect, it, vi } from 'vitest';
import { bookRow } from '../../test/support/book-rows';
import { useFreshStore } from '../../test/support/store-fixtures';
import { readBookRows, replaceBook } from './book';
import { deleteStore } from './db';

useFreshStore();

const SOURCE = '00DSa0000000001';
const names = async () => (await readBookRows()).map((r) => r.name).sort();

describe('the stored book', () => {
  it('reads the store once while nothing is written, and again after each write', async () => {
    await replaceBook(SOURCE, [bookRow({ name: 'Alpha' }), bookRow({ name: 'Beta' })], '2026-11-22', true);
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    expect(await names()).toEqual(['Alpha', 'Beta']);
    expect(await names()).toEqual(['Alpha', 'Beta']);
    expect(getAll).toHaveBeenCalledTimes(1);
    await replaceBook(SOURCE, [bookRow({ name: 'Beta' }), bookRow({ name: 'Gamma' })], '2026-11-23', true);
    expect(await names()).toEqual(['Beta', 'Gamma']);
    expect(getAll).toHaveBeenCalledTimes(2);
  });

  it('keeps nothing read while a refresh was writing, and nothing of a deleted database', async () => {
    await replaceBook(SOURCE, [bookRow({ name: 'Alpha' })], '2026-11-22', true);
    // Whichever rows the overlapping read saw, the next one sees the refresh's.
    await Promise.all([readBookRows(), replaceBook(SOURCE, [bookRow({ name: 'Beta' })], '2026-11-23', true)]);
    expect(await names()).toEqual(['Beta']);
    await deleteStore();
    expect(await names()).toEqual([]);
  });

  it('hands out a list of its own, so a caller that changes it changes nothing kept', async () => {
    await replaceBook(SOURCE, [bookRow({ name: 'Alpha' })], '2026-11-22', true);
    (await readBookRows()).pop();
    expect(await names()).toEqual(['Alpha']);
  });
});
