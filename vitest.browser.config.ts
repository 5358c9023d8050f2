import { defineConfig } from 'vitest/config';

// End-to-end tests in a real Chromium (Debian's /usr/bin/chromium through playwright-core) against a real server.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/support/build-web.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One browser at a time: the machine is small and the tests share nothing worth racing for.
    fileParallelism: false,
  },
});
