import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { collectBackOfficeErrors, createTestVa, signIn } from './admin-support.ts';
import { expectNoAxeViolations, submitScanThroughApi } from './support.ts';

/**
 * Two-step sign-in as the VA sets it up on her phone-sized screen (360 px), then signs in with a
 * code and exports the inbox after confirming it is her (docs/decisions/0025). Its own account,
 * so the other specs keep signing in with a password only.
 */
const VA = { email: 'tessa@twee-stappen.nl', name: 'Tessa Twee', password: 'een-lang-genoeg-wachtwoord-voor-2fa' };
const STEP_MS = 30_000;

test.use({ viewport: { width: 360, height: 800 } });

test.beforeAll(async () => {
  await createTestVa(VA);
});

/**
 * The next code as her authenticator app would show it: each 30-second step is accepted once,
 * so after a code of this step the next one is the next step's (valid a step early), and a third
 * waits for the clock.
 */
function codes(secret: string) {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  let lastStep = -1;
  return async (page: Page): Promise<string> => {
    for (;;) {
      const current = Math.floor(Date.now() / STEP_MS);
      const step = Math.max(lastStep + 1, current);
      if (step <= current + 1) {
        lastStep = step;
        return totp.generate({ timestamp: step * STEP_MS });
      }
      await page.waitForTimeout((current + 1) * STEP_MS - Date.now() + 200);
    }
  };
}

test('the VA turns on two-step sign-in, signs in with a code and exports after confirming it is her', async ({ page, request }) => {
  test.setTimeout(120_000);
  const errors = collectBackOfficeErrors(page);
  await submitScanThroughApi(request, { name: 'Joris Jansen', email: 'joris@example.nl', company: 'Joris Bouw' });

  await page.goto('/admin');
  await signIn(page, VA);
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();

  // Her account, from the account menu.
  await page.getByRole('button', { name: /Tessa Twee/ }).click();
  await page.getByRole('link', { name: 'Account en beveiliging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Account en beveiliging' })).toBeVisible();
  const section = page.getByRole('region', { name: 'Inloggen in twee stappen' });
  await expect(section).toContainText('Inloggen in twee stappen staat uit.');
  await expectNoAxeViolations(page, 'account page');

  // Set-up: the QR code, and the key as text for typing it in.
  await section.getByRole('button', { name: 'Inloggen in twee stappen aanzetten' }).click();
  await expect(section.getByRole('img', { name: 'QR-code om in je authenticator-app te scannen' })).toBeVisible();
  const secret = (await section.locator('code').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectNoAxeViolations(page, 'two-step set-up');
  const nextCode = codes(secret);
  await section.getByRole('textbox', { name: 'Code uit je app' }).fill(await nextCode(page));
  await section.getByRole('button', { name: 'Aanzetten' }).click();

  // Ten recovery codes, shown once.
  await expect(section.getByRole('heading', { name: 'Bewaar je herstelcodes' })).toBeFocused();
  await expect(section.getByRole('list', { name: 'Bewaar je herstelcodes' }).getByRole('listitem')).toHaveCount(10);
  await expectNoAxeViolations(page, 'recovery codes');
  await section.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
  await expect(section).toContainText('Inloggen in twee stappen staat aan.');
  await expect(section).toContainText('Je hebt nog 10 ongebruikte herstelcodes.');

  // Signed out and in again: the password alone is not enough.
  await page.getByRole('button', { name: /Tessa Twee/ }).click();
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await signIn(page, VA);
  await expect(page.getByRole('heading', { level: 1, name: 'Nog één stap' })).toBeVisible();
  const code = page.getByRole('textbox', { name: 'Code uit je authenticator-app' });
  await expect(code).toBeFocused();
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
  await expectNoAxeViolations(page, 'second sign-in step');
  await code.fill(await nextCode(page));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();

  // The export asks for her password and a code first, then downloads.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Exporteer CSV' }).click();
  const confirm = page.getByRole('dialog', { name: 'Bevestig dat jij het bent' });
  await expect(confirm.getByLabel('Je wachtwoord')).toBeFocused();
  await expectNoAxeViolations(page, 'confirm-it-is-you dialog');
  await confirm.getByLabel('Je wachtwoord').fill(VA.password);
  await confirm.getByRole('textbox', { name: 'Code uit je app' }).fill(await nextCode(page));
  await confirm.getByRole('button', { name: 'Bevestigen' }).click();
  const download = await downloading;
  await expect(confirm).toBeHidden();
  expect((await readFile(await download.path())).toString('utf8')).toContain('Joris Jansen');

  expect(errors()).toEqual([]);
});
