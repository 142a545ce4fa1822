import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './cert.ts';
import {
  GLOBEX_API_HOST,
  GLOBEX_PAGE_HOST,
  HUBSPOT_API_HOST,
  HUBSPOT_APP_HOST,
  HUBSPOT_EU_APP_HOST,
  HUBSPOT_PORTAL_ID,
  SALESFORCE_API_HOST,
  SALESFORCE_PAGE_HOST,
  SAMPLE_HOSTS,
  hostResolverRules,
} from './hosts.ts';
import { hubspotPage } from './hubspot-pages.ts';
import { lightningPage, loginPage } from './lightning-pages.ts';
import { sampleRecords, type SampleRecords } from './sample-records.ts';
import { buildSampleBook, type SampleBook } from './book.ts';
import { createSalesforceApi, type SalesforceApi } from './salesforce-api.ts';
import { createHubSpotApi, HUBSPOT_TOKENS, samplePortals, type HubSpotApi } from './hubspot-api.ts';
import { buildStandardOrgBook } from './standard-org.ts';
import { createSalesforceOAuth, type SalesforceOAuth } from './salesforce-oauth.ts';

/** The private-app token the sample US HubSpot portal accepts (pasted in the options page). */
export const SAMPLE_HUBSPOT_TOKEN = HUBSPOT_TOKENS.us;

export interface SampleCrm {
  port: number;
  /** For Chromium's --host-resolver-rules: the real CRM host names → this server. */
  hostResolverRules: string;
  book: SampleBook;
  records: SampleRecords;
  salesforce: SalesforceApi;
  /** Acme's OAuth endpoints (its External Client App: SAMPLE_CONSUMER_KEY). */
  salesforceOAuth: SalesforceOAuth;
  /** The second org, Globex: standard objects only, on its own hosts, with its own login. */
  globex: { book: SampleBook; api: SalesforceApi; urls: { login: string; home: string; record(type: string, id: string): string } };
  hubspot: HubSpotApi;
  urls: {
    salesforceLogin: string;
    salesforceHome: string;
    salesforceAccountList: string;
    salesforceRecord(type: string, id: string): string;
    hubspotCompanyList: string;
    hubspotCompany(id: string): string;
    /** Any record page of a sample portal (its app host: app.hubspot.com or app-eu1). */
    hubspotRecord(portalId: string, typeId: string, id: string): string;
  };
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * HTTPS servers on 127.0.0.1 that behave as Salesforce and HubSpot do for the extension: pages
 * that navigate in-app, a login that sets the `sid` cookie on the My Domain, and the REST APIs.
 * One port serves every host name; the Host header decides.
 */
export async function startSampleCrm(options: { today?: Date; port?: number } = {}): Promise<SampleCrm> {
  const book = buildSampleBook(options.today ?? new Date());
  const records = sampleRecords(book);
  const salesforce = createSalesforceApi(book);
  const globexBook = buildStandardOrgBook(book.today);
  const globexApi = createSalesforceApi(globexBook);
  // Both orgs: the My Domain host serves the API and the login, the Lightning host the pages.
  const salesforceOAuth = createSalesforceOAuth(salesforce, { apiHost: SALESFORCE_API_HOST, orgId: book.orgId, userId: book.users[0]!.Id });
  const orgs = [
    { apiHost: SALESFORCE_API_HOST, pageHost: SALESFORCE_PAGE_HOST, api: salesforce, oauth: salesforceOAuth, name: 'Acme' },
    { apiHost: GLOBEX_API_HOST, pageHost: GLOBEX_PAGE_HOST, api: globexApi, oauth: null, name: 'Globex' },
  ];
  const lightningHtml = lightningPage(records.salesforce);
  const portals = samplePortals(
    book,
    records.hubspot.map((c) => c.id),
  );
  const hubspot = createHubSpotApi(portals);
  const hubspotHtml = new Map(portals.map((p) => [p.appHost, { portalId: p.portalId, html: hubspotPage(p.portalId, p.pages) }]));

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    const body = await readBody(req);

    const org = orgs.find((o) => o.apiHost === host);
    if (org) {
      const request = { method: req.method ?? 'GET', url, headers: req.headers as Record<string, string | undefined>, body };
      const answer = org.oauth?.handle(request) ?? (await org.api.handle(request));
      if (answer) {
        res.writeHead(answer.status, { 'content-type': 'application/json;charset=UTF-8', ...answer.headers });
        res.end(answer.body);
        return;
      }
      if (url.pathname === '/login' && req.method === 'POST') {
        const sid = org.api.issueSession();
        // The real login sets sid on the My Domain; the extension's background reads it there.
        send(res, 302, '', {
          'set-cookie': `sid=${sid}; Path=/; Secure; HttpOnly; SameSite=None`,
          location: `https://${org.pageHost}/lightning/page/home`,
        });
        return;
      }
      if (url.pathname === '/' || url.pathname === '/login') return send(res, 200, loginPage(org.name));
      return send(res, 404, 'Not found');
    }
    if (orgs.some((o) => o.pageHost === host)) {
      if (url.pathname.startsWith('/lightning/') || url.pathname === '/one/one.app') return send(res, 200, lightningHtml);
      if (url.pathname === '/') return send(res, 302, '', { location: '/lightning/page/home' });
      return send(res, 404, 'Not found');
    }
    if (host === HUBSPOT_API_HOST) {
      const answer = await hubspot.handle({
        method: req.method ?? 'GET',
        url,
        headers: req.headers as Record<string, string | undefined>,
        body,
      });
      if (answer) {
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
        return;
      }
      return send(res, 404, 'Not found');
    }
    if (host === HUBSPOT_APP_HOST || host === HUBSPOT_EU_APP_HOST) {
      const app = hubspotHtml.get(host)!;
      if (url.pathname.startsWith(`/contacts/${app.portalId}/`)) return send(res, 200, app.html);
      return send(res, 404, 'Not found');
    }
    send(res, 421, 'Misdirected request');
  };

  const server = createServer(makeCertificate(SAMPLE_HOSTS), (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[sample-crm]', error);
      if (!res.headersSent) send(res, 500, 'Sample CRM error');
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    hostResolverRules: hostResolverRules(port),
    book,
    records,
    salesforce,
    salesforceOAuth,
    globex: {
      book: globexBook,
      api: globexApi,
      urls: {
        login: `https://${GLOBEX_API_HOST}/`,
        home: `https://${GLOBEX_PAGE_HOST}/lightning/page/home`,
        record: (type, id) => `https://${GLOBEX_PAGE_HOST}/lightning/r/${type}/${id}/view`,
      },
    },
    hubspot,
    urls: {
      salesforceLogin: `https://${SALESFORCE_API_HOST}/`,
      salesforceHome: `https://${SALESFORCE_PAGE_HOST}/lightning/page/home`,
      salesforceAccountList: `https://${SALESFORCE_PAGE_HOST}/lightning/o/Account/list?filterName=Recent`,
      salesforceRecord: (type, id) => `https://${SALESFORCE_PAGE_HOST}/lightning/r/${type}/${id}/view`,
      hubspotCompanyList: `https://${HUBSPOT_APP_HOST}/contacts/${HUBSPOT_PORTAL_ID}/objects/0-2/views/all/list`,
      hubspotCompany: (id) => `https://${HUBSPOT_APP_HOST}/contacts/${HUBSPOT_PORTAL_ID}/record/0-2/${id}`,
      hubspotRecord: (portalId, typeId, id) =>
        `https://${portals.find((p) => p.portalId === portalId)?.appHost ?? HUBSPOT_APP_HOST}/contacts/${portalId}/record/${typeId}/${id}`,
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
