import { describe, expect, it } from 'vitest';
import { signalIdentity, type ImportedSignal, type SignalValues } from '../imports/kinds.ts';
import { useFreshStore } from '../../test/support/store-fixtures.ts';
import { deleteStore } from './db.ts';
import { checkBackup, exportBackup, restoreBackup } from './backup.ts';
import { readImportedSignals, saveImportedSignals } from './imported-signals.ts';

useFreshStore();
const ACME = 'salesforce:org:001A';
// In the past of the real clock: a restore refuses backups dated in the future.
const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const week = { kind: 'usage' as const, periodStart: '2026-11-16', periodEnd: '2026-11-22', licensedSeats: 40 };
const row = (values: SignalValues, importedAt: string, file = 'usage.csv'): ImportedSignal => ({
  id: signalIdentity(ACME, values),
  accountKey: ACME,
  file,
  importedAt,
  values,
});

describe('imported values in the backup', () => {
  it('travel into an empty profile, once however often the file is restored', async () => {
    await saveImportedSignals([row({ ...week, activeUsers: 12 }, day(3))]);
    const backup = JSON.parse(JSON.stringify(await exportBackup(new Date(day(2)))));
    expect(backup.importedSignals).toHaveLength(1);
    await deleteStore();
    expect(await restoreBackup(backup)).toMatchObject({ ok: true, value: { signalsAdded: 1, signalsUpdated: 0 } });
    expect(await restoreBackup(backup)).toMatchObject({ ok: true, value: { signalsAdded: 0, signalsUnchanged: 1 } });
    expect(await readImportedSignals(ACME)).toEqual([
      expect.objectContaining({ file: 'usage.csv', values: expect.objectContaining({ activeUsers: 12 }) }),
    ]);
  });

  it('never replace a value imported here since the backup, and replace an older one', async () => {
    await saveImportedSignals([row({ ...week, activeUsers: 12 }, day(3))]);
    const old = JSON.parse(JSON.stringify(await exportBackup(new Date(day(2)))));
    await saveImportedSignals([row({ ...week, activeUsers: 30 }, day(1), 'december.csv')]);
    expect(await restoreBackup(old)).toMatchObject({ ok: true, value: { signalsUnchanged: 1 } });
    expect((await readImportedSignals(ACME))[0]).toMatchObject({ file: 'december.csv' });

    const newer = JSON.parse(JSON.stringify(await exportBackup(new Date())));
    await deleteStore();
    await restoreBackup(old);
    expect(await restoreBackup(newer)).toMatchObject({ ok: true, value: { signalsUpdated: 1 } });
    expect((await readImportedSignals(ACME))[0]).toMatchObject({ values: expect.objectContaining({ activeUsers: 30 }) });
  });

  it('restore a backup made before imports existed, and refuse an import dated in the future', async () => {
    const { importedSignals: _none, ...before } = JSON.parse(JSON.stringify(await exportBackup(new Date(day(1)))));
    expect(await restoreBackup(before)).toMatchObject({ ok: true, value: { signalsAdded: 0 } });

    const future = { ...before, importedSignals: [row({ ...week, activeUsers: 1 }, new Date(Date.now() + 86_400_000).toISOString())] };
    expect(checkBackup(future)).toEqual({ ok: false, problem: { reason: 'future-dated', detail: 'importedSignals.0.importedAt' } });
  });
});
