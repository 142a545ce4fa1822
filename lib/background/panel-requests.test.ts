import { describe, expect, it } from 'vitest';
import { useFreshStore } from '../../test/support/store-fixtures';
import { checklistsChanged } from '../browser/stored-keys';
import { RequestSchema } from '../messages/messages';
import { handleRequest } from './handle-request';

useFreshStore();

describe('the background’s renewal checklist', () => {
  it('stores a step ticked from the panel where the popup reads it, tells other pages, and unticks it', async () => {
    const key = 'salesforce:00D:001A';
    const tick = RequestSchema.parse({ type: 'checklist-tick', accountKey: key, renewalDate: '2026-12-12', item: 'qbr', checked: true });
    expect(await handleRequest(tick, { scope: null })).toMatchObject({ ok: true });
    expect(await checklistsChanged.get()).toMatchObject({ accountKey: key });
    const read = RequestSchema.parse({ type: 'checklist-read', accountKey: key, renewalDate: '2026-12-12' });
    expect(Object.keys(((await handleRequest(read, { scope: null })) as { checked: Record<string, string> }).checked)).toEqual(['qbr']);
    await handleRequest(
      RequestSchema.parse({ type: 'checklist-tick', accountKey: key, renewalDate: '2026-12-12', item: 'qbr', checked: false }),
      { scope: null },
    );
    expect(((await handleRequest(read, { scope: null })) as { checked: Record<string, string> }).checked).toEqual({});
  });

  it('refuses a tick without an item', () => {
    expect(
      RequestSchema.safeParse({ type: 'checklist-tick', accountKey: 'k', renewalDate: '2026-12-12', item: '', checked: true }).success,
    ).toBe(false);
  });
});

describe('the tab title', () => {
  it('answers with the title of the sender’s own tab', async () => {
    expect(
      await handleRequest(RequestSchema.parse({ type: 'page-title' }), { scope: null, tabTitle: 'Globex | Account | Salesforce' }),
    ).toEqual({ title: 'Globex | Account | Salesforce' });
    expect(await handleRequest(RequestSchema.parse({ type: 'page-title' }), { scope: null })).toEqual({ title: null });
  });
});
