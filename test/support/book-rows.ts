import type { BookRow } from '../../lib/metrics/book-row';

/** A book row with plain defaults: a healthy, renewed-last-year customer; tests override what they check. */
export function bookRow(over: Partial<BookRow> & { name: string }): BookRow {
  return {
    accountKey: `salesforce:00DSa0000000001:${over.name}`,
    crm: 'salesforce',
    source: '00DSa0000000001',
    accountId: over.name,
    url: null,
    ownerName: 'Dana Whitfield',
    industry: 'Technology',
    segment: 'enterprise',
    currency: 'USD',
    churned: false,
    score: 80,
    band: 'healthy',
    previousBand: 'healthy',
    coverage: 1,
    arr: 100_000,
    renewalDate: '2027-06-01',
    renewalArr: null,
    overdueSteps: 0,
    nps: 50,
    promoters: 1,
    detractors: 0,
    respondents: 2,
    openTickets: 0,
    slaBreaches: 0,
    nextStep: null,
    customerSince: '2024-01-01',
    contractStarts: ['2024-01-01'],
    renewals: [],
    sparkline: [],
    refreshedAt: '2026-11-22T09:00:00.000Z',
    ...over,
  };
}
