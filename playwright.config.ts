import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests against the real built app and server (`npm run build` first: the server runs as
 * in production, `node dist/server/index.js`) on a fresh SQLite file.
 * Debian's chromium: `npx playwright install` cannot download a browser on these machines.
 */
const port = Number(process.env.E2E_PORT ?? 4391);
// The runner and each worker load this file: the runner makes the folder, the workers inherit
// it through the environment (tests/e2e/admin.spec.ts creates the VA account in that database).
process.env.DELEGATIESCAN_E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'delegatiescan-e2e-'));
const dataDir = process.env.DELEGATIESCAN_E2E_DATA_DIR;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    locale: 'nl-NL',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'node dist/server/index.js',
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      VA_NAME: 'Sanne Jansen',
      VA_EMAIL: 'sanne@sannejansen.nl',
      VA_BOOKING_URL: 'https://example.nl/kennismaken',
      CLIENT_DIST: process.env.E2E_CLIENT_DIST ?? 'dist/client',
      // One browser submits every scan from one address.
      SUBMIT_LIMIT_PER_HOUR: '500',
      // The tests fill a scan in seconds, faster than a person can; the check has API tests.
      SCAN_MIN_FILL_SECONDS: '0',
    },
  },
});
