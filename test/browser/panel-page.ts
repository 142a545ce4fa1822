import type { FrameLocator, Locator, Page } from 'playwright-core';

/** The Success Lens panel as a user sees it inside a CRM page. */
export class PanelOnPage {
  readonly page: Page;
  readonly frameElement: Locator;
  readonly frame: FrameLocator;

  constructor(page: Page) {
    this.page = page;
    this.frameElement = page.locator('iframe#success-lens-panel');
    this.frame = page.frameLocator('iframe#success-lens-panel');
  }

  get landmark(): Locator {
    return this.frame.getByRole('main', { name: 'Success Lens' });
  }

  get accountName(): Locator {
    return this.frame.getByTestId('account-name');
  }

  section(name: string): Locator {
    return this.frame.getByRole('region', { name });
  }

  byTestId(id: string): Locator {
    return this.frame.getByTestId(id);
  }

  /** Clicks an in-app link of the CRM (pushState, no page load). */
  async clickCrmLink(name: string | RegExp): Promise<void> {
    await this.page
      .locator('#app')
      .getByRole('link', { name, exact: typeof name === 'string' })
      .first()
      .click();
  }

  /** Moves the CRM to another URL in-app (history.pushState and a re-render, as Lightning does). */
  async navigateInApp(url: string): Promise<void> {
    await this.page.evaluate((href) => {
      history.pushState({}, '', href);
      dispatchEvent(new PopStateEvent('popstate'));
    }, url);
  }

  async frameCount(): Promise<number> {
    return this.page.locator('iframe#success-lens-panel').count();
  }
}
