import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the real UI. The `chromium` project drives Debian's Chromium through the loopback host; the
 * `electron` project drives the Electron shell where a binary exists and reports itself skipped where it does not.
 * Never `npx playwright install`: the browser is the system's.
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  // No retries, anywhere: a step that fails once is a bug in the app or the test, to be found, not hidden. (.ci/run sets
  // no CI variable, so the former `CI ? 1 : 0` never applied there.) The modal that stayed open once in three runs was
  // antd's close animation losing its end event; animations are now off (renderer/main.tsx).
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1360, height: 900 },
    acceptDownloads: true,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /\.electron\.spec\.ts$/ },
    { name: 'electron', testMatch: /\.electron\.spec\.ts$/ },
  ],
});
