import { describe, expect, it } from 'vitest';
import { HUBSPOT_TOKENS } from '../../../test/sample-crm/hubspot-api';
import { hubspotContext } from '../../../test/support/hubspot-context';
import { hubspotConnector } from './connector';
import { parseHubSpotSettings } from './settings';

type Env = Awaited<ReturnType<typeof hubspotContext>>;
const companyRef = (env: Env, name = 'Northwind Analytics') => ({
  crm: 'hubspot' as const,
  host: 'app.hubspot.com',
  objectType: 'company' as const,
  recordId: env.us.objects.companies.find((c) => c.properties.name === name)!.id,
  portalId: '4400123',
});
const note = { title: 'QBR follow-up', body: 'Renewal risk: sponsor <b>unhappy</b>\nNext step: exec call' };

describe('connecting a portal with a pasted token', () => {
  it('learns the portal id, time zone and currency, and keeps the token under the portal’s key', async () => {
    const env = await hubspotContext({ tokens: [] });
    const result = await hubspotConnector.connect!({ token: `  ${HUBSPOT_TOKENS.eu}\n` }, env.ctx);
    expect(result).toMatchObject({
      ok: true,
      value: {
        secretKey: 'hubspot:token:26451234',
        secret: { token: HUBSPOT_TOKENS.eu, portalId: '26451234', timeZone: 'Europe/Berlin', currency: 'EUR', scopesMissing: [] },
        info: { source: '26451234', apiHost: 'api.hubapi.com', details: { currency: 'EUR', timeZone: 'Europe/Berlin', scopesMissing: '' } },
      },
    });
  });

  it('names the scopes the token lacks, found by probing each read', async () => {
    const env = await hubspotContext({ tokens: [] });
    const result = await hubspotConnector.connect!({ token: HUBSPOT_TOKENS.usNoFeedback }, env.ctx);
    expect(result.ok && result.value.secret).toMatchObject({ scopesMissing: ['crm.objects.feedback_submissions.read'] });
  });

  it('refuses a revoked token and something that is not a token', async () => {
    const env = await hubspotContext({ tokens: [] });
    expect(await hubspotConnector.connect!({ token: 'pat-na1-revoked' }, env.ctx)).toMatchObject({
      ok: false,
      error: { kind: 'session-expired', httpStatus: 401 },
    });
    expect(await hubspotConnector.connect!({ token: 'my password is hunter2' }, env.ctx)).toMatchObject({
      ok: false,
      error: { kind: 'bad-request', code: 'INVALID_TOKEN' },
    });
  });

  it('checks a page’s connection against the portal the token belongs to', async () => {
    const env = await hubspotContext();
    const where = { host: 'app.hubspot.com', source: '4400123' };
    expect(await hubspotConnector.checkConnection(where, env.ctx)).toMatchObject({
      ok: true,
      value: { source: '4400123', details: { timeZone: 'US/Eastern' } },
    });
    env.secrets.set('hubspot:token:4400123', { ...(env.secrets.get('hubspot:token:26451234') as object), portalId: '4400123' });
    expect(await hubspotConnector.checkConnection(where, env.ctx)).toMatchObject({ ok: false, error: { kind: 'not-connected' } });
    expect(await hubspotConnector.checkConnection({ host: 'app.hubspot.com' }, env.ctx)).toMatchObject({
      ok: false,
      error: { kind: 'not-connected', code: 'NO_PORTAL' },
    });
  });
});

