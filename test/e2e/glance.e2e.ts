import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { seriousViolations } from '../browser/axe.ts';
import { startCrmBrowser, type CrmBrowser } from '../browser/crm-browser.ts';

let env: CrmBrowser;

beforeAll(async () => {
  env = await startCrmBrowser();
});

afterAll(() => env?.close());

beforeEach(() => env.crm.salesforce.setFaults({}));

// The CPU is shared with other work: give each wait room.
const SLOW = { timeout: 10_000 };

const setStorage = (values: Record<string, unknown>) =>
  env.browser.serviceWorker.evaluate(
    (v) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set(v),
    values,
  );

async function openAccount(id: string): Promise<Frame> {
  const { page, crm, panel } = env;
  await page.goto(crm.urls.salesforceRecord('Account', id));
  await panel.landmark.waitFor({ timeout: 15_000 });
  const frame = await (await panel.frameElement.elementHandle())!.contentFrame();
  return frame!;
}

/** The element focused inside the panel frame, by its accessible text. */
const focused = (frame: Frame) =>
  frame.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return a && a !== document.body ? `${a.tagName}:${(a.getAttribute('aria-label') ?? a.innerText ?? '').trim()}` : null;
  });

describe('the panel at a glance', () => {
  it('reads at 13 px, says what to do first, and starts below the pinned CRM header', async () => {
    const { crm, panel } = env;
    await openAccount(crm.book.roles.atRisk);
    const summary = panel.byTestId('summary');
    await expect.poll(() => summary.getByTestId('next-step').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    const steps = await summary.getByTestId('next-step').allInnerTexts();
    expect(steps.some((s) => s.startsWith('Name a new champion: Sam Park left'))).toBe(true);
    expect(steps.some((s) => s.startsWith('Collect the invoice overdue 45 days'))).toBe(true);
    expect(await summary.getByTestId('summary-renewal').innerText()).toBe('20 days to renewal');
    expect(
      await summary
        .getByTestId('next-step')
        .first()
        .evaluate((el) => getComputedStyle(el).fontSize),
    ).toBe('13px');
    expect((await panel.frameElement.boundingBox())!.y).toBe(48);
    // The CRM's Setup button in its pinned header stays clickable beside the panel.
    await env.page.locator('#global-action').click();
    expect(await env.page.evaluate(() => document.body.dataset.setupClicks)).toBe('1');
  });

  it('marks a score on little data as low confidence and says which absences count', async () => {
    const { crm, panel } = env;
    await openAccount(crm.book.roles.noData);
    await expect.poll(() => panel.byTestId('summary').innerText(), { timeout: 15_000 }).toMatch(/Not enough data|Low confidence/);
    await panel.frame.getByText(/^Why/).click();
    expect(await panel.byTestId('absence-support').innerText()).toContain('left out of the score');
  });

  it('remembers the width the CSM drags it to, and collapses to a rail with score, band and days', async () => {
    const { crm, panel, page } = env;
    const frame = await openAccount(crm.book.roles.atRisk);
    await expect.poll(() => panel.byTestId('health-score').count(), { timeout: 15_000 }).toBe(1);
    const handle = panel.frame.getByRole('separator', { name: /Panel width/ });
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await panel.frameElement.boundingBox())?.width, SLOW).toBeCloseTo(421, -1);
    await page.reload();
    await panel.landmark.waitFor();
    await expect.poll(async () => (await panel.frameElement.boundingBox())?.width, SLOW).toBeCloseTo(421, -1);
    await setStorage({ 'ui.panelWidth': 380, 'ui.panelCollapsed': true });
    await expect.poll(() => panel.byTestId('rail').isVisible(), SLOW).toBe(true);
    await expect.poll(() => panel.byTestId('rail-score').innerText(), { timeout: 15_000 }).toBe('11');
    expect(await panel.byTestId('rail-days').innerText()).toBe('20d');
    expect(await panel.byTestId('rail').innerText()).toContain('▼');
    await setStorage({ 'ui.panelCollapsed': false });
    void frame;
  });

  it('names the record from the tab title and keeps notes when the CRM cannot be read', async () => {
    const { crm, panel } = env;
    crm.salesforce.setFaults({ mode: 'server-error' });
    const account = crm.records.salesforce.filter((r) => r.type === 'Account')[20]!;
    await openAccount(account.id);
    await expect
      .poll(() => panel.frame.getByRole('alert').first().textContent(), { timeout: 15_000 })
      .toContain('The CRM had a problem answering.');
    await expect.poll(() => panel.accountName.textContent(), SLOW).toBe(account.name);
    const notes = panel.section('Notes');
    await notes.getByRole('button', { name: 'New note' }).click();
    await notes.getByRole('textbox', { name: 'Note', exact: true }).fill('Called while the CRM was down');
    await notes.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => notes.getByRole('list', { name: 'Notes' }).innerText(), SLOW).toContain('Called while the CRM was down');
  });
});

