import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleSalesforce } from '../../test/support/sample-fetch';
import { useFreshStore } from '../../test/support/store-fixtures';
import type { RecordRef } from '../pages/record-ref';
import { RequestSchema } from '../messages/messages';
import { getNote } from '../store/notes';
import { plansChanged } from '../browser/stored-keys';
import { handleRequest } from './handle-request';
import type { SenderScope } from './sender-scope';

useFreshStore();

const HOST = 'acme.lightning.force.com';
let sample: ReturnType<typeof sampleSalesforce>;
let ref: RecordRef;
let accountKey: string;
const panel: SenderScope = { kind: 'framed', host: HOST, frameKey: '7:1' };
const ask = (request: unknown, scope: SenderScope = panel) => handleRequest(RequestSchema.parse(request), { scope });

beforeEach(() => {
  sample = sampleSalesforce();
  ref = { crm: 'salesforce', host: HOST, objectType: 'Account', recordId: sample.book.roles.healthy };
  accountKey = `salesforce:${sample.session.orgId}:${ref.recordId}`;
  vi.stubGlobal('fetch', sample.fetch);
  fakeBrowser.cookies.get = vi.fn(async ({ url, name }: { url: string; name: string }) =>
    url === 'https://acme.my.salesforce.com/' && name === 'sid' ? ({ name, value: sample.session.sid } as never) : null,
  ) as never;
});
afterEach(() => vi.unstubAllGlobals());

describe('account plans through the background', () => {
  it('saves an edit, tells the other tabs, and refuses a stale edit of the same part', async () => {
    const edit = (promised: string, base: string | null, baseRevision: number) =>
      ask({
        type: 'plan-edit',
        accountKey,
        accountName: 'Northwind',
        baseRevision,
        edit: {
          kind: 'handoff',
          value: { promised, customerGoals: '', people: [], risks: '' },
          base: base === null ? null : { promised: base, customerGoals: '', people: [], risks: '' },
        },
      });
    expect(await edit('SSO', null, 0)).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(await plansChanged.get()).toMatchObject({ accountKey });
    expect(await edit('SAML', null, 0)).toMatchObject({ ok: false, error: { kind: 'conflict', current: { revision: 1 } } });
    expect(await ask({ type: 'plan-read', accountKey, accountName: 'Northwind' })).toMatchObject({
      revision: 1,
      handoff: { promised: 'SSO' },
    });
    expect(await ask({ type: 'plans-list-all' })).toHaveLength(1);
  });

  it('refuses a malformed edit at the message boundary', () => {
    expect(
      RequestSchema.safeParse({
        type: 'plan-edit',
        accountKey,
        accountName: '',
        baseRevision: 0,
        edit: { kind: 'qbr-tick', quarter: 'soon', item: 'x', checked: true },
      }).success,
    ).toBe(false);
  });

  it('shares the plan as one CRM note, updated in place on later saves, and only to a page on the record’s host', async () => {
    const share = (body: string, scope?: SenderScope) =>
      ask({ type: 'plan-share', ref, accountKey, accountName: 'Northwind', body }, scope);
    expect(await share('Plan v1', { kind: 'framed', host: 'evil.lightning.force.com', frameKey: '9:1' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_PAGE' },
    });
    expect(sample.api.created.ContentNote ?? []).toHaveLength(0);

    const [first, second] = await Promise.all([share('Plan v1'), share('Plan v1')]);
    expect(first).toMatchObject({
      ok: true,
      value: { outcome: 'created', note: { id: `plan:${accountKey}`, body: 'Plan v1', remote: { crm: 'salesforce' } } },
    });
    expect(second).toMatchObject({ ok: true });
    const noteId = sample.api.created.ContentNote![0]!.Id;

    sample.api.resetCount();
    expect(await share('Plan v2')).toMatchObject({
      ok: true,
      value: { outcome: 'updated', note: { body: 'Plan v2', remote: { id: noteId } } },
    });
    expect(sample.api.requests).toEqual([{ method: 'PATCH', path: expect.stringMatching(new RegExp(`/sobjects/ContentNote/${noteId}$`)) }]);
    expect(sample.api.created.ContentNote).toHaveLength(1);
    expect(atob(String(sample.api.created.ContentNote![0]!.Content))).toBe('<p>Plan v2</p>');
    expect((await getNote(`plan:${accountKey}`))?.tags).toEqual(['account-plan']);
  });

  it('makes a new CRM note when the shared one was deleted there, and says so', async () => {
    const share = (body: string) => ask({ type: 'plan-share', ref, accountKey, accountName: 'Northwind', body });
    await share('Plan v1');
    const gone = sample.api.created.ContentNote!.splice(0)[0]!.Id;
    const again = await share('Plan v2');
    expect(again).toMatchObject({ ok: true, value: { outcome: 'recreated', note: { body: 'Plan v2' } } });
    expect(sample.api.created.ContentNote).toHaveLength(1);
    const fresh = sample.api.created.ContentNote![0]!.Id;
    expect(fresh).not.toBe(gone);
    expect((await getNote(`plan:${accountKey}`))?.remote?.id).toBe(fresh);
    expect(sample.api.created.ContentDocumentLink!.at(-1)).toMatchObject({ ContentDocumentId: fresh, LinkedEntityId: ref.recordId });
  });

  it('keeps the plan note local when sharing fails, and shares the newer text on the next try', async () => {
    sample.api.setFaults({ mode: 'request-limit' });
    expect(await ask({ type: 'plan-share', ref, accountKey, accountName: 'Northwind', body: 'Plan v1' })).toMatchObject({
      ok: false,
      error: { kind: 'rate-limited' },
    });
    expect((await getNote(`plan:${accountKey}`))?.remote).toBeNull();
    sample.api.setFaults({});
    expect(await ask({ type: 'plan-share', ref, accountKey, accountName: 'Northwind', body: 'Plan v2' })).toMatchObject({
      ok: true,
      value: { outcome: 'created', note: { body: 'Plan v2', remote: { crm: 'salesforce' } } },
    });
  });
});
