import { describe, expect, it } from 'vitest';
import { DEFAULT_HUBSPOT_SETTINGS } from './settings';
import { toAccountSnapshot, type RawCompanyView } from './map-snapshot';

const ok = <T>(value: T) => ({ ok: true as const, value });
const ticket = (id: string) => ({
  id,
  properties: { subject: `Ticket ${id}`, hs_pipeline_stage: '1', createdate: '2026-11-01T00:00:00Z' },
});
const view = (extra: Partial<RawCompanyView> = {}): RawCompanyView => ({
  company: { id: '42', properties: { name: 'Globex' } },
  ownerName: null,
  tickets: ok([ticket('1'), ticket('2')]),
  deals: ok([]),
  contacts: ok([]),
  contactLabels: {},
  nps: ok([]),
  ticketStages: ok({ '1': { label: 'New', isClosed: false, isWon: false, pipelineId: '0', pipelineLabel: 'Support' } }),
  dealStages: ok({}),
  ...extra,
});
const ctx = {
  settings: DEFAULT_HUBSPOT_SETTINGS,
  portalId: '7',
  portalTimeZone: 'UTC',
  currency: 'USD',
  pageHost: 'app.hubspot.com',
  fetchedAt: '2026-11-22T12:00:00.000Z',
  today: '2026-11-22',
};

describe('a company with more tickets than are read', () => {
  it('marks the tickets part as cut, with how many were read of how many', () => {
    const cut = toAccountSnapshot(view({ ticketsCut: { read: 2000, total: 2345 } }), ctx);
    expect(cut.ok && cut.value.tickets.status === 'ok' && cut.value.tickets.cut).toEqual({ read: 2000, total: 2345 });
    const whole = toAccountSnapshot(view(), ctx);
    expect(whole.ok && whole.value.tickets.status === 'ok' && whole.value.tickets.cut).toBeUndefined();
  });
});