describe('keyboard only', () => {
  it('reaches the panel by the focus command, writes a note, overrides and collapses, focus kept at each step', async () => {
    const { crm, page, panel, browser } = env;
    const frame = await openAccount(crm.book.roles.healthy);
    await expect.poll(() => panel.byTestId('health-score').count(), { timeout: 15_000 }).toBe(1);
    // Chromium does not fire extension commands from synthetic keys: run what the command runs.
    await browser.serviceWorker.evaluate(async () => {
      const chrome = (
        globalThis as unknown as {
          chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<unknown> } };
        }
      ).chrome;
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      await chrome.tabs.sendMessage(tab!.id, { type: 'focus-panel' }).catch(() => undefined);
    });
    await expect.poll(() => focused(frame), SLOW).toBe('H1:Northwind Analytics');

    // N with a Korean input method: the key is 'ㅜ', the physical key is still KeyN.
    await frame.evaluate(() =>
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ㅜ', code: 'KeyN', bubbles: true })),
    );
    await expect.poll(() => focused(frame), SLOW).toBe('TEXTAREA:');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(frame), SLOW).toBe('BUTTON:New note');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(frame), SLOW).toBe('TEXTAREA:');
    await page.keyboard.type('QBR booked for next week');
    for (let i = 0; i < 10 && (await focused(frame)) !== 'BUTTON:Save note'; i++) await page.keyboard.press('Tab');
    expect(await focused(frame)).toBe('BUTTON:Save note');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(frame), SLOW).toBe('BUTTON:New note');
    await expect
      .poll(() => panel.section('Notes').getByRole('list', { name: 'Notes' }).innerText(), SLOW)
      .toContain('QBR booked for next week');

    await panel.frame.getByRole('button', { name: 'Override the score' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(frame), SLOW).toBe('INPUT:');
    await page.keyboard.type('35');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sponsor unhappy after outage');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(frame), SLOW).toBe('BUTTON:Change the override');
    await expect.poll(() => panel.byTestId('health-score').innerText(), SLOW).toBe('35');

    await panel.frame.getByRole('button', { name: 'Collapse panel' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await panel.frameElement.boundingBox())?.width, SLOW).toBeLessThan(60);
    await expect.poll(() => focused(frame), SLOW).toMatch(/^BUTTON:Open Success Lens/);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(frame), SLOW).toBe('BUTTON:Collapse panel');
    await panel.frame.getByRole('button', { name: 'Remove the override' }).click();
  });
});

describe('axe-core: no critical or serious violation', () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`in every panel state and page (${locale})`, async () => {
      const { crm, panel, browser } = env;
      await setStorage({ 'ui.locale': locale, 'ui.panelCollapsed': false });
      const states: Array<[string, () => Promise<Frame>]> = [
        ['healthy', () => openAccount(crm.book.roles.healthy)],
        ['at risk', () => openAccount(crm.book.roles.atRisk)],
        ['little data', () => openAccount(crm.book.roles.noData)],
        [
          'error',
          async () => {
            crm.salesforce.setFaults({ mode: 'server-error' });
            const account = crm.records.salesforce.filter((r) => r.type === 'Account')[locale === 'en' ? 21 : 22]!;
            const frame = await openAccount(account.id);
            await panel.frame.getByRole('alert').first().waitFor({ timeout: 15_000 });
            return frame;
          },
        ],
        [
          'collapsed',
          async () => {
            crm.salesforce.setFaults({});
            await setStorage({ 'ui.panelCollapsed': true });
            const frame = await openAccount(crm.book.roles.atRisk);
            await panel.byTestId('rail').waitFor();
            return frame;
          },
        ],
      ];
      const found: Record<string, unknown> = {};
      for (const [name, open] of states) {
        const frame = await open();
        if (name !== 'error' && name !== 'collapsed') await panel.byTestId('summary').waitFor({ timeout: 15_000 });
        const v = await seriousViolations(frame);
        if (v.length) found[`panel ${name}`] = v;
      }
      await setStorage({ 'ui.panelCollapsed': false });
      const page = await browser.context.newPage();
      for (const name of ['popup.html', 'options.html', 'voc.html']) {
        await page.goto(browser.extensionUrl(name));
        await page.getByRole('main').first().waitFor();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForTimeout(300);
        const v = await seriousViolations(page);
        if (v.length) found[name] = v;
      }
      await page.close();
      await setStorage({ 'ui.locale': 'en' });
      expect(found).toEqual({});
    });
  }
});
