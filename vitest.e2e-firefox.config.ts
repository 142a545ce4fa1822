import { defineConfig } from 'vitest/config';

// End-to-end in Debian's Firefox ESR over WebDriver BiDi (puppeteer-core): the built
// .output/firefox-mv3 over the sample CRM. Separate from the Chromium suite (another driver).
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
