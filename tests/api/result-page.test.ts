/**
 * A result link's page with the result in it (server/features/results/result-page.ts, decision
 * 0031): rendered from the client's components, the answer beside it as data, one view counted;
 * the plain page for whatever cannot be shown that way.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { submitIntake, contactWith } from '../factories/submitted-intake.ts';
import { useTestApp } from '../setup/test-app.ts';

// The build's result.html, as far as the server reads it.
const dist = mkdtempSync(path.join(tmpdir(), 'delegatiescan-dist-'));
const SHELL =
  '<!doctype html><html lang="nl"><head><title>Delegatiescan</title><script src="/first-paint.js"></script></head><body><div id="root"></div></body></html>';
writeFileSync(path.join(dist, 'index.html'), SHELL);
writeFileSync(path.join(dist, 'result.html'), SHELL);

const t = useTestApp({ CLIENT_DIST: dist });

/** The JSON the page carries for the app, as the browser reads it. */
function dataOf(html: string): { intakeId: string; firstName: string; locale: string } {
  const match = /<script type="application\/json" id="result-data" data-token="[^"]+" data-locale="[a-z]+">(.*?)<\/script>/s.exec(html);
  if (!match) throw new Error('No result data in the page');
  return JSON.parse(match[1]!) as { intakeId: string; firstName: string; locale: string };
}

describe('GET /r/:token', () => {
  test('has the result in the page, and the answer as data before /first-paint.js; not cached', async () => {
    const { intakeId, resultToken } = await submitIntake(t);
    const resultPath = `/r/${resultToken}`;
    const page = await t.app.request(resultPath);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const html = await page.text();
    expect(html).toContain('<div id="root"><div inert data-prerendered="">');
    expect(html).toMatch(/<h1[^>]*>Hoi Zoë, dit is je delegatiescan<\/h1>/);
    expect(html.indexOf('id="result-data"')).toBeLessThan(html.indexOf('<script src="/first-paint.js">'));
    expect(dataOf(html)).toMatchObject({ intakeId, firstName: 'Zoë', locale: 'nl' });
    // What waits for code (the header's branding) shows its fallback, with no hydration marker left.
    expect(html).not.toContain('<template');
  });

  test('counts as the one visit: the timeline gets one "result opened"', async () => {
    const { intakeId, resultToken } = await submitIntake(t);
    const resultPath = `/r/${resultToken}`;
    await t.app.request(resultPath);
    await t.app.request(resultPath); // a reload within the half hour
    expect(await t.db.prisma.intakeEvent.count({ where: { intakeId, type: 'result-opened' } })).toBe(1);
  });

  test('an English result is an English page', async () => {
    const { resultToken } = await submitIntake(t, { locale: 'en' });
    const resultPath = `/r/${resultToken}`;
    const html = await (await t.app.request(resultPath)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<h1[^>]*>Hi Zoë, here is your delegation scan<\/h1>/);
    expect(dataOf(html).locale).toBe('en');
  });

  test('what the prospect typed cannot leave the data or the markup', async () => {
    const { resultToken } = await submitIntake(t, contactWith({ name: '</script><script>alert(1)</script> Vries', company: '<img src=x onerror=alert(2)>' }));
    const html = await (await t.app.request(`/r/${resultToken}`)).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    expect(dataOf(html).firstName).toBe('</script><script>alert(1)</script>');
  });

  test('an unknown or malformed link gets the plain page (the app then shows its not-found)', async () => {
    for (const link of ['/r/AAAAAAAAAAAAAAAAAAAAAA', '/r/not-a-token']) {
      const page = await t.app.request(link);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toBe(SHELL);
    }
  });
});
