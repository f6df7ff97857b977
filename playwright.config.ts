import { defineConfig } from '@playwright/test';

// Extension tests each start their own Chromium; two cores run them best one at a time.
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list'], ['./e2e/support/summary-reporter.ts']],
  outputDir: 'test-results',
});
