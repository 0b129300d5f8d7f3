import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

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
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (/Failed to load resource: .* status of 404/.test(message.text())) return;
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
