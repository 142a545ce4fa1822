import type { MatchableAccount } from '../../lib/imports/match-accounts.ts';

/** Accounts named as in the sample CRM, as the import page would know them from cached snapshots. */
export const IMPORT_ACCOUNTS: MatchableAccount[] = [
  {
    accountKey: 'salesforce:00DSa0000000001:001Sa0000000005AAA',
    id: '001Sa0000000005AAA',
    name: 'Stark Logistics',
    website: 'https://www.stark.example',
  },
  { accountKey: 'salesforce:00DSa0000000001:001Sa0000000001AAA', id: '001Sa0000000001AAA', name: 'Northwind Analytics', website: null },
  { accountKey: 'salesforce:00DSa0000000001:001Sa0000000002AAA', id: '001Sa0000000002AAA', name: 'Globex Manufacturing', website: null },
  { accountKey: 'salesforce:00DSa0000000001:001Sa0000000003AAA', id: '001Sa0000000003AAA', name: 'Initech Systems', website: null },
  { accountKey: 'salesforce:00DSa0000000001:001Sa0000000004AAA', id: '001Sa0000000004AAA', name: 'Umbrella Health', website: null },
  { accountKey: 'salesforce:00DSa0000000001:001Sa0000000006AAA', id: '001Sa0000000006AAA', name: '한빛소프트웨어', website: null },
  { accountKey: 'salesforce:00DSa0000000001:001Sa0000000009AAA', id: '001Sa0000000009AAA', name: 'Acme Robotics', website: 'acme.example' },
  { accountKey: 'hubspot:123:901', id: '901', name: '서해물산', website: 'seohae.example' },
  { accountKey: 'hubspot:123:902', id: '902', name: '누리리테일', website: null },
  // The same company in both CRMs: a name alone cannot say which one a row means.
  { accountKey: 'hubspot:123:903', id: '903', name: 'Acme Robotics', website: null },
];