describe('sharing a note with the team', () => {
  it('makes one HubSpot note on the company, however often and from however many tabs it is saved', async () => {
    const env = await hubspotContext();
    const ref = companyRef(env);
    const target = { source: '4400123', accountId: ref.recordId };
    const [first, second] = await Promise.all([
      hubspotConnector.saveNote(ref, target, note, env.ctx),
      hubspotConnector.saveNote(ref, target, note, env.ctx),
    ]);
    const third = await hubspotConnector.saveNote(ref, target, note, env.ctx);
    expect(first.ok && second.ok && third.ok).toBe(true);
    expect(new Set([first, second, third].map((r) => r.ok && r.value.id)).size).toBe(1);
    const notes = env.api.notes('4400123');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.properties.hs_note_body).toBe(
      '<p><strong>QBR follow-up</strong></p><p>Renewal risk: sponsor &lt;b&gt;unhappy&lt;/b&gt;</p><p>Next step: exec call</p>',
    );
    expect(env.us.links.get('notes:companies')).toEqual([expect.objectContaining({ from: notes[0]!.id, to: ref.recordId })]);
    // A changed note is a new note.
    await hubspotConnector.saveNote(ref, target, { ...note, body: `${note.body}\nDone.` }, env.ctx);
    expect(env.api.notes('4400123')).toHaveLength(2);
  });

  it('rewrites a shared note in place, and says 404 for one deleted in the portal', async () => {
    const env = await hubspotContext();
    const ref = companyRef(env);
    const saved = await hubspotConnector.saveNote(ref, { source: '4400123', accountId: ref.recordId }, note, env.ctx);
    if (!saved.ok) throw new Error(saved.error.detail);
    const target = { source: '4400123', accountId: ref.recordId, noteId: saved.value.id };
    expect(await hubspotConnector.updateNote!(ref, target, { title: 'Account plan', body: 'Goals: 2 of 3 on track' }, env.ctx)).toEqual({
      ok: true,
      value: { id: saved.value.id },
    });
    const notes = env.api.notes('4400123');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.properties.hs_note_body).toBe('<p><strong>Account plan</strong></p><p>Goals: 2 of 3 on track</p>');
    expect(env.api.requests.at(-1)).toMatchObject({ method: 'PATCH', path: `/crm/v3/objects/notes/${saved.value.id}` });
    notes.length = 0;
    expect(await hubspotConnector.updateNote!(ref, target, note, env.ctx)).toMatchObject({
      ok: false,
      error: { kind: 'not-found', httpStatus: 404 },
    });
    // Saving the same text again makes a new note, not the one deleted.
    const again = await hubspotConnector.saveNote(ref, { source: '4400123', accountId: ref.recordId }, note, env.ctx);
    expect(again.ok && again.value.id).not.toBe(saved.value.id);
    expect(env.api.notes('4400123')).toHaveLength(1);
    expect(await hubspotConnector.updateNote!(ref, { ...target, noteId: '../companies/1' }, note, env.ctx)).toMatchObject({
      ok: false,
      error: { kind: 'bad-request' },
    });
  });

  it('never posts a note of one portal with another portal’s token', async () => {
    const env = await hubspotContext();
    const result = await hubspotConnector.saveNote(companyRef(env), { source: '26451234', accountId: '18011223344' }, note, env.ctx);
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(env.api.requests).toHaveLength(0);
  });
});

describe('the portal’s schema', () => {
  it('lists the properties of companies, contacts, deals and tickets with the company’s values, cached for a day', async () => {
    const env = await hubspotContext();
    const result = await hubspotConnector.readSchema(companyRef(env, 'Globex Manufacturing'), env.ctx);
    if (!result.ok) throw new Error(result.error.detail);
    expect(Object.keys(result.value.schema.objects).sort()).toEqual(['companies', 'contacts', 'deals', 'tickets']);
    expect(result.value.schema.objects.companies!.fields.find((f) => f.name === 'arr')).toMatchObject({
      type: 'currency',
      custom: true,
      label: 'ARR',
    });
    expect(result.value.accountValues).toMatchObject({ name: 'Globex Manufacturing', arr: '250000' });
    env.api.resetCount();
    await hubspotConnector.readSchema(companyRef(env, 'Globex Manufacturing'), env.ctx);
    expect(env.api.requests.map((r) => r.path)).toEqual(['/crm/v3/objects/companies/batch/read']);
  });
});

describe('HubSpot settings', () => {
  it('fall back value by value, keeping the user’s other mappings', () => {
    const settings = parseHubSpotSettings({
      renewalDealTypes: 'renewal',
      properties: { arr: 'ARR Value!', seats: 'Seats_Licensed' },
      championLabel: 'Sponsor',
    });
    expect(settings.renewalDealTypes).toEqual(['existingbusiness']);
    expect(settings.properties).toMatchObject({ arr: 'arr', seats: 'seats_licensed', activeUsers: 'active_users' });
    expect(settings.championLabel).toBe('Sponsor');
    expect(parseHubSpotSettings('garbage')).toEqual(parseHubSpotSettings(undefined));
  });

  it('decide renewals by pipeline when the portal keeps them in their own pipeline', async () => {
    const env = await hubspotContext({ settings: parseHubSpotSettings({ renewalDealTypes: [], renewalPipelines: ['Verlängerungen'] }) });
    const ref = {
      crm: 'hubspot' as const,
      host: 'app-eu1.hubspot.com',
      objectType: 'company' as const,
      recordId: env.eu.objects.companies[0]!.id,
      portalId: '26451234',
    };
    const result = await hubspotConnector.loadSnapshot(ref, env.ctx);
    if (!result.ok) throw new Error(result.error.detail);
    const deals = (result.value.opportunities as { data: Array<{ isRenewal: boolean }> }).data;
    expect(deals.length).toBeGreaterThan(0);
    expect(deals.every((d) => d.isRenewal)).toBe(true);
  });
});
