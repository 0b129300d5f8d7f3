import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, type Page } from '@playwright/test';
import { collectPageErrors, e2eDatabaseUrl } from './support.ts';

type TestAccount = { email: string; name: string; password: string };

/** The back office's account in the browser tests. */
export const TEST_VA: TestAccount = { email: 'sanne@sannejansen.nl', name: 'Sanne Jansen', password: 'lang-genoeg-e2e-wachtwoord' };

/**
 * A second account for the throttling test: five wrong passwords lock an account for 15 minutes,
 * and the spec files after it still need to sign in as TEST_VA.
 */
export const THROTTLED_VA: TestAccount = { email: 'vergeetachtig@example.nl', name: 'Vera Vergeet', password: 'ook-lang-genoeg-e2e-wachtwoord' };

/**
 * Creates (or resets) the VA account the way an installer does, with `npm run va:create`,
 * against the database of the server Playwright started.
 */
export async function createTestVa(account: TestAccount = TEST_VA): Promise<void> {
  await promisify(execFile)('npm', ['run', '--silent', 'va:create', '--', '--email', account.email, '--name', account.name], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), VA_PASSWORD: account.password },
    timeout: 60_000,
  });
}

/** Fills in the sign-in form on the page and sends it (as `account`, TEST_VA by default). */
export async function signIn(page: Page, account: Pick<TestAccount, 'email' | 'password'> = TEST_VA): Promise<void> {
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(account.email);
  await page.getByLabel('Wachtwoord').fill(account.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Opens the back office, signs in as TEST_VA and waits for the inbox. */
export async function signInToInbox(page: Page): Promise<void> {
  await page.goto('/admin');
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
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
