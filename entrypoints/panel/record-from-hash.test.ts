import { describe, expect, it } from 'vitest';
import { recordFromHash } from './record-from-hash';

const ref = { crm: 'salesforce', host: 'acme.lightning.force.com', objectType: 'Account', recordId: '001Sa00000AcmeAAAA' };
const hash = `#${encodeURIComponent(JSON.stringify(ref))}`;

describe('the record in the panel’s hash', () => {
  it('is taken when the page that embeds the panel is on the record’s host', () => {
    expect(recordFromHash(hash, ['https://acme.lightning.force.com'])).toEqual(ref);
  });

  it('is refused when another page frames the panel with it', () => {
    expect(recordFromHash(hash, ['https://app.hubspot.com'])).toBeNull();
    expect(recordFromHash(hash, ['http://acme.lightning.force.com'])).toBeNull();
    // Framed inside a frame of the record's host: not the CRM page itself.
    expect(recordFromHash(hash, ['https://acme.lightning.force.com', 'https://evil.example'])).toBeNull();
  });

  it('is refused when it is not a record reference', () => {
    expect(recordFromHash('#%7Bnot json', ['https://acme.lightning.force.com'])).toBeNull();
    expect(recordFromHash(`#${encodeURIComponent(JSON.stringify({ ...ref, recordId: "001' OR 1=1" }))}`)).toBeNull();
  });
});
