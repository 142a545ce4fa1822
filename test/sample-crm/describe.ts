// `GET /sobjects/X/describe` of the sample org, derived from the book: every field its rows carry,
// typed from their values, labelled as an admin would, picklists with the values in use (plus the
// standard ones), lookups with their target. It plays Salesforce: nothing here comes from lib/.
import type { SfRecord } from './book.ts';

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-zA-Z0-9]{18}$/;
const MONEY = /^(Amount|AnnualRevenue)$|ARR|Value__c$|Revenue/;
const PICKLISTS: Record<string, string[]> = {
  Type: [],
  StageName: ['Prospecting', 'Qualification', 'Negotiation/Review', 'Closed Won', 'Closed Lost'],
  Status: [],
  StatusCode: ['Draft', 'InApproval', 'Activated', 'Terminated', 'Expired'],
  Priority: ['High', 'Medium', 'Low'],
  Industry: [],
  Origin: ['Phone', 'Email', 'Web'],
  QuestionType: [],
  CurrencyIsoCode: [],
};
/** The standard Type values of Account and Opportunity, which every org starts with. */
const STANDARD_TYPES: Record<string, string[]> = {
  Account: [
    'Prospect',
    'Customer - Direct',
    'Customer - Channel',
    'Channel Partner / Reseller',
    'Installation Partner',
    'Technology Partner',
    'Other',
  ],
  Opportunity: ['Existing Customer - Upgrade', 'Existing Customer - Replacement', 'Existing Customer - Downgrade', 'New Customer'],
};

const labelOf = (name: string) =>
  name === 'Id'
    ? 'Record ID'
    : name
        .replace(/__c$/i, '')
        .replace(/_/g, ' ')
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .replace(/ Id$/, ' ID');

export interface DescribeOptions {
  /** The key prefix → object name of every table (lookups name their target). */
  tableOfPrefix: (prefix: string) => string | null;
  /** A field the org lacks (a fault): left out of the describe. */
  hidden: (field: string) => boolean;
  recordTypes: readonly SfRecord[];
}

/** The describe body of one object, from its rows. */
export function describeTable(name: string, rows: readonly SfRecord[], options: DescribeOptions): Record<string, unknown> {
  const fields = new Map<string, Record<string, unknown>>();
  const typed = new Set<string>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      // A field is typed by its first non-null value (a null says nothing of the type).
      if (typed.has(key) || (value === null && fields.has(key))) continue;
      if (options.hidden(key) || (value !== null && typeof value === 'object')) continue;
      if (value !== null) typed.add(key);
      let type = 'string';
      let referenceTo: string[] = [];
      if (typeof value === 'boolean') type = 'boolean';
      else if (typeof value === 'number') type = MONEY.test(key) ? 'currency' : 'double';
      else if (typeof value === 'string' && DATETIME.test(value)) type = 'datetime';
      else if (typeof value === 'string' && DATE.test(value)) type = 'date';
      else if (typeof value === 'string' && ID.test(value) && (key === 'Id' || /Id$|__c$/.test(key))) {
        type = key === 'Id' ? 'id' : 'reference';
        const target = options.tableOfPrefix(value.slice(0, 3));
        referenceTo = target ? [target] : [];
      } else if (key in PICKLISTS) type = 'picklist';
      fields.set(key, {
        name: key,
        label: labelOf(key),
        type,
        custom: /__c$/i.test(key),
        referenceTo,
        relationshipName: type === 'reference' ? key.replace(/__c$/, '__r').replace(/Id$/, '') : null,
        picklistValues: [] as Array<{ value: string; label: string; active: boolean }>,
      });
    }
  }
  for (const field of fields.values()) {
    if (field.type !== 'picklist') continue;
    const key = String(field.name);
    const values = new Set([...(PICKLISTS[key] ?? []), ...(key === 'Type' ? (STANDARD_TYPES[name] ?? []) : [])]);
    for (const row of rows) if (typeof row[key] === 'string') values.add(row[key] as string);
    field.picklistValues = [...values].map((value) => ({ value, label: value, active: true, defaultValue: false, validFor: null }));
  }
  const recordTypes = options.recordTypes.filter((r) => r.SobjectType === name);
  return {
    name,
    label: name.replace(/([a-z])([A-Z])/g, '$1 $2'),
    custom: false,
    fields: [...fields.values()],
    recordTypeInfos: [
      ...recordTypes.map((r) => ({
        name: r.Name,
        developerName: r.DeveloperName,
        recordTypeId: r.Id,
        active: true,
        available: true,
        master: false,
        defaultRecordTypeMapping: false,
      })),
      {
        name: 'Master',
        developerName: 'Master',
        recordTypeId: '012000000000000AAA',
        active: true,
        available: true,
        master: true,
        defaultRecordTypeMapping: recordTypes.length === 0,
      },
    ],
  };
}
