import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleSalesforce } from '../../test/support/sample-fetch';
import { noteFixture, useFreshStore } from '../../test/support/store-fixtures';
import { AccountSnapshotSchema } from '../crm/snapshot';
import type { RecordRef } from '../pages/record-ref';
import { openStore } from '../store/db';
import { readCachedSnapshot } from '../store/snapshot-cache';
import { handleRequest } from './handle-request';
import type { SenderScope } from './sender-scope';

useFreshStore();

const HOST = 'acme.lightning.force.com';
let sample: ReturnType<typeof sampleSalesforce>;
let ref: RecordRef;
const panelOn = (host: string, frame = 1): SenderScope => ({ kind: 'framed', host, frameKey: `7:${frame}` });

beforeEach(() => {
  sample = sampleSalesforce();
  ref = { crm: 'salesforce', host: HOST, objectType: 'Account', recordId: sample.book.roles.healthy };
  vi.stubGlobal('fetch', sample.fetch);
  // The acme org is the customised one: its admin mapped the custom fields of the sample book.
  // The user's browser profile holds the org's session cookie on its My Domain.
  fakeBrowser.cookies.get = vi.fn(async ({ url, name }: { url: string; name: string }) =>
    url === 'https://acme.my.salesforce.com/' && name === 'sid' ? ({ name, value: sample.session.sid } as never) : null,
  ) as never;
});
afterEach(() => vi.unstubAllGlobals());

describe('the background serves the CRM of a record', () => {
  it('loads a record’s snapshot through its connector and keeps it for the next visit', async () => {
    const answer = (await handleRequest({ type: 'snapshot-load', ref }, { scope: panelOn(HOST) })) as { ok: boolean; value: unknown };
    expect(answer.ok).toBe(true);
    const snapshot = AccountSnapshotSchema.parse(answer.value);
    expect(snapshot.account.id).toBe(sample.book.roles.healthy);
    // The first view of an org describes it first (cached for the day): two round trips.
    expect(sample.api.requestCount).toBe(2);
    await handleRequest({ type: 'snapshot-load', ref }, { scope: panelOn(HOST) });
    expect(sample.api.requestCount).toBe(3);
    const cached = await readCachedSnapshot(`salesforce:${HOST}:Account:${ref.recordId}`);
    expect((cached?.snapshot as { account: { id: string } }).account.id).toBe(ref.recordId);
  });

  it('serves a framed panel only for records of the host its tab shows', async () => {
    const answer = (await handleRequest({ type: 'snapshot-load', ref }, { scope: panelOn('evil.lightning.force.com') })) as {
      ok: boolean;
      error: { code: string };
    };
    expect(answer).toMatchObject({ ok: false, error: { code: 'WRONG_PAGE' } });
    expect(sample.api.requestCount).toBe(0);
  });

  it('makes one call when two panels ask for the same record at once', async () => {
    const [a, b] = await Promise.all([
      handleRequest({ type: 'snapshot-load', ref }, { scope: panelOn(HOST, 1) }),
      handleRequest({ type: 'snapshot-load', ref }, { scope: panelOn(HOST, 2) }),
    ]);
    expect(a).toEqual(b);
    expect(sample.api.requestCount).toBe(2);
  });

  it('stops a frame that opens records in a loop before it burns the org’s API budget', async () => {
    const ids = sample.book.accounts.map((a) => a.Id);
    const answers = [];
    for (let i = 0; i < 35; i++) {
      answers.push(
        (await handleRequest({ type: 'snapshot-load', ref: { ...ref, recordId: ids[i % ids.length]! } }, { scope: panelOn(HOST, 9) })) as {
          ok: boolean;
          error?: { code?: string };
        },
      );
    }
    expect(answers.filter((a) => a.error?.code === 'PANEL_THROTTLE').length).toBe(5);
    // Thirty views and the org's one describe.
    expect(sample.api.requestCount).toBe(31);
  });

  it('keeps connections to our own pages: a framed panel can neither check nor connect', async () => {
    expect(await handleRequest({ type: 'connection-check', crm: 'salesforce', host: HOST }, { scope: panelOn(HOST) })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PAGE' },
    });
    expect(await handleRequest({ type: 'connection-check', crm: 'salesforce', host: HOST }, { scope: { kind: 'extension-page' } })).toEqual(
      {
        ok: true,
        value: { source: sample.session.orgId, apiHost: 'acme.my.salesforce.com' },
      },
    );
  });

  it('shares a note once, however often it is asked, and never into another org', async () => {
    const db = await openStore();
    const accountKey = `salesforce:${sample.session.orgId}:${ref.recordId}`;
    await db.put('notes', { ...noteFixture({ id: 'n-share', accountKey, body: 'Renewal call went well' }), remote: null });
    await db.put('notes', {
      ...noteFixture({ id: 'n-other', accountKey: `salesforce:00DSa0000000OTH:${ref.recordId}`, body: 'x' }),
      remote: null,
    });
    const ask = () => handleRequest({ type: 'note-share', id: 'n-share', ref }, { scope: panelOn(HOST) });
    const [first, second] = await Promise.all([ask(), ask()]);
    const third = await ask();
    expect(first).toMatchObject({ ok: true, value: { remote: { crm: 'salesforce' } } });
    expect(second).toEqual(first);
    expect(third).toMatchObject({ ok: true });
    expect(sample.api.created.ContentNote).toHaveLength(1);
    expect(await handleRequest({ type: 'note-share', id: 'n-other', ref }, { scope: panelOn(HOST) })).toMatchObject({
      ok: false,
      error: { kind: 'not-found' },
    });
    expect(sample.api.created.ContentNote).toHaveLength(1);
  });
});
