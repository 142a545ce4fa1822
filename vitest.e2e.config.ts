import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in Debian's Chromium over the sample CRM. One file at a time
// (two cores), generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A busy machine (two cores, a browser and the sample CRM) may take seconds to paint: poll
    // long enough that only a real failure fails.
    expect: { poll: { timeout: 10_000 } },
  },
});
