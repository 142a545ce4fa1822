import { describe, expect, it } from 'vitest';
import { accountKeyOf, AccountSnapshotSchema } from '../crm/snapshot.ts';
import { crmError } from '../crm/errors.ts';
import { emptySnapshot } from '../../test/support/snapshot-builder.ts';
import { applyImports } from './apply-imports.ts';
import { measureSources } from './measure-sources.ts';
import { signalIdentity, type ImportedSignal, type SignalValues } from './kinds.ts';

const snapshot = emptySnapshot();
const key = accountKeyOf(snapshot);
const signal = (values: SignalValues, file = 'usage.csv', importedAt = '2026-11-27T10:00:00.000Z', accountKey = key): ImportedSignal => ({
  id: signalIdentity(accountKey, values),
  accountKey,
  file,
  importedAt,
  values,
});
const week = { periodStart: '2026-11-16', periodEnd: '2026-11-22' };

describe('imported signals in the snapshot', () => {
  it('fills a part the CRM does not have, naming the file, and still parses as a snapshot', () => {
    const merged = applyImports(snapshot, [
      signal({ kind: 'usage', ...week, activeUsers: 30, licensedSeats: 40 }),
      signal({ kind: 'features', ...week, featuresUsed: 6, featuresTotal: 10 }, 'adoption.tsv', '2026-11-27T11:00:00.000Z'),
      signal({ kind: 'invoices', invoiceId: 'INV-1', dueDate: '2026-10-15', paidDate: null, amount: 4800 }, 'billing.csv'),
    ]);
    expect(merged.usage).toEqual({
      status: 'ok',
      asOf: '2026-11-27T11:00:00.000Z',
      data: [{ ...week, activeUsers: 30, licensedSeats: 40, logins: null, featuresUsed: 6, featuresTotal: 10 }],
      source: {
        kind: 'import',
        file: 'adoption.tsv',
        importedAt: '2026-11-27T11:00:00.000Z',
        fields: {
          activeUsers: { file: 'usage.csv', importedAt: '2026-11-27T10:00:00.000Z' },
          licensedSeats: { file: 'usage.csv', importedAt: '2026-11-27T10:00:00.000Z' },
          featuresUsed: { file: 'adoption.tsv', importedAt: '2026-11-27T11:00:00.000Z' },
          featuresTotal: { file: 'adoption.tsv', importedAt: '2026-11-27T11:00:00.000Z' },
        },
      },
    });
    // Each measure names the file its own inputs came from.
    expect(measureSources(merged)).toEqual({
      usage: { file: 'usage.csv', importedAt: '2026-11-27T10:00:00.000Z' },
      adoption: { file: 'adoption.tsv', importedAt: '2026-11-27T11:00:00.000Z' },
      finance: { file: 'billing.csv', importedAt: '2026-11-27T10:00:00.000Z' },
    });
    expect(merged.invoices).toMatchObject({
      status: 'ok',
      data: [{ id: 'INV-1', dueDate: '2026-10-15', paidAt: null, amount: 4800 }],
      source: { file: 'billing.csv' },
    });
    expect(AccountSnapshotSchema.safeParse(merged).success).toBe(true);
  });

  it('lets the newer side win for the same period and keeps what the other side alone knows', () => {
    const crm = emptySnapshot({
      usage: {
        status: 'ok',
        asOf: '2026-11-22T00:00:00.000Z',
        data: [{ ...week, activeUsers: 10, licensedSeats: 40, logins: null, featuresUsed: null, featuresTotal: null }],
      },
    });
    const newer = applyImports(crm, [signal({ kind: 'usage', ...week, activeUsers: 30, licensedSeats: null })]);
    expect(newer.usage).toMatchObject({ status: 'ok', data: [{ activeUsers: 30, licensedSeats: 40 }], source: { file: 'usage.csv' } });
    const older = applyImports(crm, [
      signal({ kind: 'usage', ...week, activeUsers: 30, licensedSeats: 50 }, 'old.csv', '2026-11-01T00:00:00.000Z'),
    ]);
    expect(measureSources(older)).toEqual({});
    expect(older.usage).toEqual({
      status: 'ok',
      asOf: '2026-11-22T00:00:00.000Z',
      data: [{ ...week, activeUsers: 10, licensedSeats: 40, logins: null, featuresUsed: null, featuresTotal: null }],
    });
  });

  it('counts imported NPS answers beside the CRM ones, one per respondent and day, at noon UTC', () => {
    const crm = emptySnapshot({
      nps: {
        status: 'ok',
        asOf: '2026-11-22T00:00:00.000Z',
        data: [{ respondentId: '003A', respondentName: 'A', score: 3, comment: null, answeredAt: '2026-10-01T08:00:00.000Z' }],
      },
    });
    const merged = applyImports(crm, [
      signal(
        { kind: 'nps', respondentId: 'kim@stark.example', respondentName: 'Kim', score: 9, answeredOn: '2026-11-20', comment: 'Fast' },
        'survey.csv',
      ),
    ]);
    expect(merged.nps).toMatchObject({ status: 'ok', source: { file: 'survey.csv' } });
    expect(merged.nps.status === 'ok' && merged.nps.data.map((a) => [a.respondentId, a.answeredAt])).toEqual([
      ['003A', '2026-10-01T08:00:00.000Z'],
      ['kim@stark.example', '2026-11-20T12:00:00.000Z'],
    ]);
  });

  it('leaves a failed CRM part failed, other accounts’ rows out, and a snapshot without imports as it was', () => {
    const failed = emptySnapshot({ usage: { status: 'error', error: crmError('invalid-field', 'no such field') } });
    expect(applyImports(failed, [signal({ kind: 'logins', ...week, logins: 5 })]).usage).toEqual(failed.usage);
    expect(applyImports(snapshot, [signal({ kind: 'logins', ...week, logins: 5 }, 'x.csv', undefined, 'hubspot:1:2')])).toBe(snapshot);
  });
});
