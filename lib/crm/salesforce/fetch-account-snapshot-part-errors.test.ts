import { describe, expect, it } from 'vitest';
import { ACME_SALESFORCE_SETTINGS } from '../../../test/support/acme-settings';
import { sampleOrg, snapshotOf, view } from '../../../test/support/salesforce-sample-org';

describe('when part of the org says no', () => {
  const PART = {
    Case: 'tickets',
    Opportunity: 'opportunities',
    Contract: 'contracts',
    Contact: 'contacts',
    SurveyQuestionResponse: 'nps',
  } as const;

  it.each(
    Object.entries(PART).flatMap(([object, part]) =>
      (['INVALID_TYPE', 'INVALID_FIELD'] as const).map((fault) => [object, fault, part] as const),
    ),
  )('%s answering %s blanks only the %s part', async (object, fault, part) => {
    const org = await sampleOrg();
    org.api.setFaults({ failObject: { [object]: fault } });
    const s = await snapshotOf(org, 'Account', org.book.roles.healthy);
    expect(s[part]).toMatchObject({ status: 'error', error: { kind: fault === 'INVALID_TYPE' ? 'unsupported-object' : 'invalid-field' } });
    for (const other of Object.values(PART).filter((p) => p !== part)) expect(s[other].status).toBe('ok');
    expect(s.account.name).toBe('Northwind Analytics');
  });

  it('says the org has no Feedback Management when NPS is not there', async () => {
    const org = await sampleOrg();
    org.api.setFaults({ failObject: { SurveyQuestionResponse: 'INVALID_TYPE' } });
    const s = await snapshotOf(org, 'Account', org.book.roles.healthy);
    expect(s.nps.status === 'error' && s.nps.error.detail).toMatch(/^this org has no Feedback Management/);
  });

  it('names the setting to fix when a mapped field is not in the org', async () => {
    const org = await sampleOrg();
    const settings = {
      ...ACME_SALESFORCE_SETTINGS,
      fields: { ...ACME_SALESFORCE_SETTINGS.fields, contactLeft: 'Gone__c', activeUsers: 'Users__c', contractValue: 'TCV__c' },
    };
    const s = await snapshotOf(org, 'Account', org.book.roles.healthy, settings);
    expect(s.contacts).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'Gone__c' } });
    expect(s.contacts.status === 'error' && s.contacts.error.detail).toContain('setting “contactLeft”');
    expect(s.usage).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'Users__c' } });
    // The contracts still date the renewal; the account names the contract-value setting.
    expect(s.contracts.status).toBe('ok');
    expect(s.account.fieldErrors).toEqual([expect.objectContaining({ kind: 'invalid-field', field: 'TCV__c' })]);
    expect(s.tickets.status).toBe('ok');
    // None of the fields the org lacks was sent.
    expect(org.api.queries.join(' ')).not.toMatch(/Gone__c|Users__c|TCV__c/);
  });

  it('blanks only the part whose subrequest failed in a composite answer', async () => {
    const org = await sampleOrg();
    // A fake fetch that passes the org's answer on with the contracts subrequest failed.
    const failing: typeof fetch = async (input, init) => {
      const answer = await org.fetch(input, init);
      const body = (await answer.json()) as { compositeResponse: Array<{ referenceId: string; body: unknown; httpStatusCode: number }> };
      const contracts = body.compositeResponse.find((r) => r.referenceId === 'contracts')!;
      contracts.httpStatusCode = 500;
      contracts.body = [
        {
          message: 'An unexpected error occurred. Please include this ErrorId if you contact support: 1234-5678',
          errorCode: 'UNKNOWN_EXCEPTION',
        },
      ];
      return new Response(JSON.stringify(body), { status: 200 });
    };
    const result = await view(org, 'Account', org.book.roles.healthy, ACME_SALESFORCE_SETTINGS, failing);
    if (!result.ok) throw new Error(result.error.detail);
    expect(result.value.snapshot.contracts).toMatchObject({ status: 'error', error: { kind: 'server-error', code: 'UNKNOWN_EXCEPTION' } });
    expect(result.value.snapshot.tickets.status).toBe('ok');
  });
});
