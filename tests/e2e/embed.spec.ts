import { createServer, type Server } from 'node:http';
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { collectBackOfficeErrors, createTestVa, signIn } from './admin-support.ts';
import { collectPageErrors, expectNoAxeViolations } from './support.ts';

/**
 * The scan on the VA's own site. A second HTTP server plays her blog, on another port; it is
 * reached under two names, two origins: `localhost` (listed in her settings, and another site
 * than the app at 127.0.0.1) and `127.0.0.1` (not listed).
 */
const appPort = Number(process.env.E2E_PORT ?? 4391);
const blogPort = Number(process.env.E2E_EMBED_PORT ?? appPort + 10);
const appOrigin = `http://127.0.0.1:${appPort}`;
const listedBlog = `http://localhost:${blogPort}`;
const unlistedBlog = `http://127.0.0.1:${blogPort}`;

/** The snippet as the VA copies it from her settings (set by the first test). */
let snippet = '';
let blog: Server;

function blogPage(): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Blog van Sanne</title></head>
<body style="margin:0;font-family:sans-serif">
<main style="max-width:720px;margin:0 auto;padding:16px">
<h1>Wat kun jij uitbesteden?</h1>
<p>Doe de scan hieronder en ontdek het.</p>
${snippet}
<p>Tot de volgende blog!</p>
</main>
</body>
</html>`;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  await createTestVa();
  blog = createServer((request, response) => {
    if (request.url === '/blog') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(blogPage());
      return;
    }
    response.writeHead(204);
    response.end();
  });
  // Without a host: every loopback address, so both `localhost` and `127.0.0.1` reach it.
  await new Promise<void>((resolve) => blog.listen(blogPort, resolve));
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => blog.close(() => resolve()));
});

test('the VA lists her blog and copies the snippet from her settings', async ({ page, context }) => {
  const errors = collectBackOfficeErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: appOrigin });
  await page.goto('/admin/settings');
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible();

  const section = page.getByRole('region', { name: 'Insluiten op je website' });
  await expect(section.getByText('Nog geen websites')).toBeVisible();
  await expect(section.getByText(/deze code werkt nog nergens/)).toBeVisible();

  // A mistake first: an address with a path is refused on its field.
  await section.getByRole('button', { name: 'Website toevoegen' }).click();
  const first = section.getByRole('textbox', { name: 'Website 1' });
  await expect(first).toBeFocused();
  await first.fill(`${listedBlog}/blog`);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(first).toHaveAccessibleDescription(/zonder \/pagina, \? of # erachter/);
  await expect(first).toBeFocused();
  await first.fill(listedBlog);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Je instellingen zijn opgeslagen.')).toBeVisible();
  await expect(section.getByText(`Werkt nu op: ${listedBlog}`)).toBeVisible();

  const retention = page.getByRole('textbox', { name: 'Bewaren voor' });
  await expect(retention).toHaveValue('12');
  await expect(retention).toHaveAccessibleDescription(/niet als klant hebt gemarkeerd, worden zoveel maanden na het insturen automatisch gewist/);

  // The snippet: an iframe with a title, loaded lazily, full width, and the script.
  const code = section.getByRole('textbox', { name: 'Code om te plakken' });
  snippet = await code.inputValue();
  expect(snippet).toContain(`<iframe src="${appOrigin}/embed" title="Delegatiescan: ontdek welke taken je kunt uitbesteden" loading="lazy" width="100%"`);
  expect(snippet).toContain(`<script src="${appOrigin}/embed.js" async></script>`);
  await section.getByRole('button', { name: 'Kopieer de code' }).click();
  await expect(section.getByRole('status')).toHaveText('De code is gekopieerd. Plak hem nu op je website.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  // For an English page of her site: the same code with the scan in English.
  await section.getByRole('radio', { name: 'Engels' }).check();
  await expect(code).toHaveValue(/\/embed\?lang=en" title="Delegation scan: find out which tasks you could hand over"/);
  await expect(section.getByRole('status')).toHaveText('');

  await expectNoAxeViolations(page, 'the settings with the embed section');
  expect(errors()).toEqual([]);
});

/**
 * axe on the blog page, the scan's frame included. Afterwards headless Chromium routes clicks
 * in the lower part of the window to the blog instead of the cross-site frame (axe's frame
 * analysis leaves the frame's hit-test area stale; a person's browser never runs axe):
 * setting the window size again refreshes it.
 */
async function expectNoAxeViolationsOnBlog(page: Page, context: string) {
  await expectNoAxeViolations(page, context);
  const size = page.viewportSize()!;
  await page.setViewportSize({ ...size, height: size.height + 1 });
  await page.setViewportSize(size);
}

/** Fills the scan inside the frame, the way a prospect on the blog does (Dutch). */
async function answerSteps1To3(scan: FrameLocator, frameHeight: () => Promise<number>) {
  await expect(scan.getByRole('heading', { level: 1, name: 'Over jou' })).toBeVisible();
  await scan.getByLabel('Wat voor bedrijf heb je?').selectOption({ label: 'Coach of trainer' });
  await scan.getByLabel('Hoeveel uur werk je gemiddeld per week?').fill('36');
  await scan.getByLabel("Uurtarief in euro's").fill('85');

  await scan.getByRole('radio', { name: 'Ja, ik reken btw' }).check();
  await scan.getByRole('radio', { name: 'Nee, nog nooit' }).check();
  await scan.getByRole('radio', { name: 'Mijn administratie stapelt zich op' }).check();
  await scan.getByRole('button', { name: 'Volgende' }).click();

  await expect(scan.getByRole('heading', { level: 1, name: 'Je taken' })).toBeVisible();
  // Picking a task opens its card: the frame grows with the content.
  const before = await frameHeight();
  for (const task of ['Inbox bijhouden en sorteren', 'Afspraken plannen met klanten']) {
    await scan.getByRole('checkbox', { name: task }).check();
    const card = scan.getByRole('group', { name: task, exact: true });
    await card.getByLabel('Uur per maand').fill('6');
    await card.getByRole('group', { name: 'Hoe voelt deze taak?' }).getByRole('radio', { name: 'Kost me energie' }).check();
    await card.getByRole('group', { name: 'Hoe goed ben je erin?' }).getByRole('radio', { name: 'Een ander kan het beter' }).check();
    await card.getByRole('group', { name: 'Moet jij dit persoonlijk doen?' }).getByRole('radio', { name: 'Nee', exact: true }).check();
  }
  await expect.poll(frameHeight).toBeGreaterThan(before + 200);
  await scan.getByRole('button', { name: 'Volgende' }).click();

  // The next step starts at its heading, in view on the blog, not somewhere below the window.
  await expect(scan.getByRole('heading', { level: 1, name: 'Samenwerken' })).toBeFocused();
  await expect(scan.getByRole('heading', { level: 1, name: 'Samenwerken' })).toBeInViewport();
  await scan.getByRole('checkbox', { name: 'E-mail', exact: true }).check();
  await scan.getByRole('radio', { name: 'Eén keer per week' }).check();
  await scan.getByRole('checkbox', { name: 'Ik ben bang de controle kwijt te raken' }).check();
  await scan.getByRole('radio', { name: 'Met een vast aantal uren per maand' }).check();
  await scan.getByRole('button', { name: 'Volgende' }).click();
}

/** The frame's height on the blog page, and the height of the scan's content inside it. */
function heights(iframe: Locator) {
  const frameHeight = async () => (await iframe.boundingBox())?.height ?? 0;
  const contentHeight = () =>
    iframe.contentFrame().locator('#root > div').evaluate((element) => Math.ceil(element.getBoundingClientRect().height));
  return { frameHeight, contentHeight };
}

test('a prospect takes the scan inside the frame on the blog, which grows with it, and opens the result full-page', async ({ page }) => {
  expect(snippet, 'the first test copies the snippet').not.toBe('');
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${listedBlog}/blog`);
  const iframe = page.locator('iframe[data-delegatiescan]');
  const scan = page.frameLocator('iframe[data-delegatiescan]');
  const { frameHeight, contentHeight } = heights(iframe);

  // The scan without our header: no link to our own pages, only the language switch.
  await expect(scan.getByRole('heading', { level: 1, name: 'Over jou' })).toBeVisible();
  await expect(scan.getByRole('group', { name: /taal/i })).toBeVisible();
  await expect(scan.getByRole('link')).toHaveCount(0);
  // embed.js made the frame exactly as tall as the scan: no scroll bar inside the blog.
  await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
  expect(await iframe.contentFrame().locator('html').evaluate((html) => html.scrollHeight <= html.clientHeight)).toBe(true);
  await expectNoAxeViolationsOnBlog(page, 'the blog with the embedded scan, step 1');

  // Only the scan itself can size its frame: a message from the blog's own window is ignored.
  const height = await frameHeight();
  await page.evaluate(() => window.postMessage({ type: 'delegatiescan:height', height: 4000 }, '*'));
  await page.waitForTimeout(200);
  expect(await frameHeight()).toBe(height);

  await answerSteps1To3(scan, frameHeight);

  await expect(scan.getByRole('heading', { level: 1, name: 'Je gegevens' })).toBeVisible();
  await expectNoAxeViolationsOnBlog(page, 'the blog with the embedded scan, step 4');
  await scan.getByLabel('Je naam').fill('Zoë de Vries');
  await scan.getByLabel('Je e-mailadres').fill('zoe@example.nl');
  await scan.getByRole('checkbox', { name: 'Ik ga akkoord met het gebruik van mijn gegevens zoals hierboven beschreven.' }).check();
  await scan.getByRole('button', { name: 'Bekijk mijn uitslag' }).click();

  // Sent: not the result squeezed into the frame, but a link to it; the frame shrinks to fit.
  const sent = scan.getByRole('heading', { level: 1, name: 'Je scan is verstuurd' });
  await expect(sent).toBeVisible();
  await expect(sent).toBeFocused();
  await expect(page).toHaveURL(`${listedBlog}/blog`);
  const link = scan.getByRole('link', { name: 'Bekijk je resultaat' });
  await expect(link).toHaveAttribute('target', '_top');
  await expect.poll(async () => Math.abs((await frameHeight()) - (await contentHeight()))).toBeLessThanOrEqual(1);
  expect(await frameHeight()).toBeLessThan(500);
  await expectNoAxeViolationsOnBlog(page, 'the blog with the embedded scan, sent');

  await link.click();
  await expect(page).toHaveURL(new RegExp(`^${appOrigin}/r/[A-Za-z0-9_-]{22}$`));
  await expect(page.getByRole('heading', { name: 'Hoi Zoë, dit is je delegatiescan' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(`${listedBlog}/blog`);
  expect(errors).toEqual([]);
});

test('a site that is not listed cannot show the scan', async ({ page }) => {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  await page.goto(`${unlistedBlog}/blog`);
  await expect(page.getByRole('heading', { name: 'Wat kun jij uitbesteden?' })).toBeVisible();
  // The browser refuses the frame itself (Content-Security-Policy frame-ancestors): the scan never renders.
  await expect.poll(() => refusals.length).toBeGreaterThan(0);
  expect(refusals[0]).toContain(listedBlog);
  await expect(page.frameLocator('iframe[data-delegatiescan]').getByRole('heading', { name: 'Over jou' })).toHaveCount(0);
});
