import { expect, test, type Browser } from '@playwright/test';
import { SESSION_401, collectBackOfficeErrors, createTestVa, signIn } from './admin-support.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support.ts';

/**
 * "Account en beveiliging" in a real browser: she sees where she is signed in, signs out another
 * browser, and changes her password, which signs out the rest and keeps this browser. Its own
 * account, so the other specs' TEST_VA keeps its password.
 */
const ACCOUNT_VA = { email: 'wissel@example.nl', name: 'Wim Wissel', password: 'oud-maar-lang-e2e-wachtwoord' };
const NEW_PASSWORD = 'zeven zoute zeehonden zingen';
const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';

test.beforeAll(async () => {
  await createTestVa(ACCOUNT_VA);
});

/** Another browser (its own cookies), signed in as ACCOUNT_VA. */
async function otherBrowser(browser: Browser, userAgent?: string) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await page.goto('/admin/login');
  await signIn(page, ACCOUNT_VA);
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  return { context, page };
}

test('she signs out another browser and changes her password; the rest is signed out, this browser stays', async ({ page, browser, context }) => {
  // The refused common password is a 422 the page expects.
  const errors = collectBackOfficeErrors(page, [SESSION_401, { url: /\/api\/auth\/password$/, status: 422 }]);
  const laptop = await otherBrowser(browser, FIREFOX_LINUX);

  await page.goto('/admin/login');
  await signIn(page, ACCOUNT_VA);
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();

  // Over http://127.0.0.1 in production mode Chromium keeps the Secure __Host- cookie.
  const cookies = await context.cookies();
  expect(cookies.map((cookie) => cookie.name)).toContain('__Host-ds_session');
  expect(cookies.find((cookie) => cookie.name === '__Host-ds_session')).toMatchObject({ secure: true, httpOnly: true, path: '/', sameSite: 'Lax' });

  // From the account menu to the page.
  await page.getByRole('button', { name: /Wim Wissel/ }).click();
  await page.getByRole('link', { name: 'Account en beveiliging' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Account en beveiliging' })).toBeFocused();
  const sessions = page.getByRole('region', { name: 'Waar je bent ingelogd' });
  await expect(sessions.getByRole('listitem')).toHaveCount(2);
  await expect(sessions.getByRole('listitem').filter({ hasText: 'Deze browser' })).toHaveCount(1);
  await expectNoAxeViolations(page, 'account page');

  // She signs out the laptop; there, the next step asks to sign in again.
  await sessions.getByRole('button', { name: 'Uitloggen op Firefox op Linux' }).click();
  // First her password again (ASVS 3.3.4).
  const confirm = page.getByRole('dialog', { name: 'Bevestig dat jij het bent' });
  await expect(confirm.getByLabel('Je wachtwoord')).toBeFocused();
  await confirm.getByLabel('Je wachtwoord').fill(ACCOUNT_VA.password);
  await confirm.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(confirm).toBeHidden();
  await expect(sessions.getByText('Uitgelogd op Firefox op Linux.')).toBeVisible();
  await expect(sessions.getByRole('listitem')).toHaveCount(1);
  await laptop.page.reload();
  await expect(laptop.page).toHaveURL(/\/admin\/login/);
  await laptop.context.close();

  // Another browser signs in; then she changes her password here.
  const phone = await otherBrowser(browser);
  await page.reload();
  await expect(sessions.getByRole('listitem')).toHaveCount(2);

  const form = page.getByRole('region', { name: 'Wachtwoord wijzigen' });
  await form.getByLabel('Huidig wachtwoord').fill(ACCOUNT_VA.password);
  await form.getByLabel('Nieuw wachtwoord').fill('welkom12345678');
  await form.getByLabel('Herhaal je nieuwe wachtwoord').fill('welkom12345678');
  await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  // A common password: refused, with the reason on the field, and focus there.
  const newPassword = form.getByLabel('Nieuw wachtwoord');
  await expect(newPassword).toBeFocused();
  await expect(newPassword).toHaveAccessibleDescription(/Dit wachtwoord is te makkelijk te raden/);
  await expectNoAxeViolations(page, 'account page with a refused password');

  await newPassword.fill(NEW_PASSWORD);
  await form.getByLabel('Herhaal je nieuwe wachtwoord').fill(NEW_PASSWORD);
  await form.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await expect(form.getByRole('status')).toHaveText('Je wachtwoord is gewijzigd. Je bent op 1 andere plek uitgelogd.');
  await expect(sessions.getByRole('listitem')).toHaveCount(1);

  // The phone is signed out; this browser is not; the new password signs in.
  await phone.page.reload();
  await expect(phone.page).toHaveURL(/\/admin\/login/);
  await signIn(phone.page, { email: ACCOUNT_VA.email, password: NEW_PASSWORD });
  await expect(phone.page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  await phone.context.close();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Account en beveiliging' })).toBeVisible();

  // On a phone-sized screen the page fits without sideways scrolling.
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoHorizontalScroll(page, 'account page at 360 px');
  await expectNoAxeViolations(page, 'account page at 360 px');

  expect(errors()).toEqual([]);
});
