import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { CreateIntakeInput } from '#shared/schemas/intake.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';

/**
 * The database of the server Playwright started (playwright.config.ts puts its folder in
 * DELEGATIESCAN_E2E_DATA_DIR), for a test that reads or prepares what the browser cannot.
 */
export function e2eDatabaseUrl(): string {
  const dataDir = process.env.DELEGATIESCAN_E2E_DATA_DIR;
  if (!dataDir) throw new Error('DELEGATIESCAN_E2E_DATA_DIR is not set: run the tests through playwright.config.ts');
  return `file:${path.join(dataDir, 'e2e.db')}`;
}

/** A scan sent straight to the API, as the scan page would, with these contact details; its intake's id. */
export async function submitScanThroughApi(request: APIRequestContext, contact: Partial<CreateIntakeInput['contact']>): Promise<string> {
  const input = buildIntakeInput();
  input.contact = { ...input.contact, ...contact };
  const response = await request.post('/api/intakes', { data: input, headers: { 'Idempotency-Key': newIdempotencyKey() } });
  expect(response.status()).toBe(201);
  const { intakeId } = (await response.json()) as { intakeId: string };
  return intakeId;
}

/**
 * WCAG 2.2 AA (and the A/AA rules of earlier versions): no violations on the page as it is now.
 * `exclude` leaves parts out, by CSS selector: an e-mail preview in a `<iframe sandbox="">` runs no
 * script, timers included, so axe (which runs inside every frame it checks) would wait for it
 * forever. The page around it is checked; the e-mail's HTML is the renderer's to test.
 */
export async function expectNoAxeViolations(page: Page, context: string, { exclude = [] }: { exclude?: string[] } = {}): Promise<void> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  for (const selector of exclude) axe.exclude(selector);
  const results = await axe.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${context}`).toEqual([]);
}

/**
 * Collects console errors and uncaught exceptions; assert the list is empty at the end.
 * A 404 the app asked for (an erased result) is an answer, not an error, so the browser's
 * own "Failed to load resource … 404" line is not counted.
 */
/**
 * Playwright tries to run its own script in every frame, the e-mail previews' sandboxed ones
 * included; the browser refuses and logs it (microsoft/playwright#33343), sometimes, depending on
 * timing. That is the sandbox doing its job against the test tool, not an error of the page (the
 * outbox spec checks that the e-mails hold no script).
 */
const PLAYWRIGHT_BLOCKED_IN_SANDBOX = /^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/;

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/Failed to load resource: .* status of 404/.test(message.text())) return;
    if (PLAYWRIGHT_BLOCKED_IN_SANDBOX.test(message.text())) return;
    errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** Nothing sticks out sideways: usable at a phone's 360 px without horizontal scrolling. */
export async function expectNoHorizontalScroll(page: Page, context: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `horizontal overflow on ${context}`).toBeLessThanOrEqual(0);
}
