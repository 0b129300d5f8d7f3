import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { SESSION_401, TEST_VA, THROTTLED_VA, collectBackOfficeErrors, createTestVa, signIn } from './admin-support.ts';
import { expectNoAxeViolations, submitScanThroughApi } from './support.ts';

/** The back office as the VA uses it, in Dutch, on a laptop (the project's 1280 px viewport). */

test.beforeAll(async () => {
  await createTestVa();
  await createTestVa(THROTTLED_VA);
});

test('the VA signs in, works through a new intake, exports the list and signs out', async ({ page, request }) => {
  const errors = collectBackOfficeErrors(page);

  // A prospect has just sent their scan.
  await submitScanThroughApi(request, { name: 'Femke van Dijk', email: 'femke@example.nl', company: 'Femke Fotografie' });

  // The back office asks her to sign in first.
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/login$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in page');
  await signIn(page);

  // The inbox: she finds the new intake by searching; the address keeps the search.
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeFocused();
  await expect(page.getByRole('button', { name: /Sanne Jansen/ })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Zoek op naam, e-mail of bedrijf' }).fill('femke');
  await expect(page).toHaveURL(/\/admin\?q=femke$/);
  const row = page.getByRole('table', { name: 'Aanvragen' }).getByRole('row').filter({ hasText: 'Femke van Dijk' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Nieuw');
  await expect(row).toContainText('Ongelezen');
  await expect(row).toContainText('Femke Fotografie');
  await expect(page.getByRole('status').filter({ hasText: 'aanvraag' })).toHaveText('1 aanvraag');
  await expectNoAxeViolations(page, 'inbox');

  // She opens and reads it: the answers and the result as Femke sees it.
  await row.getByRole('link', { name: 'Femke van Dijk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Femke van Dijk' })).toBeFocused();
  const answers = page.getByRole('region', { name: 'Antwoorden' });
  await expect(answers.getByRole('link', { name: 'femke@example.nl' })).toHaveAttribute('href', 'mailto:femke@example.nl');
  await expect(answers).toContainText('Coach of trainer');
  await expect(answers).toContainText('Administratie stapelt zich op');
  await expect(answers.getByRole('region', { name: 'Taken' })).toContainText('Offertes uitwerken');
  await expect(answers).toContainText(/Akkoord gegeven op .* \(tekstversie 2026-11-privacy-v1\)/);
  const result = page.getByRole('region', { name: 'De uitslag zoals Femke die ziet' });
  await expect(result).toContainText('Hoi Femke, dit is je delegatiescan');
  await expect(result.getByRole('region', { name: 'Welke taken je kunt overdragen' })).toBeVisible();
  await expect(result.getByRole('button', { name: 'Wis mijn gegevens' })).toHaveCount(0);
  await expectNoAxeViolations(page, 'intake detail');

  // She moves it along the pipeline: the timeline records it.
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Contact gehad' });
  await page.getByRole('button', { name: 'Status opslaan' }).click();
  await expect(page.getByText('Opgeslagen: de status is nu ‘Contact gehad’.')).toBeVisible();
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline).toContainText('Status: Nieuw → Contact gehad (door Sanne Jansen)');

  // A note, with her name and the time.
  await page.getByRole('textbox', { name: 'Nieuwe notitie' }).fill('Dinsdag bellen; wil met de facturen beginnen.');
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(page.getByText('Notitie toegevoegd.')).toBeVisible();
  const note = page.getByRole('region', { name: 'Notities' }).getByRole('listitem');
  await expect(note).toContainText('Dinsdag bellen; wil met de facturen beginnen.');
  await expect(note).toContainText('Sanne Jansen');
  await expect(timeline).toContainText('Notitie toegevoegd door Sanne Jansen');
  await expect(page.getByRole('textbox', { name: 'Nieuwe notitie' })).toBeFocused();

  // Back in the inbox, with her search: the intake is read now, with its new status.
  await page.getByRole('link', { name: 'Terug naar de inbox' }).click();
  await expect(page).toHaveURL(/\/admin\?q=femke$/);
  await expect(row).toContainText('Contact gehad');
  await expect(row).not.toContainText('Ongelezen');

  // The CSV of this list: UTF-8 with a BOM (for Excel), with her in it.
  // Every scan at once: first her password again (decision 0025), then the download starts.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Exporteer CSV' }).click();
  const confirm = page.getByRole('dialog', { name: 'Bevestig dat jij het bent' });
  await confirm.getByLabel('Je wachtwoord').fill(TEST_VA.password);
  await confirm.getByRole('button', { name: 'Bevestigen' }).click();
  const download = await downloading;
  await expect(confirm).toBeHidden();
  expect(download.suggestedFilename()).toMatch(/^intakes-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain('Femke van Dijk');

  // Signing out closes the back office again.
  await page.getByRole('button', { name: /Sanne Jansen/ }).click();
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();
  await page.goto('/admin/intakes/anything');
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fintakes%2Fanything$/);

  expect(errors()).toEqual([]);
});

test('five wrong passwords, then signing in waits, and says until when', async ({ page }) => {
  const login: { url: RegExp; status: number }[] = [
    { url: /\/api\/auth\/login$/, status: 401 },
    { url: /\/api\/auth\/login$/, status: 429 },
  ];
  const errors = collectBackOfficeErrors(page, [SESSION_401, ...login]);
  await page.goto('/admin/login');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, { email: THROTTLED_VA.email, password: `raden-poging-${attempt}` });
    await expect(page.getByRole('alert')).toHaveText('Dit e-mailadres of wachtwoord klopt niet. Probeer het nog eens.');
    await expect(page.getByLabel('Wachtwoord')).toBeFocused();
  }
  // The sixth try is not even checked: even the right password has to wait now.
  await signIn(page, THROTTLED_VA);
  await expect(page.getByRole('alert')).toHaveText(
    /^Te vaak een verkeerd wachtwoord\. Voor de veiligheid kun je pas om \d{1,2}:\d{2} weer inloggen \(over 15 min\.\)\.$/,
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in page, throttled');
  expect(errors()).toEqual([]);
});
