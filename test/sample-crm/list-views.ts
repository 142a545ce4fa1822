// The sample org's Account list views, answered as the REST API answers "List Views" (GET
// …/sobjects/Account/listviews), "List View Basic Information" (…/listviews/<id>) and "List View
// Describe" (…/listviews/<id>/describe): the describe's `query` is the whole SOQL statement, with
// the view's columns, `USING SCOPE` and `WHERE`, ordered by Name then Id as Salesforce orders views.
// It plays Salesforce: nothing here comes from lib/.
import { id18 } from './book.ts';

export interface SampleListView {
  id: string;
  developerName: string;
  label: string;
  soqlCompatible: boolean;
  /** The view's filter scope (`mine`, `everything`), as its describe says it. */
  scope: string | null;
  /** The view's WHERE condition in SOQL, or null. */
  where: string | null;
}

const COLUMNS =
  'SELECT Name, Site, BillingState, Phone, toLabel(Type), Owner.Alias, Id, CreatedDate, LastModifiedDate, SystemModstamp, Owner.Id, OwnerId';

/**
 * The views every sample org has: "All Accounts" (no condition), "My Accounts" (scope mine), a
 * filtered one whose condition holds a quoted value with the words ORDER BY in it (an account named
 * so is left out), and "Recently Viewed Accounts", which cannot be read as SOQL.
 */
export function sampleListViews(): SampleListView[] {
  const id = (n: number) => id18(`00BSa000000000${n}`);
  return [
    { id: id(1), developerName: 'AllAccounts', label: 'All Accounts', soqlCompatible: true, scope: null, where: null },
    { id: id(2), developerName: 'MyAccounts', label: 'My Accounts', soqlCompatible: true, scope: 'mine', where: null },
    {
      id: id(3),
      developerName: 'My_technology_customers',
      label: 'My technology customers',
      soqlCompatible: true,
      scope: 'mine',
      where: "Industry = 'Technology' AND Type = 'Customer - Direct' AND Name != 'Pilot ORDER BY Name LIMIT 1'",
    },
    {
      id: id(4),
      developerName: 'RecentlyViewedAccounts',
      label: 'Recently Viewed Accounts',
      soqlCompatible: false,
      scope: null,
      where: null,
    },
  ];
}

const column = (field: string, label: string, type: string, sortIndex: number | null) => ({
  ascendingLabel: type === 'string' ? 'Z-A' : '9-0',
  descendingLabel: type === 'string' ? 'A-Z' : '0-9',
  fieldNameOrPath: field,
  hidden: false,
  label,
  selectListItem: field,
  sortDirection: sortIndex === null ? null : 'ascending',
  sortIndex,
  sortable: true,
  type,
});

/** One entry of the List Views answer, with its links. */
export function listViewEntry(view: SampleListView, version: string) {
  const url = `/services/data/${version}/sobjects/Account/listviews/${view.id}`;
  return {
    describeUrl: `${url}/describe`,
    developerName: view.developerName,
    id: view.id,
    label: view.label,
    resultsUrl: `${url}/results`,
    soqlCompatible: view.soqlCompatible,
    url,
  };
}

/** The List View Describe answer. */
export function listViewDescribe(view: SampleListView) {
  const query = `${COLUMNS} FROM Account ${view.scope ? `USING SCOPE ${view.scope} ` : ''}${view.where ? `WHERE ${view.where} ` : ''}ORDER BY Name ASC NULLS FIRST, Id ASC NULLS FIRST`;
  return {
    columns: [
      column('Name', 'Account Name', 'string', 0),
      column('Site', 'Account Site', 'string', null),
      column('Id', 'Account ID', 'id', null),
    ],
    id: view.id,
    orderBy: [
      { fieldNameOrPath: 'Name', nullsPosition: 'first', sortDirection: 'ascending' },
      { fieldNameOrPath: 'Id', nullsPosition: 'first', sortDirection: 'ascending' },
    ],
    query,
    relatedEntityId: null,
    scope: view.scope,
    scopeEntityId: null,
    sobjectType: 'Account',
    whereCondition: { conditions: [], conjunction: 'and' },
  };
}
