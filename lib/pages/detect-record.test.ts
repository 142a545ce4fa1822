import { describe, expect, it } from 'vitest';
import salesforceUrls from '../../test/fixtures/urls/salesforce.json';
import hubspotUrls from '../../test/fixtures/urls/hubspot.json';
import { detectRecord } from './index';
import { toId18 } from './salesforce-id';

type Case = { url: string; expect: Record<string, string> | null; note?: string };
const corpus: Array<Case & { list: string }> = [
  ...(salesforceUrls as Case[]).map((c) => ({ ...c, list: 'test/fixtures/urls/salesforce.json' })),
  ...(hubspotUrls as Case[]).map((c) => ({ ...c, list: 'test/fixtures/urls/hubspot.json' })),
];

describe('detectRecord over the URL corpus', () => {
  // Every URL gives exactly its own expected reference: nothing more, nothing else.
  it.each(corpus)('$url', ({ url, expect: expected, list, note }) => {
    const got = detectRecord(url);
    const message = `${url}${note ? ` (${note})` : ''}: fix the detector or the entry in ${list}`;
    if (expected === null) {
      expect(got, message).toBeNull();
    } else {
      expect(got, message).toEqual({ ...expected, host: new URL(url).hostname });
    }
  });

  it('never takes a URL of one CRM for the other', () => {
    for (const { url, expect: expected } of corpus) {
      const got = detectRecord(url);
      if (got && expected) expect(got.crm).toBe(expected.crm);
    }
  });
});

describe('detectRecord on input that is not a URL', () => {
  it.each(['', 'not a url', 'javascript:alert(1)', 'about:blank'])('%j gives null', (input) => {
    expect(detectRecord(input)).toBeNull();
  });
});

describe('toId18', () => {
  it.each([
    ['001xx000003DGb2', '001xx000003DGb2AAG'],
    ['0015g00000XyZaB', '0015g00000XyZaBAAV'],
    ['006xx000004TmiQ', '006xx000004TmiQAAS'],
    ['001xx000003dgb2', '001xx000003dgb2AAA'],
  ])('%s → %s', (id15, id18) => {
    expect(toId18(id15)).toBe(id18);
    expect(toId18(id18)).toBe(id18);
  });

  it('accepts lower-case check characters and rejects wrong ones', () => {
    expect(toId18('001xx000003DGb2aag')).toBe('001xx000003DGb2AAG');
    expect(toId18('001xx000003DGb2AAB')).toBeNull();
    expect(toId18('001xx000003DGb')).toBeNull();
    expect(toId18('001xx000003DGb2AA!')).toBeNull();
  });
});
