import { expect, test } from '@playwright/test';
import { collectBackOfficeErrors, createTestVa, signInToInbox } from './admin-support.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll, submitScanThroughApi } from './support.ts';

/**
 * Follow-ups as the VA writes them, in Dutch: she improves a template, then sends it from an
 * intake whose prospect agreed to follow-ups, after a preview; and finds that one who did not
 * agree gets none. This test server has no SMTP_URL: the e-mail waits in the outbox, queued.
 */

test.beforeAll(async () => {
  await createTestVa();
});

test('the VA edits a template, then previews and sends it to a prospect who agreed; one who did not gets none', async ({ page, request }) => {
  const errors = collectBackOfficeErrors(page);
  const consenting = await submitScanThroughApi(request, { name: 'Lotte Visser', email: 'lotte@example.nl', followUpConsent: true });
  const declining = await submitScanThroughApi(request, { name: 'Bram de Wit', email: 'bram@example.nl', followUpConsent: false });
  await signInToInbox(page);

  // The templates, from the navigation: the ones a new installation starts with.
  await page.getByRole('navigation', { name: 'Backoffice' }).getByRole('link', { name: 'E-mailsjablonen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E-mailsjablonen' })).toBeFocused();
  const personal = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Persoonlijke follow-up' }) });
  await expect(personal).toContainText('Alleen als jij hem verstuurt');
  await expectNoAxeViolations(page, 'e-mail templates');

  // She adds a line with a merge field to the Dutch text, at the end.
  await personal.getByRole('link', { name: 'Bewerken sjabloon ‘Persoonlijke follow-up’' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sjabloon bewerken' })).toBeFocused();
  await expectNoAxeViolations(page, 'the template editor');
  const body = page.getByRole('textbox', { name: 'Tekst (Nederlands)' });
  await body.focus();
  await body.press('Control+End');
  await body.pressSequentially('\n\nPS: ik help je graag met ');
  await page.getByRole('group', { name: 'Samenvoegveld invoegen (Nederlands)' }).getByRole('button', { name: 'Belangrijkste taken invoegen' }).click();
  await expect(body).toBeFocused();
  await expect(body).toHaveValue(/\n\nPS: ik help je graag met \{\{topTasks\}\}$/);

  // A misspelt merge field in the English subject is refused on that field.
  const englishSubject = page.getByRole('textbox', { name: 'Onderwerp (Engels)' });
  await englishSubject.fill('Your delegation scan, {{voornaam}}');
  await page.getByRole('button', { name: 'Sjabloon opslaan' }).click();
  await expect(englishSubject).toBeFocused();
  await expect(englishSubject).toHaveAccessibleDescription(/Dit samenvoegveld kennen we niet: \{\{voornaam\}\}/);
  await expectNoAxeViolations(page, 'the template editor with an error');
  await englishSubject.fill('Your delegation scan, {{firstName}}');
  await page.getByRole('button', { name: 'Sjabloon opslaan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'E-mailsjablonen' })).toBeFocused();
  await expect(page.getByText('Je wijzigingen in ‘Persoonlijke follow-up’ zijn opgeslagen.')).toBeVisible();

  // Lotte agreed to follow-ups: the composer starts from the template, in her language.
  await page.goto(`/admin/intakes/${consenting}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Lotte Visser' })).toBeVisible();
  const composer = page.getByRole('region', { name: 'Follow-up sturen' });
  await composer.getByRole('combobox', { name: 'Sjabloon' }).selectOption({ label: 'Persoonlijke follow-up' });
  await expect(composer.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
  await expect(composer.getByRole('textbox', { name: 'Onderwerp' })).toHaveValue('Je delegatiescan, {{firstName}}');
  await expect(composer.getByRole('textbox', { name: 'Tekst' })).toHaveValue(/PS: ik help je graag met \{\{topTasks\}\}$/);
  await expectNoAxeViolations(page, 'the follow-up composer');

  // The preview, as Lotte would get it: her first name merged, in the HTML and the plain text.
  await composer.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
  const preview = composer.getByRole('region', { name: 'Voorbeeld' });
  await expect(preview.getByRole('heading', { name: 'Voorbeeld' })).toBeFocused();
  await expect(preview).toContainText('lotte@example.nl');
  await expect(preview).toContainText('Je delegatiescan, Lotte');
  // (The frame's HTML is read from the page: Playwright looking inside a frame that may run no
  // script logs a console error of its own.)
  const frame = preview.locator('iframe[title="Voorbeeld van de mail aan Lotte"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(frame).toHaveAttribute('srcdoc', /Hoi Lotte,/);
  await expect(frame).toHaveAttribute('srcdoc', /PS: ik help je graag met/);
  await expect(preview.locator('pre')).toContainText('Hoi Lotte,');
  await expectNoAxeViolations(page, 'the follow-up preview', { exclude: ['iframe[title="Voorbeeld van de mail aan Lotte"]'] });
  await expect(frame).toBeVisible();

  // On a phone, nothing sticks out.
  await page.setViewportSize({ width: 360, height: 780 });
  await expectNoHorizontalScroll(page, 'the follow-up preview at 360 px');
  await page.setViewportSize({ width: 1280, height: 720 });

  // Sent now: queued (no mail server here, and the confirmation says so), and in the intake's
  // e-mails and timeline.
  await preview.getByRole('button', { name: 'Nu versturen' }).click();
  await expect(composer.getByRole('status').filter({ hasText: 'Opgeslagen' })).toBeFocused();
  await expect(composer.getByRole('status').filter({ hasText: 'Opgeslagen' })).toHaveText(
    'Opgeslagen: ‘Je delegatiescan, Lotte’ voor Lotte staat in de outbox. Er is nog geen mailserver ingesteld: hij gaat pas de deur uit zodra die er is.',
  );
  const sent = page.getByRole('region', { name: 'E-mails bij deze aanvraag' }).getByRole('listitem').filter({ hasText: 'Je delegatiescan, Lotte' });
  await expect(sent).toContainText('In de wachtrij');
  await expect(sent).toContainText('Follow-up');
  await expect(page.getByRole('region', { name: 'Tijdlijn' })).toContainText('‘Je delegatiescan, Lotte’');
  await expectNoAxeViolations(page, 'the intake after sending a follow-up');

  // Bram did not agree to follow-ups: the composer says so and offers nothing to send.
  await page.goto(`/admin/intakes/${declining}`);
  const closed = page.getByRole('region', { name: 'Follow-up sturen' });
  await expect(closed).toContainText('Bram heeft bij de scan geen toestemming gegeven voor follow-upmails.');
  await expect(closed.getByRole('combobox')).toHaveCount(0);
  await expect(closed.getByRole('button')).toHaveCount(0);
  await expectNoAxeViolations(page, 'an intake without follow-up consent');

  expect(errors()).toEqual([]);
});
