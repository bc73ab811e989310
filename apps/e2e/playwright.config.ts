import { defineConfig, devices } from '@playwright/test';

// The system's Chromium (installed by `npm test`); Playwright's own browser download is not reachable here.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './stories',
  globalSetup: './support/global-setup.ts',
  // The stories share one portal and its database; run them one after another so each reads like a day's work.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Limits that catch a hang, not a slow machine: CI runs the stories beside every other suite on two cores, where
  // a long story (test.slow(): three times this) took 3.2 min against 3.0 and a screen's answer 11 s.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  outputDir: './test-results',
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: { executablePath },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
