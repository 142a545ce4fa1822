import { describe, expect, it } from 'vitest';
import { sampleOrg } from '../../../test/support/salesforce-sample-org';
import { saveNoteToSalesforce } from './save-note';

describe('sharing a note with the team', () => {
  it('creates a Salesforce Note linked to the account in one all-or-nothing call', async () => {
    const org = await sampleOrg();
    org.api.resetCount();
    const result = await saveNoteToSalesforce(
      org.session,
      org.book.roles.healthy,
      { title: 'SSO 요청', body: 'Needs <SSO>\nsoon' },
      { fetch: org.fetch },
    );
    expect(result.ok).toBe(true);
    expect(org.api.requestCount).toBe(1);
    const [note] = org.api.created.ContentNote!;
    expect(new TextDecoder().decode(Uint8Array.from(atob(String(note!.Content)), (c) => c.charCodeAt(0)))).toBe(
      '<p>Needs &lt;SSO&gt;</p><p>soon</p>',
    );
    expect(org.api.created.ContentDocumentLink![0]).toMatchObject({ ContentDocumentId: note!.Id, LinkedEntityId: org.book.roles.healthy });
  });

  it('leaves nothing behind in the org when the link fails, and says why', async () => {
    const org = await sampleOrg();
    const result = await saveNoteToSalesforce(org.session, '001000000000000AAA', { title: 't', body: 'b' }, { fetch: org.fetch });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_CROSS_REFERENCE_KEY' } });
    expect(org.api.created.ContentNote).toHaveLength(0);
  });
});
