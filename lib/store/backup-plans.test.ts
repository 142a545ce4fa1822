import { describe, expect, it } from 'vitest';
import { deleteStore } from './db.ts';
import { exportBackup, restoreBackup } from './backup.ts';
import { editPlan, listPlans, readPlan } from './plans.ts';
import { useFreshStore } from '../../test/support/store-fixtures.ts';

useFreshStore();
const ACME = 'salesforce:org:001A';
// In the past of the real clock: a restore refuses backups dated in the future.
const t0 = new Date(Date.now() - 2 * 86_400_000);
const later = new Date(Date.now() - 86_400_000);
const churn = { kind: 'churned', reason: 'competitor', competitor: 'Rival Inc', note: '', on: '2026-11-27' } as const;

describe('account plans in the backup', () => {
  it('travel with the backup into an empty profile, once however often it is restored', async () => {
    await editPlan(ACME, 'Acme', { kind: 'outcome', value: churn, base: null }, 0, t0);
    const backup = JSON.parse(JSON.stringify(await exportBackup(t0)));
    expect(backup.plans).toHaveLength(1);
    await deleteStore();
    expect(await restoreBackup(backup)).toMatchObject({ ok: true, value: { plansAdded: 1, plansUpdated: 0, plansUnchanged: 0 } });
    expect(await restoreBackup(backup)).toMatchObject({ ok: true, value: { plansAdded: 0, plansUnchanged: 1 } });
    expect(await listPlans()).toEqual([expect.objectContaining({ accountKey: ACME, outcome: churn })]);
  });

  it('never replace a plan changed here since the backup, and replace an older one', async () => {
    await editPlan(ACME, 'Acme', { kind: 'qbr-held', quarter: '2026-11-15', heldOn: '2026-11-20' }, 0, t0);
    const old = JSON.parse(JSON.stringify(await exportBackup(t0)));
    await editPlan(ACME, 'Acme', { kind: 'outcome', value: churn, base: null }, 1, later);
    const newer = JSON.parse(JSON.stringify(await exportBackup(later)));
    expect(await restoreBackup(old)).toMatchObject({ ok: true, value: { plansUnchanged: 1 } });
    expect((await readPlan(ACME, 'Acme', later)).outcome).toEqual(churn);

    await deleteStore();
    await restoreBackup(old);
    expect(await restoreBackup(newer)).toMatchObject({ ok: true, value: { plansUpdated: 1 } });
    expect((await readPlan(ACME, 'Acme', later)).revision).toBe(2);
  });

  it('restore a backup made before plans existed', async () => {
    const { plans: _plans, ...before } = JSON.parse(JSON.stringify(await exportBackup(t0)));
    expect(await restoreBackup(before)).toMatchObject({ ok: true, value: { plansAdded: 0 } });
  });

  it('refuse a file whose plan is damaged, changing nothing', async () => {
    const backup = JSON.parse(JSON.stringify(await exportBackup(t0)));
    backup.notes = [];
    backup.plans = [{ accountKey: ACME, goals: 'many' }];
    expect(await restoreBackup(backup)).toMatchObject({ ok: false, error: { kind: 'invalid-backup', reason: 'damaged' } });
    expect(await listPlans()).toEqual([]);
  });
});
