import { expect, test, type Page } from '@playwright/test';
import { TEST_VA, collectBackOfficeErrors, createTestVa } from './admin-support.ts';
import { collectPageErrors, expectNoAxeViolations, expectNoHorizontalScroll } from './support.ts';

/**
 * E-mail without a mail server (the embedded default, and this test server has no SMTP_URL):
 * a prospect sends the scan and asks for the link once more; every e-mail waits in the outbox,
 * where the VA reads it, and the intake's timeline leads there. In Dutch.
 */

test.beforeAll(async () => {
  await createTestVa();
});

const PROSPECT = { name: 'Noor Bakker', email: 'noor@example.nl' };

/**
 * Playwright tries to run its own script in every frame, the preview's sandboxed one included;
 * the browser refuses and logs it (microsoft/playwright#33343). That refusal is the sandbox doing
 * its job against the test tool, not an error of the page: the e-mails hold no script.
 */
const PLAYWRIGHT_BLOCKED_IN_SANDBOX = /^console\.error: Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;

/** The scan as a prospect on a phone fills it in, with one task, up to the result page. */
async function takeScan(page: Page) {
  await page.goto('/');
  await page.getByLabel('Wat voor bedrijf heb je?').selectOption({ label: 'Coach of trainer' });
  await page.getByLabel('Hoeveel uur werk je gemiddeld per week?').fill('32');
  await page.getByLabel("Uurtarief in euro's").fill('90');
  await page.getByRole('radio', { name: 'Nee, nog nooit' }).check();
  await page.getByRole('radio', { name: 'Mijn administratie stapelt zich op' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();

  const task = 'Inbox bijhouden en sorteren';
  await page.getByRole('checkbox', { name: task }).check();
  const card = page.getByRole('group', { name: task, exact: true });
  await card.getByLabel('Uur per maand').fill('8');
  await card.getByRole('group', { name: 'Hoe voelt deze taak?' }).getByRole('radio', { name: 'Kost me energie' }).check();
  await card.getByRole('group', { name: 'Hoe goed ben je erin?' }).getByRole('radio', { name: 'Een ander kan het beter' }).check();
  await card.getByRole('group', { name: 'Moet jij dit persoonlijk doen?' }).getByRole('radio', { name: 'Nee', exact: true }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();

  await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
  await page.getByRole('radio', { name: 'Eén keer per week' }).check();
  await page.getByRole('radio', { name: 'Met een vast aantal uren per maand' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();

  await page.getByLabel('Je naam').fill(PROSPECT.name);
  await page.getByLabel('Je e-mailadres').fill(PROSPECT.email);
  await page.getByRole('checkbox', { name: 'Ik ga akkoord met het gebruik van mijn gegevens zoals hierboven beschreven.' }).check();
  await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
  await expect(page.getByRole('heading', { name: 'Hoi Noor, dit is je delegatiescan' })).toBeVisible();
}

async function signIn(page: Page) {
  await page.goto('/admin');
  await page.getByRole('textbox', { name: 'E-mailadres' }).fill(TEST_VA.email);
  await page.getByLabel('Wachtwoord').fill(TEST_VA.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
}

test('the e-mails of a new scan wait in the outbox, where the VA reads them, also from the intake', async ({ page, browser }) => {
  // The prospect, on a phone: sends the scan, then asks for the link by e-mail (twice).
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'nl-NL' });
  const prospect = await phone.newPage();
  const prospectErrors = collectPageErrors(prospect);
  await takeScan(prospect);
  const emailLink = prospect.getByRole('button', { name: 'Mail mij deze link' });
  await emailLink.click();
  await expect(prospect.getByRole('status').filter({ hasText: 'Verstuurd naar je e-mailadres' })).toBeVisible();
  await expect(prospect.getByText(PROSPECT.email)).toHaveCount(0);
  await expectNoAxeViolations(prospect, 'the result page after e-mailing the link');
  await expectNoHorizontalScroll(prospect, 'the result page after e-mailing the link');

  // An unsubscribe link that does not exist: a friendly page in the VA's colours.
  await prospect.goto('/u/AAAAAAAAAAAAAAAAAAAAAA');
  await expect(prospect.getByRole('heading', { level: 1, name: 'Deze afmeldlink kan ik niet vinden' })).toBeVisible();
  await expectNoAxeViolations(prospect, 'the unsubscribe page for an unknown link');
  await expectNoHorizontalScroll(prospect, 'the unsubscribe page for an unknown link');
  expect(prospectErrors).toEqual([]);
  await phone.close();

  // The VA, on a laptop: the outbox, from the navigation.
  const errors = collectBackOfficeErrors(page);
  await signIn(page);
  await page.getByRole('navigation', { name: 'Backoffice' }).getByRole('link', { name: 'Outbox' }).click();
  await expect(page).toHaveURL(/\/admin\/outbox$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeFocused();

  // Noor's e-mails, newest first: the link she asked for, her result link and the VA's notice.
  const noorsCards = page.getByRole('region', { name: 'E-mails' }).getByRole('listitem').filter({ hasText: PROSPECT.name });
  await expect(noorsCards).toHaveCount(3);
  for (const card of await noorsCards.all()) {
    await expect(card).toContainText('In de wachtrij');
    await expect(card).toContainText('Klaar om te versturen sinds');
    await expect(card).toContainText('Pogingen0');
  }
  await expect(noorsCards.nth(0)).toContainText('Link naar de uitslag');
  await expect(noorsCards.nth(0)).toContainText(PROSPECT.email);
  await expect(noorsCards.filter({ hasText: 'Melding nieuwe aanvraag' })).toContainText(TEST_VA.email);
  await expect(noorsCards.filter({ hasText: 'Link naar de uitslag' })).toHaveCount(2);
  // Without a mail server they wait here, and the page says so gently.
  await expect(page.getByText(/waarschijnlijk \(nog\) geen mailserver ingesteld/)).toBeVisible();
  await expectNoAxeViolations(page, 'the outbox');

  // The status filter lives in the address: nothing of Noor's has been sent.
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Verstuurd' });
  await expect(page).toHaveURL(/\/admin\/outbox\?status=sent$/);
  await expect(page.getByRole('status').filter({ hasText: 'Er zijn geen e-mails met deze status.' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In de wachtrij' });
  await expect(page).toHaveURL(/\/admin\/outbox\?status=queued$/);
  await expect(noorsCards).toHaveCount(3);

  // One message: the rendered e-mail in a sandboxed frame, and its plain text.
  const notice = noorsCards.filter({ hasText: 'Melding nieuwe aanvraag' });
  await notice.getByRole('heading', { level: 3 }).getByRole('link', { name: `Nieuwe scan van ${PROSPECT.name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Nieuwe scan van ${PROSPECT.name}` })).toBeFocused();
  const frame = page.locator('iframe[title^="Voorbeeld van de e-mail"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  expect(await frame.getAttribute('srcdoc')).not.toMatch(/<script|\son[a-z]+=/i);
  await expect(page.frameLocator('iframe[title^="Voorbeeld van de e-mail"]').locator('body')).toContainText(PROSPECT.name);
  await page.getByRole('button', { name: 'Platte tekst' }).click();
  await expect(page.locator('pre')).toContainText(PROSPECT.email);
  // (axe cannot run inside a frame that allows no scripts: it checks the page around the e-mail.)
  await expectNoAxeViolations(page, 'a message in the outbox');
  await expect(page.getByRole('region', { name: 'Gegevens' })).toContainText('In de wachtrij');

  // Back to the list it came from, filter and all.
  await page.getByRole('link', { name: /Terug naar de outbox/ }).click();
  await expect(page).toHaveURL(/\/admin\/outbox\?status=queued$/);

  // From the intake: its timeline shows the queued e-mails and leads to them.
  await noorsCards.first().getByRole('link', { name: PROSPECT.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROSPECT.name })).toBeFocused();
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'E-mail klaargezet: ‘Je delegatiescan staat voor je klaar’' })).toHaveCount(2);
  await expect(timeline).toContainText(`E-mail klaargezet: ‘Nieuwe scan van ${PROSPECT.name}’`);
  await timeline.getByRole('listitem').filter({ hasText: 'Nieuwe scan van' }).getByRole('link', { name: 'Bekijk de e-mail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Nieuwe scan van ${PROSPECT.name}` })).toBeVisible();

  // On a phone: the outbox and a message fit, the navigation wraps instead of scrolling.
  await page.setViewportSize({ width: 360, height: 780 });
  await expectNoHorizontalScroll(page, 'a message in the outbox at 360 px');
  await page.getByRole('button', { name: 'Platte tekst' }).click();
  await expectNoHorizontalScroll(page, 'the plain text of a message at 360 px');
  await expectNoAxeViolations(page, 'a message in the outbox at 360 px');
  await page.getByRole('navigation', { name: 'Backoffice' }).getByRole('link', { name: 'Outbox' }).click();
  await expect(noorsCards).toHaveCount(3);
  await expectNoHorizontalScroll(page, 'the outbox at 360 px');
  await expectNoAxeViolations(page, 'the outbox at 360 px');

  expect(errors().filter((error) => !PLAYWRIGHT_BLOCKED_IN_SANDBOX.test(error))).toEqual([]);
});
