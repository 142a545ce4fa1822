import { describe, expect, it } from 'vitest';
import { HUBSPOT_TOKENS } from '../../../test/sample-crm/hubspot-api';
import { hubspotContext } from '../../../test/support/hubspot-context';
import { okData } from '../../../test/support/snapshot-builder';
import type { AccountSnapshot, Ticket } from '../snapshot';
import { hubspotConnector } from './connector';
import { parseHubSpotSettings } from './settings';

type Env = Awaited<ReturnType<typeof hubspotContext>>;
const ref = (env: Env, objectType: 'company' | 'contact' | 'deal' | 'ticket', recordId: string, portal = env.us) => ({
  crm: 'hubspot' as const,
  host: portal.appHost,
  objectType,
  recordId,
  portalId: portal.portalId,
});
async function snapshotOf(
  env: Env,
  objectType: 'company' | 'contact' | 'deal' | 'ticket',
  recordId: string,
  portal = env.us,
): Promise<AccountSnapshot> {
  const result = await hubspotConnector.loadSnapshot(ref(env, objectType, recordId, portal), env.ctx);
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.detail}`);
  return result.value;
}
const company = (env: Env, name: string, portal = env.us) => portal.objects.companies.find((c) => c.properties.name === name)!;

describe('a company view from the portal', () => {
  it('maps Globex Manufacturing as a CSM checks it by hand', async () => {
    const env = await hubspotContext();
    const snap = await snapshotOf(env, 'company', company(env, 'Globex Manufacturing').id);
    expect(snap).toMatchObject({ crm: 'hubspot', source: '4400123' });
    expect(snap.account).toMatchObject({
      name: 'Globex Manufacturing',
      currency: 'USD',
      arr: 250000,
      ownerName: 'Jiyoon Park',
      churned: false,
    });
    expect(snap.account.url).toBe(`https://app.hubspot.com/contacts/4400123/record/0-2/${snap.account.id}`);
    const tickets = okData<Ticket[]>(snap.tickets);
    // 5 open (one waiting in the Escalations pipeline, open by its stage metadata), 2 closed.
    expect(tickets.filter((t) => !t.isClosed)).toHaveLength(5);
    expect(tickets.filter((t) => t.isClosed).every((t) => t.closedAt !== null && t.status === 'Closed')).toBe(true);
    expect(tickets.some((t) => t.status === 'Triage' && !t.isClosed)).toBe(true);
    expect(tickets.find((t) => t.subject.startsWith('Open issue 2'))?.priority).toBe('urgent');
    // Latest answer per contact: 3, 6, 7; the CSAT answer never counts; comments kept.
    const nps = okData<Array<{ score: number; comment: string | null; respondentName: string | null }>>(snap.nps);
    expect(nps.map((a) => a.score).sort()).toEqual([3, 6, 7]);
    expect(nps.find((a) => a.score === 3)).toMatchObject({ comment: 'Sync is too slow', respondentName: expect.any(String) });
    const deals = okData<Array<{ isRenewal: boolean; isClosed: boolean; closeDate: string; stage: string; amount: number }>>(
      snap.opportunities,
    );
    expect(deals.find((d) => d.isRenewal && !d.isClosed)).toMatchObject({
      closeDate: '2026-12-12',
      amount: 400000,
      stage: 'Contract Sent',
    }); // the whole 24-month term
    const contacts = okData<Array<{ isChampion: boolean; hasLeft: boolean }>>(snap.contacts);
    expect(contacts.filter((c) => c.isChampion)).toEqual([expect.objectContaining({ hasLeft: true })]);
    expect(okData<Array<{ activeUsers: number; licensedSeats: number }>>(snap.usage).at(-1)).toMatchObject({
      activeUsers: 120,
      licensedSeats: 400,
    });
    expect(okData<Array<{ dueDate: string }>>(snap.invoices)).toEqual([expect.objectContaining({ dueDate: '2026-10-08' })]);
    expect(snap.contracts).toEqual({ status: 'missing' });
  });

  it('reads every ticket of a company above 150, paging the associations and batch-reading 100 at a time', async () => {
    const env = await hubspotContext({ associationPageSize: 150 });
    const snap = await snapshotOf(env, 'company', company(env, 'Hooli Cloud').id);
    const tickets = okData<Array<{ isClosed: boolean }>>(snap.tickets);
    expect(tickets).toHaveLength(400);
    expect(tickets.filter((t) => !t.isClosed)).toHaveLength(12);
    const paths = env.api.requests.map((r) => r.path);
    expect(paths.filter((p) => p.endsWith('/associations/tickets'))).toHaveLength(3);
    expect(paths.filter((p) => p === '/crm/v3/objects/tickets/batch/read')).toHaveLength(4);
  });

  it('finds the primary company of a contact, a deal and a ticket page', async () => {
    const env = await hubspotContext();
    const globex = company(env, 'Globex Manufacturing');
    const pageOf = (typeId: string) => env.us.pages.find((p) => p.typeId === typeId && p.companyId === globex.id)!;
    for (const [type, typeId] of [
      ['contact', '0-1'],
      ['deal', '0-3'],
      ['ticket', '0-5'],
    ] as const) {
      const snap = await snapshotOf(env, type, pageOf(typeId).id);
      expect(snap.account.id, type).toBe(globex.id);
    }
  });

  it('reads the EU portal with its own pipelines, currency and host', async () => {
    const env = await hubspotContext();
    const euCompany = env.eu.objects.companies[0]!;
    const snap = await snapshotOf(env, 'company', euCompany.id, env.eu);
    expect(snap.source).toBe('26451234');
    expect(snap.account.currency).toBe('EUR');
    expect(snap.account.url).toContain('https://app-eu1.hubspot.com/contacts/26451234/record/0-2/');
    const tickets = okData<Array<{ isClosed: boolean; status: string }>>(snap.tickets);
    expect(tickets.every((t) => (t.status === 'Gelöst') === t.isClosed)).toBe(true);
  });

  it('asks for pipelines once a day, and again when a ticket sits in a stage it does not know', async () => {
    const env = await hubspotContext();
    const id = company(env, 'Northwind Analytics').id;
    await snapshotOf(env, 'company', id);
    expect(env.api.requests.filter((r) => r.path.startsWith('/crm/v3/pipelines/'))).toHaveLength(2);
    env.api.resetCount();
    await snapshotOf(env, 'company', id);
    expect(env.api.requests.filter((r) => r.path.startsWith('/crm/v3/pipelines/'))).toHaveLength(0);
    // The portal adds a stage: a cached day-old list would call the ticket closed by guess.
    env.us.pipelines.tickets[0]!.stages.push({ id: '5', label: 'On hold', displayOrder: 9, metadata: { ticketState: 'OPEN' } });
    const ticket = env.us.objects.tickets.find((t) => env.us.links.get('companies:tickets')!.some((l) => l.from === id && l.to === t.id))!;
    ticket.properties.hs_pipeline_stage = '5';
    env.api.resetCount();
    const snap = await snapshotOf(env, 'company', id);
    expect(env.api.requests.filter((r) => r.path === '/crm/v3/pipelines/tickets')).toHaveLength(1);
    expect(okData<Array<{ id: string; status: string }>>(snap.tickets).find((t) => t.id === ticket.id)?.status).toBe('On hold');
  });
});

