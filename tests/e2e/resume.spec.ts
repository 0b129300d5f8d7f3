import { expect, test, type Page } from '@playwright/test';
import { openDatabase, type Database } from '../../server/lib/db.ts';
import { collectPageErrors, e2eDatabaseUrl, expectNoAxeViolations, expectNoHorizontalScroll } from './support.ts';

/**
 * "Later verder": a prospect on a phone fills in steps 1 and 2 in English, asks for a link, and
 * finishes the scan on another device (a second browser context) through that link.
 *
 * This test server sends no e-mail (no SMTP_URL), so the dialog hands over the link on screen and
 * queues no e-mail (tests/api/drafts.test.ts sends it for real, through the outbox worker and an
 * SMTP server).
 */

const PROSPECT_EMAIL = 'lotte.resume@example.nl';
const TASK = 'Inbox triage';

let db: Database;

test.beforeAll(async () => {
  db = await openDatabase(e2eDatabaseUrl(), { migrate: false });
});

test.afterAll(async () => {
  await db?.close();
});

async function fillStepsOneAndTwo(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('What kind of business do you run?').selectOption({ label: 'Coach or trainer' });
  await page.getByLabel('How many hours do you work in an average week?').fill('32');
  await page.getByLabel('Hourly rate in euros').fill('90');
  await page.getByRole('radio', { name: 'Yes, I charge VAT' }).check();
  await page.getByRole('radio', { name: 'No, never' }).check();
  await page.getByRole('radio', { name: 'My admin keeps piling up' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your tasks' })).toBeVisible();

  await page.getByRole('checkbox', { name: TASK }).check();
  const card = page.getByRole('group', { name: TASK, exact: true });
  await card.getByLabel('Hours a month').fill('8');
  await card.getByRole('group', { name: 'How does this task feel?' }).getByRole('radio', { name: 'It drains me' }).check();
}

test('a scan saved for later is finished on another device through the link it hands over', async ({ browser, baseURL }) => {
  // The phone: steps 1 and 2 (half done), then "Continue later".
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'nl-NL' });
  const prospect = await phone.newPage();
  const phoneErrors = collectPageErrors(prospect);
  await fillStepsOneAndTwo(prospect);

  const later = prospect.getByRole('button', { name: 'Continue later' });
  await later.click();
  const dialog = prospect.getByRole('dialog', { name: 'Continue later' });
  await expect(dialog).toBeVisible();
  const email = dialog.getByRole('textbox', { name: 'Your email address' });
  await expect(email).toBeFocused();
  await expectNoAxeViolations(prospect, 'the "continue later" dialog');
  await expectNoHorizontalScroll(prospect, 'the "continue later" dialog at 360 px');

  // Refused without consent, with the reason on the field (and axe-clean in that state too).
  await email.fill(PROSPECT_EMAIL);
  await dialog.getByRole('button', { name: 'Make my link' }).click();
  const consent = dialog.getByRole('checkbox', { name: /kept for 30 days/ });
  await expect(consent).toBeFocused();
  await expect(consent).toHaveAccessibleDescription("I can't keep your answers for you without your consent.");
  await expectNoAxeViolations(prospect, 'the "continue later" dialog with an error');

  // The page behind the dialog is out of reach: Tab goes round the dialog (and the browser's own
  // controls, as with every modal <dialog>), never to the scan behind it.
  const focusIn: string[] = [];
  for (let i = 0; i < 8; i++) {
    await prospect.keyboard.press('Tab');
    focusIn.push(
      await dialog.evaluate((node) =>
        node.contains(document.activeElement) ? 'dialog' : document.activeElement === document.body ? 'browser' : 'page',
      ),
    );
  }
  expect(focusIn).not.toContain('page');
  expect(focusIn.filter((where) => where === 'dialog').length).toBeGreaterThanOrEqual(6);

  await consent.check();
  await dialog.getByRole('button', { name: 'Make my link' }).click();
  // No e-mail can leave this installation: the dialog says so and hands over the link instead.
  const kept = prospect.getByRole('dialog', { name: 'Keep this link' });
  await expect(kept.getByRole('heading', { name: 'Keep this link' })).toBeFocused();
  await expect(kept).not.toContainText('inbox');
  const linkField = kept.getByRole('textbox', { name: 'Your link to carry on' });
  await expect(linkField).toHaveValue(new RegExp(`^${baseURL}/resume/[A-Za-z0-9_-]{22,}$`));
  const link = await linkField.inputValue();
  await expectNoAxeViolations(prospect, 'the "continue later" dialog with the link to keep');
  await expectNoHorizontalScroll(prospect, 'the "continue later" dialog with the link at 360 px');
  await prospect.keyboard.press('Escape');
  await expect(kept).toBeHidden();
  await expect(later).toBeFocused();
  expect(phoneErrors).toEqual([]);
  await phone.close();
  expect(await db.prisma.outboxMessage.count({ where: { kind: 'resume-link', toAddress: PROSPECT_EMAIL } })).toBe(0);

  // The laptop: a fresh browser that never saw the scan opens the link.
  const laptop = await browser.newContext({ locale: 'nl-NL' });
  const page = await laptop.newPage();
  const laptopErrors = collectPageErrors(page);
  await page.goto(link);
  // Step 2, with the answers, in the scan's language (English), at the scan's own address.
  await expect(page.getByRole('heading', { level: 1, name: 'Your tasks' })).toBeVisible();
  await expect(page).toHaveURL(`${baseURL}/`);
  await expect(page.getByRole('progressbar')).toHaveAccessibleName(/2.*4/);
  await expect(page.getByText("Welcome back! You're carrying on where you left off; your answers are still here.")).toBeVisible();
  await expect(page.getByRole('checkbox', { name: TASK })).toBeChecked();
  const card = page.getByRole('group', { name: TASK, exact: true });
  await expect(card.getByLabel('Hours a month')).toHaveValue('8');
  await expect(card.getByRole('radio', { name: 'It drains me' })).toBeChecked();

  // Finish it.
  await card.getByRole('group', { name: 'How good are you at it?' }).getByRole('radio', { name: 'Someone else does it better' }).check();
  await card.getByRole('group', { name: 'Does it need you personally?' }).getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('checkbox', { name: 'Email', exact: true }).check();
  await page.getByRole('radio', { name: 'Once a week' }).check();
  await page.getByRole('radio', { name: 'With a fixed number of hours a month' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Your name').fill('Lotte de Wit');
  await page.getByLabel('Your email address').fill(PROSPECT_EMAIL);
  await page.getByRole('checkbox', { name: 'I agree to my data being used as described above.' }).check();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { name: 'Hi Lotte, here is your delegation scan' })).toBeVisible();
  // Step 1 was answered on the phone: the intake has it.
  const intake = await db.prisma.intake.findFirstOrThrow({ where: { email: PROSPECT_EMAIL }, select: { hoursPerWeek: true, locale: true } });
  expect(intake).toEqual({ hoursPerWeek: 32, locale: 'en' });
  expect(laptopErrors).toEqual([]);
  await laptop.close();

  // Someone else's browser: a tampered link, and the real one once it has expired.
  const other = await browser.newContext({ locale: 'nl-NL' });
  const stranger = await other.newPage();
  const strangerErrors = collectPageErrors(stranger);
  const tampered = link.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
  await stranger.goto(tampered);
  await expect(stranger.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' })).toBeFocused();
  await expect(stranger.getByText(/werkt 30 dagen/)).toBeVisible();
  await expectNoAxeViolations(stranger, 'the page for a tampered resume link');

  await db.prisma.resumeLink.updateMany({
    where: { draft: { email: PROSPECT_EMAIL } },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  await stranger.goto(link);
  await expect(stranger.getByRole('heading', { level: 1, name: 'Deze link werkt niet meer' })).toBeVisible();
  await stranger.getByRole('link', { name: 'Begin opnieuw aan de scan' }).click();
  await expect(stranger.getByRole('heading', { level: 1, name: 'Over jou' })).toBeVisible();
  expect(strangerErrors).toEqual([]);
  await other.close();
});
