import type { Page } from 'playwright-core';

/**
 * Watches the panel itself for the frame in which `name` is painted as the account name (wall
 * clock, comparable with the sample CRM's request arrival times in this same process). Call
 * before navigating; the returned function gives the paint time, or null if it never came.
 */
export async function watchPaint(page: Page, name: string): Promise<() => Promise<number | null>> {
  const frame = page.frames().find((f) => f.url().includes('/panel.html'))!;
  await frame.evaluate((expected) => {
    const w = window as unknown as { paintedAt: number | null };
    w.paintedAt = null;
    const observer = new MutationObserver(() => {
      if (document.querySelector('[data-testid="account-name"]')?.textContent === expected) {
        observer.disconnect();
        requestAnimationFrame(() => (w.paintedAt = Date.now()));
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, name);
  return () => frame.evaluate(() => (window as unknown as { paintedAt: number | null }).paintedAt);
}
