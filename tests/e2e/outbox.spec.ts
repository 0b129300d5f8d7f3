import { expect, test, type Page } from '@playwright/test';
import { LINK_PLACEHOLDERS } from '../../server/emails/link-placeholders.ts';
import { createSendLinks } from '../../server/features/outbox/outbox.repository.ts';
import { renderStoredMessage } from '../../server/features/outbox/outbox.sender.ts';
import { openDatabase, type Database } from '../../server/lib/db.ts';
import { generateToken, hashToken } from '../../server/lib/security.ts';
import { TEST_VA, collectBackOfficeErrors, createTestVa, signInToInbox } from './admin-support.ts';
import { collectPageErrors, e2eDatabaseUrl, expectNoAxeViolations, expectNoHorizontalScroll } from './support.ts';

/**
 * E-mail without a mail server (the embedded default, and this test server has no SMTP_URL):
 * a prospect sends the scan and asks for the link once more; every e-mail waits in the outbox,
 * where the VA reads it, and the intake's timeline leads there. In Dutch. Then she unsubscribes
 * through the link in her e-mail, and the VA sees that on the intake.
 */

let db: Database;

test.beforeAll(async () => {
  await createTestVa();
  db = await openDatabase(e2eDatabaseUrl(), { migrate: false });
});

test.afterAll(async () => {
  await db?.close();
});

const PROSPECT = { name: 'Noor Bakker', email: 'noor@example.nl' };

/** The rendered e-mail on a message's page (axe leaves it out: see expectNoAxeViolations). */
const EMAIL_FRAME = 'iframe[title^="Voorbeeld van de e-mail"]';

/**
 * The unsubscribe link in Noor's result e-mail, minted the way the outbox sender does when it
 * sends (tests/e2e/resume.spec.ts explains why the test does not send the outbox): a fresh token,
 * its hash stored with createSendLinks, the placeholder in the stored e-mail replaced by the link.
 */
