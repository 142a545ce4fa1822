import { describe, expect, it } from 'vitest';
import { sampleSalesforce } from '../../../test/support/sample-fetch';
import { DEFAULT_SALESFORCE_SETTINGS } from '../../settings/salesforce-settings';
import { computeAccountMetrics } from '../../metrics';
import { DEFAULT_METRICS_SETTINGS } from '../../settings/metrics-settings';
import type { CrmSchema } from '../schema';
import { activityFields, latestTouch } from './activities';
import { describeOrg } from './describe';
import { fetchAccountSnapshot } from './fetch-account-snapshot';

const NOW = '2026-11-22T12:00:00.000Z';

describe('the last touch of an account', () => {
  it.each([
    ['only the account’s Last Activity Date', '2026-10-03', {}, { at: '2026-10-03T00:00:00.000Z', source: 'account' }],
    [
      'a task closed without a due date, later than Last Activity',
      '2026-10-03',
      { tasks: [{ IsClosed: true, ActivityDate: null, LastModifiedDate: '2026-11-20T09:00:00.000+0000' }] },
      { at: '2026-11-20T09:00:00.000Z', source: 'task' },
    ],
    [
      'an event that took place, dated to the minute',
      '2026-10-03',
      {
        events: [
          {
            ActivityDate: '2026-11-10',
            ActivityDateTime: '2026-11-10T14:30:00.000+0000',
            LastModifiedDate: '2026-11-11T08:00:00.000+0000',
          },
        ],
      },
      { at: '2026-11-10T14:30:00.000Z', source: 'event' },
    ],
    [
      'an open task is a plan, not a touch',
      '2026-10-03',
      { tasks: [{ IsClosed: false, ActivityDate: '2026-11-21', LastModifiedDate: '2026-11-21T09:00:00.000+0000' }] },
      { at: '2026-10-03T00:00:00.000Z', source: 'account' },
    ],
    [
      'an event still ahead counts from when it was booked',
      null,
      {
        events: [
          {
            ActivityDate: '2026-12-01',
            ActivityDateTime: '2026-12-01T10:00:00.000+0000',
            LastModifiedDate: '2026-11-02T10:00:00.000+0000',
          },
        ],
      },
      { at: '2026-11-02T10:00:00.000Z', source: 'event' },
    ],
    [
      'the same day as Last Activity: the task says more',
      '2026-11-20',
      { tasks: [{ IsClosed: true, ActivityDate: '2026-11-20' }] },
      { at: '2026-11-20T00:00:00.000Z', source: 'task' },
    ],
  ] as const)('%s', (_name, lastActivity, activities, expected) => {
    expect(latestTouch(lastActivity, activities as never, NOW)).toEqual(expected);
  });

  it('is unknown when nothing dates a touch', () => {
    expect(latestTouch(null, { tasks: [{ IsClosed: true }], events: [] }, NOW)).toBeNull();
  });

  it('reads only the activity fields the org has, and nothing from an org without them', () => {
    const schema = (fields: string[]): CrmSchema => ({
      source: '00D',
      fetchedAt: NOW,
      objects: { Task: { label: 'Task', fields: fields.map((name) => ({ name, label: name, type: 'string' })) } },
    });
    expect(
      activityFields(schema(['Id', 'Subject', 'LastModifiedDate']), 'Task', [
        'Id',
        'Subject',
        'ActivityDate',
        'LastModifiedDate',
        'IsClosed',
      ]),
    ).toEqual(['Id', 'Subject', 'LastModifiedDate']);
    expect(activityFields(schema(['Id', 'Subject']), 'Task', ['Id', 'Subject', 'ActivityDate'])).toBeNull();
    expect(activityFields(schema(['Id']), 'Event', ['Id', 'ActivityDate'])).toBeNull();
  });
});

describe('recent activity in an account view', () => {
  const today = new Date('2026-11-22T12:00:00Z');
  async function viewOf(org: 'acme' | 'globex') {
    const sample = sampleSalesforce(today, { org });
    const described = await describeOrg(sample.session, null, { fetch: sample.fetch, now: () => today });
    if (!described.ok) throw new Error(described.error.detail);
    sample.api.resetCount();
    const ref = {
      crm: 'salesforce' as const,
      host: `${org}.lightning.force.com`,
      objectType: 'Account',
      recordId: sample.book.roles.atRisk,
    };
    const result = await fetchAccountSnapshot(ref, sample.session, DEFAULT_SALESFORCE_SETTINGS, described.value, {
      fetch: sample.fetch,
      now: () => today,
      today: '2026-11-22',
    });
    if (!result.ok) throw new Error(result.error.detail);
    return { sample, snapshot: result.value.snapshot };
  }

  it('dates the last touch from the call logged two days ago, in the same single round trip, and the relationship measure says where it came from', async () => {
    const { sample, snapshot } = await viewOf('globex');
    expect(sample.api.requestCount).toBe(1);
    expect(snapshot.account).toMatchObject({ lastTouchAt: '2026-11-20T11:00:00.000Z', lastTouchSource: 'task' });
    const relationship = computeAccountMetrics(snapshot, DEFAULT_METRICS_SETTINGS, today, 'UTC').health.measures.find(
      (m) => m.id === 'relationship',
    );
    expect(relationship?.inputs).toEqual(
      expect.arrayContaining([
        { id: 'daysSinceTouch', value: 2, asOf: '2026-11-20T11:00:00.000Z' },
        { id: 'touchSource', value: 'task', asOf: '2026-11-20T11:00:00.000Z' },
      ]),
    );
  });

  it('keeps Last Activity Date where the org has no tasks or events to read', async () => {
    const { snapshot } = await viewOf('acme');
    expect(snapshot.account).toMatchObject({ lastTouchAt: '2026-10-03T00:00:00.000Z', lastTouchSource: 'account' });
  });
});
