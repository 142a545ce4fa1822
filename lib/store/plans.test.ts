import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, openDb } from './db.ts';
import { editPlan, listPlans, readPlan } from './plans.ts';
import type { Handoff } from '../plan/plan-schema.ts';
import { useFreshStore } from '../../test/support/store-fixtures.ts';

const problems = useFreshStore();
const ACME = 'salesforce:org:001A';
const t0 = new Date('2026-11-27T10:00:00.000Z');
const t1 = new Date('2026-11-27T10:05:00.000Z');
const handoff = (promised: string): Handoff => ({
  promised,
  customerGoals: 'Faster month-end close',
  people: [{ name: 'Kim', role: 'Sponsor' }],
  risks: '',
});
const goal = { what: 'Close the books in 3 days', target: '3 days', byWhen: '2027-03-31', measuredBy: 'finance report' };

describe('account plans in the store', () => {
  it('reads an empty plan before the first edit, and the saved plan after it', async () => {
    expect(await readPlan(ACME, 'Acme', t0)).toMatchObject({ accountKey: ACME, revision: 0, handoff: null, goals: [] });
    const saved = await editPlan(ACME, 'Acme', { kind: 'handoff', value: handoff('SSO by January'), base: null }, 0, t0);
    expect(saved).toMatchObject({ ok: true, value: { revision: 1, handoff: { promised: 'SSO by January' }, updatedAt: t0.toISOString() } });
    expect(await readPlan(ACME, 'Acme', t1)).toEqual(saved.ok && saved.value);
    expect((await listPlans()).map((p) => p.accountKey)).toEqual([ACME]);
  });

  it('never loses either tab’s edit: a stale edit to another part lands, a stale edit to the same part is a conflict', async () => {
    await editPlan(ACME, 'Acme', { kind: 'handoff', value: handoff('SSO by January'), base: null }, 0, t0);
    // Both tabs read revision 1. Tab A adds a goal; tab B, still at revision 1, edits the handoff.
    const a = await editPlan(ACME, 'Acme', { kind: 'goal', id: 'g1', value: goal, base: null }, 1, t0);
    const b = await editPlan(ACME, 'Acme', { kind: 'handoff', value: handoff('SSO by February'), base: handoff('SSO by January') }, 1, t1);
    expect(b).toMatchObject({ ok: true, value: { revision: 3, handoff: { promised: 'SSO by February' }, goals: [{ id: 'g1' }] } });
    expect(a.ok).toBe(true);

    // Tab A, still at revision 2, rewrites the handoff it saw before B's change: refused, nothing written.
    const c = await editPlan(ACME, 'Acme', { kind: 'handoff', value: handoff('SSO by March'), base: handoff('SSO by January') }, 2, t1);
    expect(c).toMatchObject({ ok: false, error: { kind: 'conflict', current: { revision: 3, handoff: { promised: 'SSO by February' } } } });
    expect((await readPlan(ACME, 'Acme', t1)).handoff?.promised).toBe('SSO by February');
    // Saving again on top of the current revision keeps the CSM's text.
    expect(
      await editPlan(ACME, 'Acme', { kind: 'handoff', value: handoff('SSO by March'), base: handoff('SSO by February') }, 3, t1),
    ).toMatchObject({ ok: true, value: { revision: 4 } });
  });

  it('keeps ticks from two tabs at once, each with its first time', async () => {
    const tick = (item: string, at: Date) =>
      editPlan(ACME, 'Acme', { kind: 'qbr-tick', quarter: '2026-11-15', item, checked: true }, 0, at);
    await Promise.all([tick('qbr-usage', t0), tick('qbr-sla', t0)]);
    await tick('qbr-usage', t1);
    expect((await readPlan(ACME, 'Acme', t1)).qbrs['2026-11-15']?.ticks).toEqual({
      'qbr-usage': t0.toISOString(),
      'qbr-sla': t0.toISOString(),
    });
  });

  it('keeps a goal’s status history across tabs and refuses a status for a goal it does not have', async () => {
    await editPlan(ACME, 'Acme', { kind: 'goal', id: 'g1', value: goal, base: null }, 0, t0);
    await editPlan(ACME, 'Acme', { kind: 'goal-status', id: 'g1', status: 'at-risk' }, 0, t1);
    const plan = await readPlan(ACME, 'Acme', t1);
    expect(plan.goals[0]?.history.map((h) => h.status)).toEqual(['on-track', 'at-risk']);
    expect(await editPlan(ACME, 'Acme', { kind: 'goal-status', id: 'nope', status: 'met' }, 2, t1)).toEqual({
      ok: false,
      error: { kind: 'not-found' },
    });
  });

  it('refuses an outcome naming no competitor when the reason is a competitor, writing nothing', async () => {
    const bad = await editPlan(
      ACME,
      'Acme',
      { kind: 'outcome', value: { kind: 'churned', reason: 'competitor', competitor: ' ', note: '', on: '2026-11-27' }, base: null },
      0,
      t0,
    );
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid', detail: expect.stringContaining('competitor') } });
    expect(await listPlans()).toEqual([]);
  });

  it('says a full disk is full', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await editPlan(ACME, 'Acme', { kind: 'qbr-held', quarter: '2026-11-15', heldOn: '2026-11-20' }, 0, t0)).toEqual({
      ok: false,
      error: { kind: 'quota-exceeded' },
    });
  });

  it('skips and reports a corrupt stored plan', async () => {
    const db = await openDb();
    await db.put('plans', { accountKey: ACME, goals: 'not a list' });
    db.close();
    expect(await listPlans()).toEqual([]);
    expect(problems.list).toContainEqual(expect.objectContaining({ kind: 'corrupt-record', store: 'plans', key: ACME }));
  });
});

describe('plans after a schema upgrade', () => {
  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'a version %i database gains the plans store and keeps a plan written after it',
    async (from) => {
      const old = await openDb(from);
      await old.put('healthHistory', { accountKey: ACME, day: '2026-11-20', score: 71 });
      old.close();
      expect(await editPlan(ACME, 'Acme', { kind: 'qbr-held', quarter: '2026-11-15', heldOn: '2026-11-20' }, 0, t0)).toMatchObject({
        ok: true,
        value: { revision: 1 },
      });
      expect((await readPlan(ACME, 'Acme', t1)).qbrs['2026-11-15']?.heldOn).toBe('2026-11-20');
      expect(problems.list.filter((p) => p.kind === 'migration-failed')).toEqual([]);
    },
  );
});