async function mintUnsubscribeLinkFromOutbox(baseUrl: string): Promise<string> {
  const message = await db.prisma.outboxMessage.findFirstOrThrow({
    where: { kind: 'result-link', toAddress: PROSPECT.email },
    select: { intakeId: true, kind: true, subject: true, content: true, html: true, text: true },
  });
  // Rendered as the sender renders it (the outbox keeps what it says, not the rendered text).
  const rendered = await renderStoredMessage(message);
  expect(rendered.text).toContain(LINK_PLACEHOLDERS.unsubscribe);
  const token = generateToken();
  await createSendLinks(db, { intakeId: message.intakeId, draftId: null, unsubscribe: hashToken(token) });
  const text = rendered.text.split(LINK_PLACEHOLDERS.unsubscribe).join(`${baseUrl}/u/${token}`);
  const link = /https?:\/\/\S+\/u\/[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(link, text).toBeDefined();
  return link!;
}

/** The scan as a prospect on a phone fills it in, with one task, up to the result page. */
async function takeScan(page: Page) {
  await page.goto('/');
  await page.getByLabel('Wat voor bedrijf heb je?').selectOption({ label: 'Coach of trainer' });
  await page.getByLabel('Hoeveel uur werk je gemiddeld per week?').fill('32');
  await page.getByLabel("Uurtarief in euro's").fill('90');

  await page.getByRole('radio', { name: 'Ja, ik reken btw' }).check();
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
  // Follow-ups welcome (she unsubscribes later, through the link in her e-mail).
  await page.getByRole('checkbox', { name: 'Stuur me later gerust nog een e-mail met tips of een vervolgvraag.' }).check();
  await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
  await expect(page.getByRole('heading', { name: 'Hoi Noor, dit is je delegatiescan' })).toBeVisible();
}

test('the e-mails of a new scan wait in the outbox (no mail server), where the VA reads them, also from the intake; she unsubscribes', async ({ page, browser, baseURL }) => {
  // The prospect, on a phone: sends the scan. This installation sends no e-mail (no SMTP_URL), so
  // the page offers no "e-mail me this link": it hands over its own link to keep.
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'nl-NL' });
  const prospect = await phone.newPage();
  const prospectErrors = collectPageErrors(prospect);
  await takeScan(prospect);
  await expect(prospect.getByRole('button', { name: 'Mail mij deze link' })).toHaveCount(0);
  const keepLink = prospect.getByRole('textbox', { name: 'Link naar je resultaat' });
  await expect(keepLink).toHaveValue(prospect.url());
  await expect(prospect.getByText(PROSPECT.email)).toHaveCount(0);
  await expectNoAxeViolations(prospect, 'the result page with its link to keep');
  await expectNoHorizontalScroll(prospect, 'the result page with its link to keep');

  // An unsubscribe link that does not exist: a friendly page in the VA's colours.
  await prospect.goto('/u/AAAAAAAAAAAAAAAAAAAAAA');
  await expect(prospect.getByRole('heading', { level: 1, name: 'Deze afmeldlink kan ik niet vinden' })).toBeVisible();
  await expectNoAxeViolations(prospect, 'the unsubscribe page for an unknown link');
  await expectNoHorizontalScroll(prospect, 'the unsubscribe page for an unknown link');
  expect(prospectErrors).toEqual([]);
  await phone.close();

  // The VA, on a laptop: the outbox, from the navigation.
  const errors = collectBackOfficeErrors(page);
  await signInToInbox(page);
  await page.getByRole('navigation', { name: 'Backoffice' }).getByRole('link', { name: 'Outbox' }).click();
  await expect(page).toHaveURL(/\/admin\/outbox$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeFocused();

  // Noor's e-mails: her result link and the VA's notice.
  const noorsCards = page.getByRole('region', { name: 'E-mails' }).getByRole('listitem').filter({ hasText: PROSPECT.name });
  await expect(noorsCards).toHaveCount(2);
  for (const card of await noorsCards.all()) {
    await expect(card).toContainText('In de wachtrij');
    await expect(card).toContainText('Klaar om te versturen sinds');
    await expect(card).toContainText('Pogingen0');
  }
  await expect(noorsCards.filter({ hasText: 'Link naar de uitslag' })).toContainText(PROSPECT.email);
  await expect(noorsCards.filter({ hasText: 'Melding nieuwe aanvraag' })).toContainText(TEST_VA.email);
  // Without a mail server they wait here, and the page says so gently.
  await expect(page.getByText(/Er gaat nu niets de deur uit: er is nog geen mailserver ingesteld \(SMTP_URL\)/)).toBeVisible();
  await expectNoAxeViolations(page, 'the outbox');

  // The status filter lives in the address: nothing of Noor's has been sent.
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Verstuurd' });
  await expect(page).toHaveURL(/\/admin\/outbox\?status=sent$/);
  await expect(page.getByRole('status').filter({ hasText: 'Er zijn geen e-mails met deze status.' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In de wachtrij' });
  await expect(page).toHaveURL(/\/admin\/outbox\?status=queued$/);
  await expect(noorsCards).toHaveCount(2);

  // One message: the rendered e-mail in a sandboxed frame, and its plain text.
  const notice = noorsCards.filter({ hasText: 'Melding nieuwe aanvraag' });
  await notice.getByRole('heading', { level: 3 }).getByRole('link', { name: `Nieuwe scan van ${PROSPECT.name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Nieuwe scan van ${PROSPECT.name}` })).toBeFocused();
  // Below the outbox: its section stays marked in the navigation, as the current section.
  await expect(page.getByRole('navigation', { name: 'Backoffice' }).getByRole('link', { name: 'Outbox' })).toHaveAttribute('aria-current', 'true');
  const frame = page.locator(EMAIL_FRAME);
  await expect(frame).toHaveAttribute('sandbox', '');
  expect(await frame.getAttribute('srcdoc')).not.toMatch(/<script|\son[a-z]+=/i);
  await expect(page.frameLocator(EMAIL_FRAME).locator('body')).toContainText(PROSPECT.name);
  await page.getByRole('button', { name: 'Platte tekst' }).click();
  await expect(page.locator('pre')).toContainText(PROSPECT.email);
  await expectNoAxeViolations(page, 'a message in the outbox', { exclude: [EMAIL_FRAME] });
  await expect(page.getByRole('region', { name: 'Gegevens' })).toContainText('In de wachtrij');

  // Back to the list it came from, filter and all.
  await page.getByRole('link', { name: /Terug naar de outbox/ }).click();
  await expect(page).toHaveURL(/\/admin\/outbox\?status=queued$/);

  // From the intake: its timeline shows the queued e-mails and leads to them.
  await noorsCards.first().getByRole('link', { name: PROSPECT.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROSPECT.name })).toBeFocused();
  const timeline = page.getByRole('region', { name: 'Tijdlijn' });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'E-mail klaargezet: ‘Je delegatiescan staat voor je klaar’' })).toHaveCount(1);
  await expect(timeline).toContainText(`E-mail klaargezet: ‘Nieuwe scan van ${PROSPECT.name}’`);
  // She agreed to follow-ups: the composer offers a template to send.
  await expect(page.getByRole('region', { name: 'Follow-up sturen' }).getByRole('combobox', { name: 'Sjabloon' })).toBeVisible();
  const intakePath = new URL(page.url()).pathname;
  await timeline.getByRole('listitem').filter({ hasText: 'Nieuwe scan van' }).getByRole('link', { name: 'Bekijk de e-mail' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Nieuwe scan van ${PROSPECT.name}` })).toBeVisible();

  // On a phone: the outbox and a message fit, the navigation wraps instead of scrolling.
  await page.setViewportSize({ width: 360, height: 780 });
  await expectNoHorizontalScroll(page, 'a message in the outbox at 360 px');
  await page.getByRole('button', { name: 'Platte tekst' }).click();
  await expectNoHorizontalScroll(page, 'the plain text of a message at 360 px');
  await expectNoAxeViolations(page, 'a message in the outbox at 360 px', { exclude: [EMAIL_FRAME] });
  await page.getByRole('navigation', { name: 'Backoffice' }).getByRole('link', { name: 'Outbox' }).click();
  await expect(noorsCards).toHaveCount(2);
  await expectNoHorizontalScroll(page, 'the outbox at 360 px');
  await expectNoAxeViolations(page, 'the outbox at 360 px');

  // Noor unsubscribes on her phone, through the link in her e-mail: opening it only asks (a mail
  // scanner that opens links unsubscribes nobody); her click does it, with a warm confirmation.
  const unsubscribeLink = await mintUnsubscribeLinkFromOutbox(baseURL!);
  const phoneAgain = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'nl-NL' });
  const noor = await phoneAgain.newPage();
  const noorErrors = collectPageErrors(noor);
  await noor.goto(unsubscribeLink);
  await expect(noor.getByRole('heading', { level: 1, name: 'Afmelden voor follow-upmails?' })).toBeVisible();
  await expectNoAxeViolations(noor, 'the unsubscribe page before the click');
  await expectNoHorizontalScroll(noor, 'the unsubscribe page before the click');
  await noor.getByRole('button', { name: 'Ja, meld me af' }).click();
  await expect(noor.getByRole('heading', { level: 1, name: 'Je bent afgemeld' })).toBeVisible();
  await expect(noor.getByText(/Dank je wel dat je het even laat weten\. Je krijgt van .+ geen follow-upmails meer/)).toBeVisible();
  await expect(noor.getByText(/Je uitslag blijft gewoon van jou/)).toBeVisible();
  await expectNoAxeViolations(noor, 'the unsubscribe page after unsubscribing');
  await expectNoHorizontalScroll(noor, 'the unsubscribe page after unsubscribing');
  expect(noorErrors).toEqual([]);
  await phoneAgain.close();

  // The VA, back on her laptop: the intake's timeline shows it, and the composer offers no sending.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(intakePath);
  await expect(page.getByRole('heading', { level: 1, name: PROSPECT.name })).toBeVisible();
  await expect(timeline).toContainText('Noor heeft zich afgemeld voor follow-upmails');
  const composer = page.getByRole('region', { name: 'Follow-up sturen' });
  await expect(composer).toContainText(/Noor heeft zich op .+ afgemeld voor je mails\. Daarom kun je vanaf hier geen follow-up meer sturen\./);
  await expect(composer.getByRole('combobox')).toHaveCount(0);
  await expect(composer.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page, 'an intake that unsubscribed');

  expect(errors()).toEqual([]);
});
