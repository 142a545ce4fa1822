import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleSalesforce } from '../../test/support/sample-fetch';
import { useFreshStore } from '../../test/support/store-fixtures';
import { AccountSnapshotSchema } from '../crm/snapshot';
import { signalIdentity, type SignalValues } from '../imports/kinds';
import type { RecordRef } from '../pages/record-ref';
import { handleRequest } from './handle-request';

useFreshStore();

const HOST = 'acme.lightning.force.com';
const ourPage = { scope: { kind: 'extension-page' as const } };
let sample: ReturnType<typeof sampleSalesforce>;
let ref: RecordRef;

beforeEach(() => {
  sample = sampleSalesforce();
  ref = { crm: 'salesforce', host: HOST, objectType: 'Account', recordId: sample.book.roles.noData };
  vi.stubGlobal('fetch', sample.fetch);
  fakeBrowser.cookies.get = vi.fn(async ({ url, name }: { url: string; name: string }) =>
    url === 'https://acme.my.salesforce.com/' && name === 'sid' ? ({ name, value: sample.session.sid } as never) : null,
  ) as never;
});
afterEach(() => vi.unstubAllGlobals());

async function load() {
  const answer = (await handleRequest({ type: 'snapshot-load', ref }, ourPage)) as { ok: true; value: unknown };
  return AccountSnapshotSchema.parse(answer.value);
}

describe('imported signals through the background', () => {
  it('matches against the accounts the CSM opened, and feeds the next load with the saved rows and their file', async () => {
    const before = await load();
    expect(before.usage).not.toHaveProperty('source');
    const accounts = (await handleRequest({ type: 'imports-accounts' }, ourPage)) as {
      ok: true;
      value: Array<{ accountKey: string; name: string }>;
    };
    const stark = accounts.value.find((a) => a.name === 'Stark Logistics')!;
    expect(stark.accountKey).toBe(`salesforce:${before.source}:${before.account.id}`);

    const values: SignalValues = { kind: 'usage', periodStart: '2026-11-16', periodEnd: '2026-11-22', activeUsers: 30, licensedSeats: 40 };
    const row = {
      id: signalIdentity(stark.accountKey, values),
      accountKey: stark.accountKey,
      file: 'usage.csv',
      importedAt: '2026-11-27T10:00:00.000Z',
      values,
    };
    expect(await handleRequest({ type: 'imports-save', rows: [row] }, ourPage)).toEqual({
      ok: true,
      value: { added: 1, replaced: 0, unchanged: 0 },
    });

    const after = await load();
    expect(after.usage).toMatchObject({
      status: 'ok',
      data: [{ activeUsers: 30, licensedSeats: 40 }],
      source: { kind: 'import', file: 'usage.csv' },
    });
  });

  it('serves imports to our own pages only, never to a panel framed in a web page', async () => {
    const framed = { scope: { kind: 'framed' as const, host: HOST, frameKey: '1:1' } };
    expect(await handleRequest({ type: 'imports-accounts' }, framed)).toMatchObject({ ok: false, error: { code: 'WRONG_PAGE' } });
    expect(await handleRequest({ type: 'imports-save', rows: [] }, framed)).toMatchObject({ ok: false, error: { code: 'WRONG_PAGE' } });
  });
});
