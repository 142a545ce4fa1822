import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleSalesforce } from '../../test/support/sample-fetch';
import { useFreshStore } from '../../test/support/store-fixtures';
import { ACME_SALESFORCE_SETTINGS } from '../../test/support/acme-settings';
import { connectorSettings } from '../browser/stored-keys';
import { salesforceConnector } from '../crm/salesforce/connector';
import type { BookView } from '../messages/book-client';
import { milestonesFor, needsAttention, reasonsOf } from '../metrics/index';
import { DEFAULT_METRICS_SETTINGS } from '../settings/metrics-settings';
import { dayInTimeZone, userTimeZone } from '../time/today';
import { handleRequest } from './handle-request';

useFreshStore();

const HOST = 'acme.lightning.force.com';
const ourPage = { scope: { kind: 'extension-page' as const } };
let badge = '';

beforeEach(async () => {
  const sample = sampleSalesforce(new Date());
  vi.stubGlobal('fetch', sample.fetch);
  fakeBrowser.cookies.get = vi.fn(async ({ url, name }: { url: string; name: string }) =>
    url === 'https://acme.my.salesforce.com/' && name === 'sid' ? ({ name, value: sample.session.sid } as never) : null,
  ) as never;
  await connectorSettings(salesforceConnector).set(ACME_SALESFORCE_SETTINGS);
  fakeBrowser.action.setBadgeText = vi.fn(async ({ text }: { text: string }) => void (badge = text)) as never;
  fakeBrowser.action.setBadgeBackgroundColor = vi.fn(async () => undefined) as never;
  await handleRequest(
    { type: 'snapshot-load', ref: { crm: 'salesforce', host: HOST, objectType: 'Account', recordId: sample.book.roles.healthy } },
    ourPage,
  );
  await handleRequest({ type: 'book-refresh' }, ourPage);
  return () => vi.unstubAllGlobals();
});

const read = async () => ((await handleRequest({ type: 'book-read' }, ourPage)) as { value: BookView }).value;
const today = () => dayInTimeZone(new Date(), userTimeZone());

/** An account renewing soon with overdue renewal steps, and those steps' ids. */
async function lateAccount() {
  const row = (await read()).rows.find((r) => reasonsOf(r, today()).some((reason) => reason.kind === 'renewal-overdue-steps'))!;
  const overdue = milestonesFor(row.renewalDate!, today(), DEFAULT_METRICS_SETTINGS, new Set())
    .filter((m) => m.state === 'overdue')
    .map((m) => m.id);
  expect(overdue).toHaveLength(row.overdueSteps);
  return { row, overdue };
}

const tick = (accountKey: string, renewalDate: string, item: string) =>
  handleRequest({ type: 'checklist-tick', accountKey, renewalDate, item, checked: true }, ourPage);

describe('renewal steps the CSM ticked, in the book', () => {
  it('stop counting as overdue as soon as they are ticked: the row, the ranking’s reason and the badge follow', async () => {
    const { row, overdue } = await lateAccount();
    const badgeBefore = Number(badge);
    for (const id of overdue) await tick(row.accountKey, row.renewalDate!, id);
    const rows = (await read()).rows;
    expect(rows.find((r) => r.accountKey === row.accountKey)!.overdueSteps).toBe(0);
    expect(
      reasonsOf(
        rows.find((r) => r.accountKey === row.accountKey)!,
        today(),
      ).map((r) => r.kind),
    ).not.toContain('renewal-overdue-steps');
    expect(Number(badge)).toBe(needsAttention(rows, today(), DEFAULT_METRICS_SETTINGS).length);
    expect(Number(badge)).toBeLessThanOrEqual(badgeBefore);
  });

  it('stay done at the next refresh, which reads the CRM anew', async () => {
    const { row, overdue } = await lateAccount();
    await tick(row.accountKey, row.renewalDate!, overdue[0]!);
    await handleRequest({ type: 'book-refresh' }, ourPage);
    expect((await read()).rows.find((r) => r.accountKey === row.accountKey)!.overdueSteps).toBe(overdue.length - 1);
  });
});
