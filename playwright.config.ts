import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './e2e/support/chromium';

// Chromium comes from Playwright's own download where present, else Debian's /usr/bin/chromium
// (or CHROMIUM_PATH). These flags keep Chromium from phoning home: the e2e suite fails on any
// request that leaves the app's own 127.0.0.1 origin, and Chromium's own background traffic
// would otherwise be refused by this machine's closed network.
const executablePath = chromiumExecutable();

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
