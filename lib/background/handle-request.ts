import { browser } from 'wxt/browser';
import { findSession } from '../crm/salesforce/session';
import type { Request } from '../messages/messages';

/** What the background does for each request from an extension page. */
export async function handleRequest(request: Request, context: { cookieStoreId?: string }): Promise<unknown> {
  switch (request.type) {
    case 'salesforce-session':
      // Cookies are read in the background: only it has the `cookies` permission's API, and the
      // sid never touches the CRM page. The tab's cookie store keeps Firefox containers apart.
      return findSession(async (url, name) => {
        const cookie = await browser.cookies.get({ url, name, ...(context.cookieStoreId ? { storeId: context.cookieStoreId } : {}) });
        return cookie?.value ?? null;
      }, request.pageHost);
    case 'open-options':
      await browser.runtime.openOptionsPage();
      return { ok: true };
  }
}
