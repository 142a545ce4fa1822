import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { startConnectProxy } from './connect-proxy.ts';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = path.resolve(import.meta.dirname, '../../.output/firefox-mv3');

export interface FirefoxWithExtension {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Debian's Firefox ESR over WebDriver BiDi, a fresh temporary profile, the built MV3 extension
 * installed as a temporary add-on, and every host name sent to the sample CRM's port.
 */
export async function launchFirefox(options: { crmPort: number }): Promise<FirefoxWithExtension> {
  const proxy = await startConnectProxy(options.crmPort);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // The sample CRM's certificate is self-signed.
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.no_proxies_on': '',
    },
  });
  try {
    const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return {
      browser,
      extensionId,
      close: async () => {
        await browser.close();
        await proxy.close();
      },
    };
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
}

/**
 * The panel's frame. Firefox hides extension frames from BiDi (bug 1755014: no URL, no load
 * events), so the frame is reached through its iframe element, never by URL.
 */
export async function panelFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe#success-lens-panel', { timeout: 15_000 });
  const frame = await element!.contentFrame();
  if (!frame) throw new Error('The panel iframe has no frame');
  return frame;
}

/** Text of the element with this test id now ('' when it is not there yet). */
export function textOf(frame: Frame, testId: string): Promise<string> {
  return frame.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '', testId);
}
