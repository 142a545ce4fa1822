import { describe, expect, it } from 'vitest';
import { apiHostFor, findSession } from './session';

describe('the API host of a page host', () => {
  it.each([
    ['acme.lightning.force.com', 'acme.my.salesforce.com'],
    ['acme--uat.sandbox.lightning.force.com', 'acme--uat.sandbox.my.salesforce.com'],
    ['acme.develop.lightning.force.com', 'acme.develop.my.salesforce.com'],
    ['acme.scratch.lightning.force.com', 'acme.scratch.my.salesforce.com'],
    ['acme.my.salesforce.com', 'acme.my.salesforce.com'],
    ['acme--uat.sandbox.my.salesforce.com', 'acme--uat.sandbox.my.salesforce.com'],
    ['na42.salesforce.com', 'na42.salesforce.com'],
    ['ACME.Lightning.Force.com', 'acme.my.salesforce.com'],
  ])('%s → %s', (page, api) => {
    expect(apiHostFor(page)).toBe(api);
  });
});

describe('the user’s session', () => {
  const sid = '00DSa0000000001!AQ4AQFakeSessionToken';
  const cookies = (jar: Record<string, string>) => {
    const asked: string[] = [];
    const read = async (url: string, name: string) => {
      asked.push(`${url} ${name}`);
      return jar[`${url} ${name}`] ?? null;
    };
    return { read, asked };
  };

  it('reads the sid cookie of the My Domain, not of the Lightning host, and takes the org id from it', async () => {
    const jar = cookies({ 'https://acme.my.salesforce.com/ sid': sid, 'https://acme.lightning.force.com/ sid': 'lightning-sid' });
    const found = await findSession(jar.read, 'acme.lightning.force.com');
    expect(found).toEqual({ ok: true, value: { apiHost: 'acme.my.salesforce.com', sid, orgId: '00DSa0000000001' } });
    expect(jar.asked).toEqual(['https://acme.my.salesforce.com/ sid']);
  });

  it('says “log in to Salesforce in this browser” when there is no session', async () => {
    const found = await findSession(cookies({}).read, 'acme.lightning.force.com');
    expect(found).toMatchObject({ ok: false, error: { kind: 'not-connected' } });
    expect(!found.ok && found.error.detail).toContain('log in to Salesforce in this browser');
  });

  it('does not take a cookie that is not a session id, nor a failing cookie store, for a session', async () => {
    const odd = await findSession(cookies({ 'https://acme.my.salesforce.com/ sid': 'not-a-session' }).read, 'acme.my.salesforce.com');
    expect(odd).toMatchObject({ ok: false, error: { kind: 'not-connected' } });
    const broken = await findSession(() => Promise.reject(new Error('No cookie store')), 'acme.my.salesforce.com');
    expect(broken).toMatchObject({ ok: false, error: { kind: 'not-connected' } });
  });
});
