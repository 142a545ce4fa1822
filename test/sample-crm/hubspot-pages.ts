import { spaShell } from './spa-shell.ts';

export interface HubSpotCompanyPage {
  id: string;
  name: string;
  domain: string;
}

const ROUTES = `
  const p = location.pathname;
  const base = '/contacts/' + DATA.portalId;
  const nav = '<a data-spa href="' + base + '/objects/0-2/views/all/list">Companies</a>';
  const link = (c) => '<a data-spa href="' + base + '/record/0-2/' + c.id + '">' + esc(c.name) + '</a>';
  const m = p.match(/^\\/contacts\\/\\d+\\/(?:record\\/0-2|company)\\/(\\d+)/);
  if (m) {
    const c = DATA.companies.find((x) => x.id === m[1]);
    if (!c) return { title: 'Not found | HubSpot', html: '<p>Company not found.</p>', nav };
    return { title: c.name + ' | HubSpot', html: '<div class="record-header"><p>Company</p><h1>' + esc(c.name) + '</h1><p>' + esc(c.domain) + '</p></div>', nav };
  }
  return { title: 'Companies | HubSpot', html: '<h1>Companies</h1><ul class="company-list">' + DATA.companies.map((c) => '<li>' + link(c) + '</li>').join('') + '</ul>', nav };
`;

export function hubspotPage(portalId: string, companies: readonly HubSpotCompanyPage[]): string {
  return spaShell({ title: 'HubSpot', brand: 'Sample HubSpot', color: '#ff7a59', data: { portalId, companies }, routes: ROUTES });
}
