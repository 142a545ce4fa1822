import type { SampleBook } from './book.ts';
import type { HubSpotCompanyPage } from './hubspot-pages.ts';
import type { LightningRecord } from './lightning-pages.ts';

export interface SampleRecords {
  /** Every record the Lightning imitation can show, with its account. */
  salesforce: LightningRecord[];
  /** The same accounts as HubSpot companies (numeric ids, as HubSpot has), the grown book included. */
  hubspot: HubSpotCompanyPage[];
}

/** The names and links the sample CRM pages draw, taken from the sample book. */
export function sampleRecords(book: SampleBook): SampleRecords {
  const salesforce: LightningRecord[] = [
    ...book.accounts.map((a) => ({ id: a.Id, type: 'Account' as const, name: a.Name, accountId: null })),
    ...book.contacts.map((c) => ({
      id: c.Id,
      type: 'Contact' as const,
      name: `${c.FirstName ?? ''} ${c.LastName}`.trim(),
      accountId: c.AccountId,
    })),
    ...book.opportunities.map((o) => ({ id: o.Id, type: 'Opportunity' as const, name: o.Name, accountId: o.AccountId })),
    ...book.cases
      .slice(0, 2000)
      .map((c) => ({ id: c.Id, type: 'Case' as const, name: `${c.CaseNumber} ${c.Subject}`, accountId: c.AccountId })),
    ...book.contracts.map((c) => ({ id: c.Id, type: 'Contract' as const, name: `Contract ${c.ContractNumber}`, accountId: c.AccountId })),
  ];
  const hubspot = book.accounts.map((a, i) => ({
    id: String(9_000_000_001 + i),
    name: a.Name,
    domain: `${a.Name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
  }));
  return { salesforce, hubspot };
}
