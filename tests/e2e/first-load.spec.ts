import { expect, test } from '@playwright/test';
import type { CreateIntakeResponse } from '#shared/schemas/intake.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { collectPageErrors } from './support.ts';

/**
 * The scan's first load as the built app serves it (docs/decisions/0016-scan-first-load-budget.md):
 * the entry chunk first, the later steps and the checks right after the first paint; the files
 * as the build compressed them, cached for good; what search engines ask for.
 */

test('step 1 shows from the entry chunk; the later steps and the checks load right after it', async ({ page, request }) => {
  const html = await (await request.get('/')).text();
  // The first load: one script (and first-paint.js in <head>), no preloaded chunks.
  const firstLoad = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  expect(firstLoad).toHaveLength(1);

  const errors = collectPageErrors(page);
  const scripts: string[] = [];
  const stylesheets: string[] = [];
  const asked: string[] = [];
  page.on('request', (sent) => {
    const { pathname } = new URL(sent.url());
    if (sent.resourceType() === 'script') scripts.push(pathname);
    if (sent.resourceType() === 'stylesheet') stylesheets.push(pathname);
    asked.push(pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Over jou' })).toBeVisible();
  expect(scripts).toContain(firstLoad[0]);
  // Right after the first paint, before the prospect can press Next: steps 2-4, the checks and
  // react-query (docs/decisions/0028), which then fetches the VA's branding and the catalogue.
  await expect
    .poll(() => scripts.filter((script) => /\/assets\/(about-step-form|tasks-step|collaboration-step|contact-step|step-resolvers|query-provider)-/.test(script)).length)
    .toBe(6);
  await expect.poll(() => asked.filter((pathname) => pathname === '/api/branding' || pathname === '/api/scan/config').length).toBe(2);
  // Only the scan's own styles: the other pages' utilities come with their code.
  expect(stylesheets.filter((file) => file.includes('later-pages-'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('step 1 works before react-hook-form arrives: typing is kept and autosaved, focus stays, a Next is held', async ({ page }) => {
  // Step 1's form code (react-hook-form) comes right after the first paint (decision 0028);
  // held back here, to type and press Next before it is there.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await page.route(/\/assets\/about-step-form-[^/]+\.js$/, async (route) => {
    held = true;
    await released;
    await route.continue();
  });
  const errors = collectPageErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Over jou' })).toBeVisible();
  await expect.poll(() => held).toBe(true);
  const hours = page.getByLabel('Hoeveel uur werk je gemiddeld per week?');
  await expect.poll(() => hours.evaluate((input) => Object.keys(input).some((key) => key.startsWith('__reactFiber')))).toBe(true); // React's, not the prerendered one

  await hours.fill('3');
  // Autosaved before the form code is there: a reload would keep it.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('delegatiescan:scan-draft'))).toContain('"hoursPerWeek":"3"');
  await page.getByRole('radio').first().check();
  await hours.focus();
  await hours.press('End');
  await hours.press('Enter'); // Next, held until the form has arrived
  await expect(page.getByText('Vul dit nog even in.')).toHaveCount(0);

  release();
  // The held Next is pressed again: the messages show and the first invalid field has the focus.
  await expect(page.getByText('Vul dit nog even in.').first()).toBeVisible();
  await expect(page.getByLabel('Wat voor bedrijf heb je?')).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Over jou' })).toBeVisible();
  // What was typed and chosen is in the form now; typing goes on in the same field.
  await expect(hours).toHaveValue('3');
  await expect(page.getByRole('radio').first()).toBeChecked();
  await hours.focus();
  await hours.press('End');
  await hours.pressSequentially('2');
  await expect(hours).toHaveValue('32');
  expect(errors).toEqual([]);
});

test('typing on step 1 keeps the focus and the caret: when the form code arrives, and when the first autosave is answered', async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const arrived: string[] = [];
  let held = false;
  await page.route(/\/assets\/about-step-form-[^/]+\.js$/, async (route) => {
    held = true;
    await released;
    await route.continue();
  });
  page.on('requestfinished', (finished) => {
    if (/about-step-form-/.test(finished.url())) arrived.push(finished.url());
  });
  await page.goto('/');
  const hours = page.getByLabel('Hoeveel uur werk je gemiddeld per week?');
  await expect.poll(() => held).toBe(true);
  await expect.poll(() => hours.evaluate((input) => Object.keys(input).some((key) => key.startsWith('__reactFiber')))).toBe(true); // React's, not the prerendered one
  await hours.click();
  await hours.pressSequentially('14');
  await hours.press('ArrowLeft'); // the caret between 1 and 4
  // The first answer is autosaved and starts the scan (/api/scan/start); its answer re-renders
  // the page, which once suspended it for the draft check and blurred the field.
  await page.waitForTimeout(1000);
  await expect(hours).toBeFocused();
  await hours.evaluate((input) => ((input as HTMLInputElement & { typedInto?: boolean }).typedInto = true));
  release();
  await expect.poll(() => arrived.length).toBe(1);
  await page.waitForTimeout(200);
  await expect(hours).toBeFocused();
  // The code's arrival changes nothing on screen: the same field, not one made anew (taking over
  // then remounted every field in one long task; it waits for the first Next now).
  expect(await hours.evaluate((input) => (input as HTMLInputElement & { typedInto?: boolean }).typedInto)).toBe(true);
  await hours.pressSequentially('2');
  await expect(hours).toHaveValue('124');
});

test('assets go out as the build compressed them (brotli, else gzip) and are cached for good', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  const brotli = await request.get(entry!, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  expect(brotli.headers()['content-encoding']).toBe('br');
  expect(brotli.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const gzip = await request.get(entry!, { headers: { 'accept-encoding': 'gzip, deflate' } });
  expect(gzip.headers()['content-encoding']).toBe('gzip');
});

test('search engines get a description, a robots.txt and an icon, not the app', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toMatch(/<meta\s+name="description"\s+content="[^"]{50,160}"/);

  const robots = await request.get('/robots.txt');
  expect(robots.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await robots.text()).toContain('Disallow: /r/');

  const icon = await request.get('/favicon.ico');
  expect(icon.url()).toMatch(/\/favicon\.svg$/);
  expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
});

test('step 1 is in the page itself: shown before (and without) the JavaScript, only at /', async ({ browser, request }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto('/');
  await expect(page.getByText('Welke taken kun jij uit handen geven?')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Over jou' })).toBeVisible();
  // Nothing typed into it can be lost when the app takes over: it cannot be typed into.
  await expect(page.locator('[data-prerendered]')).toHaveAttribute('inert', '');
  await noScript.close();

  // Deep links get the page without it (no scan flashing before a result).
  const deepLink = await (await request.get('/r/AAAAAAAAAAAAAAAAAAAAAA')).text();
  expect(deepLink).toContain('<div id="root"></div>');
});

test('a returning visitor (a stored draft, or English) does not see the prerendered Dutch step 1', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('PARAGLIDE_LOCALE', 'en'));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'About you' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.classList.contains('skip-prerendered'))).toBe(true);
});

test('a result link’s page has the result in it: read before (and without) the JavaScript, then the app takes over without asking again', async ({ browser, page, request }) => {
  const input = buildIntakeInput();
  const submitted = await request.post('/api/intakes', { data: input, headers: { 'Idempotency-Key': newIdempotencyKey() } });
  expect(submitted.status()).toBe(201);
  const { resultPath } = (await submitted.json()) as CreateIntakeResponse;
  const heading = { level: 1, name: 'Hoi Zoë, dit is je delegatiescan' } as const;

  // The page names the result page's chunks, so they load with the entry.
  const html = await (await request.get(resultPath)).text();
  const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  expect(preloaded.some((file) => /\/result-page-/.test(file!))).toBe(true);
  expect(preloaded.some((file) => /\/query-provider-/.test(file!))).toBe(true);
  // No classic script at the end of <body>: the entry (a module) would wait for it, and the
  // preloads, fetched first, held such a script back by ~1 s on a throttled phone (decision 0028).
  expect(html.split('<body>')[1]).not.toContain('<script');

  // Without JavaScript: the result is there, and nothing in it can be used before the app has it.
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const still = await noScript.newPage();
  await still.goto(resultPath);
  await expect(still.getByRole('heading', heading)).toBeVisible();
  await expect(still.locator('[data-prerendered]')).toHaveAttribute('inert', '');
  await noScript.close();

  // With it: the app renders over the page without an empty frame in between, and does not ask
  // for the result again (the page's own request was the one view).
  await page.addInitScript(() => {
    const seen = { heading: false, lost: false };
    (window as unknown as { __heading: typeof seen }).__heading = seen;
    new MutationObserver(() => {
      if (document.readyState === 'loading') return; // the HTML is still arriving
      const shown = !!document.querySelector('#root h1');
      if (seen.heading && !shown) seen.lost = true;
      seen.heading ||= shown;
    }).observe(document, { childList: true, subtree: true });
  });
  const errors = collectPageErrors(page);
  const asked: string[] = [];
  page.on('request', (sent) => asked.push(new URL(sent.url()).pathname));
  await page.goto(resultPath);
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('heading', heading)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Printen / opslaan als pdf' })).toBeEnabled();
  expect(await page.evaluate(() => (window as unknown as { __heading: { lost: boolean } }).__heading.lost)).toBe(false);
  expect(asked.filter((pathname) => pathname.startsWith('/api/results/'))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a visitor who chose English on this device gets the app’s English render, not the Dutch page', async ({ page, request }) => {
  const submitted = await request.post('/api/intakes', { data: buildIntakeInput(), headers: { 'Idempotency-Key': newIdempotencyKey() } });
  const { resultPath } = (await submitted.json()) as CreateIntakeResponse;
  await page.addInitScript(() => {
    window.localStorage.setItem('PARAGLIDE_LOCALE', 'en');
    window.localStorage.setItem('delegatiescan:locale-chosen', '1');
  });
  await page.goto(resultPath);
  await expect(page.getByRole('heading', { level: 1, name: 'Hi Zoë, here is your delegation scan' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.classList.contains('skip-prerendered'))).toBe(true);
});

test('the back office’s page loads its code and react-query alongside the entry', async ({ page, request }) => {
  const html = await (await request.get('/admin')).text();
  const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  expect(preloaded.some((file) => /\/admin-app-/.test(file!))).toBe(true);
  expect(preloaded.some((file) => /\/query-provider-/.test(file!))).toBe(true);
  expect(await (await request.get('/admin/intakes')).text()).toBe(html);

  // Asked for before the app's code ran (its first request asks who is signed in; signed out
  // here, so the sign-in page shows).
  const asked: string[] = [];
  page.on('request', (sent) => asked.push(new URL(sent.url()).pathname));
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const firstAppRequest = asked.findIndex((pathname) => pathname.startsWith('/api/'));
  expect(firstAppRequest).toBeGreaterThan(-1);
  expect(asked.findIndex((pathname) => /\/assets\/admin-app-/.test(pathname))).toBeLessThan(firstAppRequest);
  expect(asked.findIndex((pathname) => /\/assets\/query-provider-/.test(pathname))).toBeLessThan(firstAppRequest);
});
