import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the BUILT extension in real Chromium and Firefox.
 *   npx vitest run --config vitest.e2e.config.ts
 * globalSetup builds .output/chrome-mv3 and .output/firefox-mv* once per run.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // 2 cores: one browser at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A flaky browser test is a bug to fix, not to hide.
    retry: 0,
  },
});
