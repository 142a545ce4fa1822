import { spaShell } from './spa-shell.ts';

export interface HubSpotCompanyPage {
  id: string;
  name: string;
  domain: string;
}
/** Any record page of a portal: company 0-2, contact 0-1, deal 0-3, ticket 0-5. */
export interface HubSpotRecordPage {
  typeId: '0-1' | '0-2' | '0-3' | '0-5';
  id: string;
  name: string;
  companyId: string | null;
}

const ROUTES = `
  const p = location.pathname;
  const base = '/contacts/' + DATA.portalId;
  const nav = '<a data-spa href="' + base + '/objects/0-2/views/all/list">Companies</a>';
  const link = (r) => '<a data-spa href="' + base + '/record/' + r.typeId + '/' + r.id + '">' + esc(r.name) + '</a>';
  const LEGACY = { company: '0-2', contact: '0-1', deal: '0-3', ticket: '0-5' };
  const KIND = { '0-1': 'Contact', '0-2': 'Company', '0-3': 'Deal', '0-5': 'Ticket' };
  const m = p.match(/^\\/contacts\\/\\d+\\/record\\/(0-[1235])\\/(\\d+)/) || p.match(/^\\/contacts\\/\\d+\\/(company|contact|deal|ticket)\\/(\\d+)/);
  if (m) {
    const typeId = LEGACY[m[1]] || m[1];
    const r = DATA.records.find((x) => x.typeId === typeId && x.id === m[2]);
    if (!r) return { title: 'Not found | HubSpot', html: '<p>Record not found.</p>', nav };
    const company = r.companyId ? DATA.records.find((x) => x.typeId === '0-2' && x.id === r.companyId) : null;
    const related = DATA.records.filter((x) => x.companyId === r.id).slice(0, 8);
    return {
      title: r.name + ' | HubSpot',
      html: '<div class="record-header"><p>' + KIND[typeId] + '</p><h1>' + esc(r.name) + '</h1>' + (company ? '<p>Company: ' + link(company) + '</p>' : '') + '</div>' +
        (related.length ? '<div class="related"><h2>Associated records</h2><ul>' + related.map((x) => '<li>' + link(x) + '</li>').join('') + '</ul></div>' : ''),
      nav,
    };
  }
  const companies = DATA.records.filter((x) => x.typeId === '0-2');
  return { title: 'Companies | HubSpot', html: '<h1>Companies</h1><ul class="company-list">' + companies.map((c) => '<li>' + link(c) + '</li>').join('') + '</ul>', nav };
`;

export function hubspotPage(portalId: string, records: readonly HubSpotRecordPage[]): string {
  return spaShell({ title: 'HubSpot', brand: 'Sample HubSpot', color: '#ff7a59', data: { portalId, records }, routes: ROUTES });
}