describe('what the portal refuses', () => {
  it('says how to connect a portal without a token', async () => {
    const env = await hubspotContext({ tokens: [HUBSPOT_TOKENS.us] });
    const result = await hubspotConnector.loadSnapshot(ref(env, 'company', env.eu.objects.companies[0]!.id, env.eu), env.ctx);
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-connected', code: 'NO_TOKEN' } });
    expect(!result.ok && result.error.detail).toContain('connect it in Settings → HubSpot');
    expect(env.api.requests).toHaveLength(0);
  });

  it('fails only NPS, naming the scope, when the token may not read feedback submissions', async () => {
    const env = await hubspotContext({ tokens: [HUBSPOT_TOKENS.usNoFeedback] });
    const snap = await snapshotOf(env, 'company', company(env, 'Globex Manufacturing').id);
    expect(snap.nps).toMatchObject({
      status: 'error',
      error: { kind: 'no-api-access', code: 'MISSING_SCOPES', field: 'crm.objects.feedback_submissions.read' },
    });
    expect(snap.tickets.status).toBe('ok');
  });

  it('names a mapped property the portal lacks, and fails only the part it feeds', async () => {
    const env = await hubspotContext({
      settings: parseHubSpotSettings({ properties: { arr: 'arr_typo', activeUsers: 'active_users_typo' } }),
    });
    const snap = await snapshotOf(env, 'company', company(env, 'Globex Manufacturing').id);
    expect(snap.account.arr).toBeNull();
    expect(snap.account.fieldErrors).toEqual([expect.objectContaining({ kind: 'invalid-field', field: 'arr_typo' })]);
    expect(snap.usage).toMatchObject({ status: 'error', error: { kind: 'invalid-field', field: 'active_users_typo' } });
    expect(snap.tickets.status).toBe('ok');
  });

  it('says the company is gone (404) and a wrong token was refused (401)', async () => {
    const env = await hubspotContext();
    expect(await hubspotConnector.loadSnapshot(ref(env, 'company', '123'), env.ctx)).toMatchObject({
      ok: false,
      error: { kind: 'not-found', httpStatus: 404 },
    });
    env.secrets.set('hubspot:token:4400123', { ...(env.secrets.get('hubspot:token:4400123') as object), token: 'pat-na1-revoked' });
    expect(await hubspotConnector.loadSnapshot(ref(env, 'company', company(env, 'Globex Manufacturing').id), env.ctx)).toMatchObject({
      ok: false,
      error: { kind: 'session-expired', httpStatus: 401 },
    });
  });

  it('reports a malformed answer as bad-response and the daily limit as rate-limited', async () => {
    const env = await hubspotContext();
    const id = company(env, 'Globex Manufacturing').id;
    env.api.setFaults({ mode: 'malformed' });
    expect(await hubspotConnector.loadSnapshot(ref(env, 'company', id), env.ctx)).toMatchObject({
      ok: false,
      error: { kind: 'bad-response' },
    });
    env.api.setFaults({ mode: 'daily' });
    expect(await hubspotConnector.loadSnapshot(ref(env, 'company', id), env.ctx)).toMatchObject({
      ok: false,
      error: { kind: 'rate-limited', code: 'DAILY' },
    });
  });
});
