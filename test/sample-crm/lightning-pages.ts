import { spaShell } from './spa-shell.ts';

/** What the Lightning imitation needs to draw its pages: names and links, no business data. */
export interface LightningRecord {
  id: string;
  type: 'Account' | 'Contact' | 'Opportunity' | 'Case' | 'Contract';
  name: string;
  accountId: string | null;
}

// Client-side router of the Lightning imitation (runs in the page, so it is plain JS text).
const ROUTES = `
  const p = location.pathname;
  const nav = '<a data-spa href="/lightning/page/home">Home</a> · <a data-spa href="/lightning/o/Account/list?filterName=Recent">Accounts</a>';
  const link = (r) => '<a data-spa href="/lightning/r/' + r.type + '/' + r.id + '/view">' + esc(r.name) + '</a>';
  const m = p.match(/^\\/lightning\\/(?:app\\/[^/]+\\/)?r\\/(\\w+)\\/(\\w{15}|\\w{18})\\//);
  if (m) {
    const rec = DATA.records[m[2].slice(0, 15)];
    if (!rec) return { title: 'Not found | Salesforce', html: '<p>Record not found.</p>', nav };
    const related = (type, label) => {
      const rows = DATA.byAccount[rec.id] ? DATA.byAccount[rec.id].filter((r) => r.type === type) : [];
      return '<section class="related"><h2>' + label + ' (' + rows.length + ')</h2><ul>' + rows.slice(0, 10).map((r) => '<li>' + link(r) + '</li>').join('') + '</ul></section>';
    };
    const parent = rec.accountId && DATA.records[rec.accountId.slice(0, 15)];
    const body = rec.type === 'Account'
      ? related('Contact', 'Contacts') + related('Opportunity', 'Opportunities') + related('Case', 'Cases') + related('Contract', 'Contracts')
      : (parent ? '<p>Account: ' + link(parent) + '</p>' : '');
    return {
      title: rec.name + ' | ' + rec.type + ' | Salesforce',
      html: '<div class="record-header"><span class="record-actions"><button type="button">Edit</button></span><p>' + rec.type + '</p><h1>' + esc(rec.name) + '</h1></div>' + body,
      nav,
    };
  }
  if (p.startsWith('/lightning/o/Account/')) {
    return {
      title: 'Accounts | Salesforce',
      html: '<h1>Accounts</h1><ul class="account-list">' + DATA.accounts.map((a) => '<li>' + link(a) + '</li>').join('') + '</ul>',
      nav,
    };
  }
  return { title: 'Home | Salesforce', html: '<h1>Home</h1><p>Recent records</p><ul>' + DATA.accounts.slice(0, 5).map((a) => '<li>' + link(a) + '</li>').join('') + '</ul>', nav };
`;

export function lightningPage(records: readonly LightningRecord[]): string {
  const byId: Record<string, LightningRecord> = {};
  const byAccount: Record<string, LightningRecord[]> = {};
  for (const r of records) {
    byId[r.id.slice(0, 15)] = r;
    if (r.accountId) (byAccount[r.accountId] ??= []).push(r);
  }
  return spaShell({
    title: 'Salesforce',
    brand: 'Sample Salesforce',
    color: '#032d60',
    data: { records: byId, byAccount, accounts: records.filter((r) => r.type === 'Account') },
    routes: ROUTES,
    // Lightning pins its global header (search, Setup, notifications, avatar) to the top of
    // the window while the record scrolls under it; an overlay must start below it.
    headerCss:
      '.global-header { position: fixed; top: 0; left: 0; right: 0; height: 48px; z-index: 100; box-sizing: border-box; } body { padding-top: 48px; }',
  });
}

export function loginPage(orgName: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Login | Salesforce</title></head>
<body style="font:14px system-ui;margin:40px">
<h1>Log in to ${orgName}</h1>
<form method="post" action="/login">
  <label>Username <input name="username" value="csm@example.com" autocomplete="username"></label><br><br>
  <label>Password <input name="password" type="password" value="sample" autocomplete="current-password"></label><br><br>
  <button type="submit">Log In</button>
</form>
</body></html>`;
}
