import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectBackOfficeErrors, createTestVa, signIn } from './admin-support.ts';
import { collectPageErrors, expectNoAxeViolations, expectNoHorizontalScroll } from './support.ts';

/**
 * The VA's insight after a prospect took the scan in the browser: the anonymous counters and the
 * intakes behind the page are the real ones. Other specs may have taken scans on this server
 * before, so the test reads the figures first and expects each to go up by one.
 */

test.beforeAll(async () => {
  await createTestVa();
});

/** The number in a tile of "In het kort" (e.g. "Begonnen"). */
async function tileValue(page: Page, term: string): Promise<number> {
  const tile = page
    .getByRole('region', { name: 'In het kort' })
    .locator('div')
    .filter({ has: page.locator('dt', { hasText: new RegExp(`^${term}$`) }) });
  const text = (await tile.locator('dd').first().textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/** "Bereikt" per stage, from the drop-off's table (the text alternative of its bars). */
async function funnelCounts(page: Page): Promise<number[]> {
  const rows = page.getByRole('table', { name: 'Aantal mensen per stap van de scan' }).getByRole('row');
  const cells = await rows.evaluateAll((all) => all.slice(1).map((row) => row.querySelector('td')?.textContent ?? ''));
  return cells.map((cell) => Number(cell.replace(/\D/g, '')));
}

async function describeTask(card: Locator) {
  await card.getByLabel('Uur per maand').fill('6');
  await card.getByRole('group', { name: 'Hoe voelt deze taak?' }).getByRole('radio', { name: 'Kost me energie' }).check();
  await card.getByRole('group', { name: 'Hoe goed ben je erin?' }).getByRole('radio', { name: 'Een ander kan het beter' }).check();
  await card.getByRole('group', { name: 'Moet jij dit persoonlijk doen?' }).getByRole('radio', { name: 'Nee', exact: true }).check();
}

/** A prospect takes the whole scan on a phone, in Dutch, and lands on the result. */
async function takeTheScan(page: Page) {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/');
  await page.getByLabel('Wat voor bedrijf heb je?').selectOption({ label: 'Coach of trainer' });
  await page.getByLabel('Hoeveel uur werk je gemiddeld per week?').fill('36');
  await page.getByLabel("Uurtarief in euro's").fill('85');

  await page.getByRole('radio', { name: 'Ja, ik reken btw' }).check();
  await page.getByRole('radio', { name: 'Nee, nog nooit' }).check();
  await page.getByRole('radio', { name: 'Mijn administratie stapelt zich op' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Je taken' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Inbox bijhouden en sorteren' }).check();
  await describeTask(page.getByRole('group', { name: 'Inbox bijhouden en sorteren', exact: true }));
  await page.getByRole('button', { name: 'Volgende' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Samenwerken' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
  await page.getByRole('radio', { name: 'Eén keer per week' }).check();
  await page.getByRole('checkbox', { name: 'Ik ben bang de controle kwijt te raken' }).check();
  await page.getByRole('radio', { name: 'Met een vast aantal uren per maand' }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Je gegevens' })).toBeVisible();
  await page.getByLabel('Je naam').fill('Inge Inzicht');
  await page.getByLabel('Je e-mailadres').fill('inge@example.nl');
  await page.getByRole('checkbox', { name: 'Ik ga akkoord met het gebruik van mijn gegevens zoals hierboven beschreven.' }).check();
  await page.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();
  await expect(page).toHaveURL(/\/r\/[A-Za-z0-9_-]{22}$/);
  expect(errors).toEqual([]);
}

test('the VA sees a scan that was just taken in her insight, and what retention will erase', async ({ page, browser }) => {
  const errors = collectBackOfficeErrors(page);

  // Before: her figures for the last 30 days.
  await page.goto('/admin/insight');
  await signIn(page);
  await expect(page).toHaveURL(/\/admin\/insight$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Inzicht' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'In het kort' })).toBeVisible();
  const startedBefore = await tileValue(page, 'Begonnen');
  const finishedBefore = await tileValue(page, 'Verstuurd');
  const funnelBefore = await funnelCounts(page);

  // A prospect takes the scan in another browser.
  const prospect = await browser.newContext();
  await takeTheScan(await prospect.newPage());
  await prospect.close();

  // After: one more started, one more at every step, one more sent.
  await page.reload();
  await expect(page.getByRole('region', { name: 'In het kort' })).toBeVisible();
  expect(await tileValue(page, 'Begonnen')).toBe(startedBefore + 1);
  expect(await tileValue(page, 'Verstuurd')).toBe(finishedBefore + 1);
  expect(await funnelCounts(page)).toEqual(funnelBefore.map((count) => count + 1));
  await expect(page.getByRole('region', { name: 'Meest gekozen taken' })).toContainText('Inbox bijhouden en sorteren');
  await expect(page.getByText(/geen cookiebanner nodig/)).toBeVisible();
  await expectNoAxeViolations(page, 'insight');

  // Another period, from the presets: its own address.
  await page.getByRole('link', { name: '7 dagen' }).click();
  await expect(page).toHaveURL(/\/admin\/insight\?period=7$/);
  await expect(page.getByRole('status').filter({ hasText: '(7 dagen)' })).toBeVisible();
  expect(await tileValue(page, 'Verstuurd')).toBeGreaterThanOrEqual(1);
  // The figures per day, opened, are part of the page too.
  await page.getByText('Bekijk de cijfers per dag').click();
  await expect(page.getByRole('table', { name: 'Begonnen en verstuurd per dag' })).toBeVisible();
  await expectNoAxeViolations(page, 'insight, 7 days, figures per day open');

  // A range that cannot be shown says why at the field.
  await page.getByLabel('Van', { exact: true }).fill('2024-01-01');
  await page.getByRole('button', { name: 'Toon deze periode' }).click();
  await expect(page.getByLabel('Tot en met', { exact: true })).toHaveAccessibleDescription('Kies een periode van hoogstens een jaar (366 dagen).');
  await expectNoAxeViolations(page, 'insight with a period error');

  // On a phone.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/admin/insight');
  await expect(page.getByRole('region', { name: 'In het kort' })).toBeVisible();
  await expectNoHorizontalScroll(page, 'insight at 360 px');

  // Retention, from the menu: the period and what goes in the next 30 days (nothing this young).
  await page.getByRole('link', { name: 'Bewaartermijn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bewaartermijn' })).toBeFocused();
  await expect(page.getByText(/worden automatisch gewist 12 maanden nadat ze zijn ingestuurd/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bewaartermijn aanpassen in je instellingen' })).toHaveAttribute('href', '/admin/settings');
  await expectNoHorizontalScroll(page, 'retention at 360 px');
  await expectNoAxeViolations(page, 'retention');

  // In English.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('link', { name: 'Inzicht' }).click();
  await page.getByRole('button', { name: /^EN/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Insight' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'At a glance' })).toBeVisible();
  await expectNoAxeViolations(page, 'insight in English');

  expect(errors()).toEqual([]);
});
