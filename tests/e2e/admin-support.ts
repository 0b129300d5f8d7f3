import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { collectPageErrors } from './support.ts';

type TestAccount = { email: string; name: string; password: string };

/** The back office's account in the browser tests. */
export const TEST_VA: TestAccount = { email: 'sanne@example.nl', name: 'Sanne Jansen', password: 'lang-genoeg-e2e-wachtwoord' };

/**
 * A second account for the throttling test: five wrong passwords lock an account for 15 minutes,
 * and the spec files after it still need to sign in as TEST_VA.
 */
export const THROTTLED_VA: TestAccount = { email: 'vergeetachtig@example.nl', name: 'Vera Vergeet', password: 'ook-lang-genoeg-e2e-wachtwoord' };

/**
 * Creates (or resets) the VA account the way an installer does, with `npm run va:create`,
 * against the database of the server Playwright started (playwright.config.ts puts its folder
 * in DELEGATIESCAN_E2E_DATA_DIR).
 */
export async function createTestVa(account: TestAccount = TEST_VA): Promise<void> {
  const dataDir = process.env.DELEGATIESCAN_E2E_DATA_DIR;
  if (!dataDir) throw new Error('DELEGATIESCAN_E2E_DATA_DIR is not set: run the tests through playwright.config.ts');
  await promisify(execFile)('npm', ['run', '--silent', 'va:create', '--', '--email', account.email, '--name', account.name], {
    env: { ...process.env, DATABASE_URL: `file:${path.join(dataDir, 'e2e.db')}`, VA_PASSWORD: account.password },
    timeout: 60_000,
  });
}

/** An HTTP error answer the page asked for and expects (the browser logs it as a console error). */
export type ExpectedFailure = { url: RegExp; status: number };

/** GET /api/auth/session answers 401 while nobody is signed in: that is how the app finds out. */
export const SESSION_401: ExpectedFailure = { url: /\/api\/auth\/session$/, status: 401 };

/**
 * collectPageErrors (support.ts), less the browser's "Failed to load resource" lines for the
 * answers listed in `expected`. Call the returned function at the end of the test.
 */
export function collectBackOfficeErrors(page: Page, expected: ExpectedFailure[] = [SESSION_401]): () => string[] {
  const errors = collectPageErrors(page);
  const expectedLines: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const status = /Failed to load resource: .* status of (\d{3})/.exec(message.text())?.[1];
    const url = message.location().url;
    if (status && expected.some((failure) => failure.status === Number(status) && failure.url.test(url))) {
      expectedLines.push(`console.error: ${message.text()}`);
    }
  });
  return () => {
    const remaining = [...errors];
    for (const line of expectedLines) {
      const index = remaining.indexOf(line);
      if (index >= 0) remaining.splice(index, 1);
    }
    return remaining;
  };
}
