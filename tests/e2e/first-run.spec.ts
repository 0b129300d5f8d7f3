import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { SMTPServer } from 'smtp-server';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { startServerProcess, stopServerProcesses, waitUntil, type ServerProcess } from '../setup/server-process.ts';
import { collectBackOfficeErrors, signIn } from './admin-support.ts';
import { expectNoAxeViolations, expectNoHorizontalScroll } from './support.ts';

/**
 * The VA's first run, walked in the browser on installations of their own (not the shared test
 * server, which knows who the VA is): the README's first `npm start` (production, nobody but this
 * machine, no VA_NAME/VA_EMAIL, no mail server) and one with a mail server. Each prints its demo
 * account once on the terminal; that is how she signs in the first time.
 *
 * Without a mail server: prospects see no placeholder identity in either language; the back office
 * shows the setup checklist, the banner that e-mail is not set up, and the outbox says why nothing
 * leaves. With one: "send me a test e-mail" reports the SMTP server's refusal and then its
 * acceptance, and the e-mail item is ticked.
 */

// The ports given to this spec (the shared test server is on E2E_PORT).
const PORT_WITHOUT_SMTP = 4632;
const PORT_WITH_SMTP = 4633;
const SMTP_PORT = 4634;

test.describe.configure({ mode: 'serial' });

let dataDir: string;
test.beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'delegatiescan-first-run-'));
});
test.afterAll(async () => {
  await stopServerProcesses();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A fresh installation on its own SQLite file, started as `npm start` does (the built server). */
async function startFreshInstallation(name: string, port: number, env: Record<string, string>) {
  const server = await startServerProcess({
    DATABASE_URL: `file:${path.join(dataDir, `${name}.db`)}`,
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    CLIENT_DIST: process.env.E2E_CLIENT_DIST ?? 'dist/client',
    SCAN_MIN_FILL_SECONDS: '0',
    ...env,
  });
  return { server, baseUrl: `http://127.0.0.1:${port}`, demo: await demoAccount(server) };
}

const DEMO_LINE = /Back office: \S+ — (\S+@\S+) \/ (\S+)/;

/** The demo account the server printed once on its first start (just after the line it listens on). */
async function demoAccount(server: ServerProcess): Promise<{ email: string; password: string }> {
  await waitUntil('the server printed its demo account', () => DEMO_LINE.test(server.output()), 10_000).catch(() => {
    throw new Error(`No demo account in the server's output:\n${server.output()}`);
  });
  const [, email, password] = DEMO_LINE.exec(server.output())!;
  return { email: email!, password: password! };
}

async function switchToEnglish(page: Page) {
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: /EN|English/ }).click();
}

const PLACEHOLDERS = /virtuele assistent|virtual assistant|example\.(nl|com)/i;

