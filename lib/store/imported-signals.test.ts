import { describe, expect, it } from 'vitest';
import { signalIdentity, type ImportedSignal, type SignalValues } from '../imports/kinds.ts';
import { useFreshStore } from '../../test/support/store-fixtures.ts';
import { DB_VERSION, openDb, openStore } from './db.ts';
import { readImportedSignals, saveImportedSignals } from './imported-signals.ts';

const problems = useFreshStore();
const key = 'salesforce:org:001A';
const row = (values: SignalValues, importedAt = '2026-11-27T10:00:00.000Z', file = 'usage.csv'): ImportedSignal => ({
  id: signalIdentity(key, values),
  accountKey: key,
  file,
  importedAt,
  values,
});
const week = { kind: 'usage' as const, periodStart: '2026-11-16', periodEnd: '2026-11-22', licensedSeats: 40 };

describe('imported signals store', () => {
  it('adds the v6 store to a v5 database and keeps what was there', async () => {
    const v5 = await openDb(5);
    await v5.put('secrets', { key: 'hubspot:1', savedAt: '2026-11-27T10:00:00.000Z', value: 'tok' });
    v5.close();
    const db = await openStore();
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('importedSignals')).toBe(true);
    expect(await db.get('secrets', 'hubspot:1')).toMatchObject({ value: 'tok' });
  });

  it('saves rows once: the same file again changes nothing, a newer value replaces the old', async () => {
    expect(await saveImportedSignals([row({ ...week, activeUsers: 10 })])).toEqual({
      ok: true,
      value: { added: 1, replaced: 0, unchanged: 0 },
    });
    expect(await saveImportedSignals([row({ ...week, activeUsers: 10 }, '2026-11-28T10:00:00.000Z')])).toEqual({
      ok: true,
      value: { added: 0, replaced: 0, unchanged: 1 },
    });
    expect((await readImportedSignals(key))[0]).toMatchObject({ importedAt: '2026-11-27T10:00:00.000Z' });
    expect(await saveImportedSignals([row({ ...week, activeUsers: 30 }, '2026-12-01T10:00:00.000Z', 'december.csv')])).toMatchObject({
      value: { replaced: 1 },
    });
    expect(await readImportedSignals(key)).toEqual([row({ ...week, activeUsers: 30 }, '2026-12-01T10:00:00.000Z', 'december.csv')]);
    expect(await readImportedSignals('salesforce:org:001B')).toEqual([]);
  });

  it('refuses a batch with a row that is not a checked row, writing none of it', async () => {
    const result = await saveImportedSignals([
      row({ ...week, activeUsers: 10 }),
      { ...row({ ...week, activeUsers: 3 }), values: { kind: 'nps', score: 12 } },
    ]);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid' } });
    expect(await readImportedSignals(key)).toEqual([]);
    expect(problems.list).toEqual([]);
  });
});