test('without a mail server: neutral pages for prospects; the checklist, the banner and an honest outbox for the VA', async ({ page }) => {
  const { baseUrl, demo } = await startFreshInstallation('without-smtp', PORT_WITHOUT_SMTP, { NODE_ENV: 'production' });

  // Prospects, before she said who she is: the scan and a result, in Dutch and in English.
  await page.goto(`${baseUrl}/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(PLACEHOLDERS);
  await switchToEnglish(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('body')).not.toContainText(PLACEHOLDERS);

  const api = await playwrightRequest.newContext({ baseURL: baseUrl });
  const submitted = await api.post('/api/intakes', { data: buildIntakeInput(), headers: { 'Idempotency-Key': newIdempotencyKey() } });
  expect(submitted.status()).toBe(201);
  const { resultPath } = (await submitted.json()) as { resultPath: string };
  await api.dispose();
  await page.goto(`${baseUrl}${resultPath}`);
  await expect(page.getByText('Your delegation scan', { exact: true })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(PLACEHOLDERS);
  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /NL|Nederlands/ }).click();
  await expect(page.getByText('Jouw delegatiescan', { exact: true })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(PLACEHOLDERS);

  // The VA signs in with the account the terminal showed.
  const pageErrors = collectBackOfficeErrors(page);
  await page.goto(`${baseUrl}/admin`);
  await signIn(page, demo);
  await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();

  const checklist = page.getByRole('region', { name: 'Zet je scan klaar' });
  await expect(checklist).toContainText('0 van de 8 klaar');
  await expect(checklist.getByRole('listitem')).toHaveCount(8);
  await expect(checklist).toContainText('Er is nog geen mailserver ingesteld (SMTP_URL)');
  await expect(checklist.getByRole('button', { name: 'Stuur mij een test-e-mail' })).toHaveCount(0);
  await expect(page.getByText('E-mail is nog niet ingesteld: er gaat geen e-mail de deur uit.')).toBeVisible();
  await expectNoAxeViolations(page, 'the inbox with the setup checklist');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoHorizontalScroll(page, 'the inbox with the setup checklist at 360 px');
  await expectNoAxeViolations(page, 'the inbox with the setup checklist at 360 px');
  await page.setViewportSize({ width: 1280, height: 800 });

  // From the checklist to her name in the settings: she says who she is, and the list fills in.
  await checklist.getByRole('link', { name: 'Je naam' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Over jou' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Naam' }).fill('Sanne Jansen');
  await page.getByRole('textbox', { name: 'E-mailadres voor antwoorden' }).fill('sanne@sannejansen.nl');
  await page.getByRole('textbox', { name: /^Boekingslink/ }).fill('https://sannejansen.nl/kennismaken');
  await page.getByRole('textbox', { name: /^E-mailhandtekening/ }).fill('Hartelijke groet,\nSanne');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(page.getByText('Je instellingen zijn opgeslagen. Nieuwe scans gebruiken ze vanaf nu.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Backoffice' }).getByRole('link', { name: 'Inbox' }).click();
  await expect(checklist).toContainText('5 van de 8 klaar');
  await expect(checklist.getByRole('listitem').filter({ hasText: 'Je naam' })).toContainText('Klaar: Je naam');
  await expect(checklist.getByRole('link', { name: 'Je naam' })).toHaveCount(0);
  await expect(checklist.getByRole('link', { name: 'Je foto of logo' })).toBeVisible();

  // The banner leads to the outbox, which says why nothing leaves.
  await page.getByRole('link', { name: 'Naar de outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await expect(page.getByText(/^Er gaat nu niets de deur uit: er is nog geen mailserver ingesteld \(SMTP_URL\)/)).toBeVisible();
  await expectNoAxeViolations(page, 'the outbox without a mail server');

  // Now that she has a name, prospects see it.
  await page.goto(`${baseUrl}/`);
  await expect(page.locator('body')).not.toContainText(PLACEHOLDERS);
  expect(pageErrors()).toEqual([]);
});

test('with a mail server: the test e-mail reports the refusal word for word, then the acceptance, and ticks the item', async ({ page }) => {
  let refuseNext = 1;
  const received: string[] = [];
  const smtp = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, _session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        if (refuseNext-- > 0) return callback(Object.assign(new Error('Sender address rejected: not owned by user'), { responseCode: 550 }));
        received.push(raw);
        callback(null, 'Ok: queued as 4F2A1');
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, '127.0.0.1', resolve));
  try {
    // Production refuses a mail server with a localhost PUBLIC_URL: this walk runs as in development.
    const { baseUrl, demo } = await startFreshInstallation('with-smtp', PORT_WITH_SMTP, {
      NODE_ENV: 'test',
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      MAIL_FROM: 'scan@sannejansen.nl',
    });
    const pageErrors = collectBackOfficeErrors(page);
    await page.goto(`${baseUrl}/admin`);
    await signIn(page, demo);
    await expect(page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();

    const checklist = page.getByRole('region', { name: 'Zet je scan klaar' });
    await expect(checklist).toContainText('E-mails gaan uit van scan@sannejansen.nl.');
    await expect(page.getByText(/E-mail is nog niet ingesteld/)).toHaveCount(0);

    const button = checklist.getByRole('button', { name: 'Stuur mij een test-e-mail' });
    await button.click();
    const refusal = checklist.getByRole('alert');
    await expect(refusal).toContainText('De mailserver heeft de test-e-mail niet aangenomen.');
    await expect(refusal).toContainText('550 Sender address rejected: not owned by user');
    await expectNoAxeViolations(page, 'the checklist with a refused test e-mail');

    await button.click();
    await expect(checklist.getByRole('status')).toContainText(`De mailserver heeft de test-e-mail aangenomen voor ${demo.email}.`);
    await expect(checklist.getByRole('status')).toContainText('250 Ok: queued as 4F2A1');
    await expect(refusal).toBeEmpty();
    await expect(checklist.getByRole('listitem').filter({ hasText: 'E-mail versturen' })).toContainText('Klaar: E-mail versturen');
    await expect(checklist).toContainText('Laatste geslaagde test:');
    expect(received).toHaveLength(1);
    expect(received[0]).toContain('Subject: Testmail van je delegatiescan');

    await page.setViewportSize({ width: 360, height: 800 });
    await expectNoHorizontalScroll(page, 'the checklist with an accepted test e-mail at 360 px');
    await expectNoAxeViolations(page, 'the checklist with an accepted test e-mail at 360 px');
    expect(pageErrors()).toEqual([]);
  } finally {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  }
});
