/**
 * The smaller findings of the probe (issue 10, point 10): headers every answer carries, no source
 * maps in production, no-store on the draft API, 415 for a body that is not JSON where JSON is read.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildSaveDraftInput } from '../factories/intake.ts';
import { submitIntake } from '../factories/submitted-intake.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

// A stand-in for `vite build` output, with the source maps vite writes next to the scripts.
const dist = mkdtempSync(path.join(tmpdir(), 'delegatiescan-dist-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1);');
writeFileSync(path.join(dist, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["../../client/src/main.tsx"]}');

const t = useTestApp({ CLIENT_DIST: dist });

test('every answer says which browser features the app never uses (Permissions-Policy)', async () => {
  for (const pathname of ['/', '/api/health', '/api/does-not-exist', '/embed', '/assets/index-abc123.js']) {
    const policy = (await t.app.request(pathname)).headers.get('permissions-policy');
    expect(policy, pathname).toMatch(/camera=\(\)/);
    expect(policy, pathname).toMatch(/microphone=\(\)/);
    expect(policy, pathname).toMatch(/geolocation=\(\)/);
  }
});

test('source maps are not served (they would hand out the client source)', async () => {
  expect((await t.app.request('/assets/index-abc123.js')).status).toBe(200);
  const map = await t.app.request('/assets/index-abc123.js.map');
  expect(map.status).toBe(404);
  expect(await map.text()).not.toContain('sources');
});

test('the draft API is never stored by a browser or proxy cache', async () => {
  const saved = await t.app.request('/api/drafts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
    body: JSON.stringify(buildSaveDraftInput()),
  });
  expect(saved.status).toBe(202);
  expect(saved.headers.get('cache-control')).toBe('no-store');
  const opened = await t.app.request('/api/drafts/AAAAAAAAAAAAAAAAAAAAAA');
  expect(opened.status).toBe(404);
  expect(opened.headers.get('cache-control')).toBe('no-store');
});

test('a route that reads JSON refuses another Content-Type with 415 (and does not act on it)', async () => {
  const { resultToken } = await submitIntake(t);
  const queued = await t.db.prisma.outboxMessage.count();
  for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null]) {
    const response = await t.app.request(`/api/results/${resultToken}/email`, {
      method: 'POST',
      headers: contentType ? { 'content-type': contentType } : {},
      body: '{}',
    });
    expect(response.status, String(contentType)).toBe(415);
    expect((await errorOf(response)).code).toBe('unsupported_media_type');
  }
  expect(await t.db.prisma.outboxMessage.count()).toBe(queued);
  // JSON with a charset, and JSON's own subtypes, are JSON.
  const json = await t.app.request(`/api/results/${resultToken}/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: '{}',
  });
  expect(json.status).toBe(202);
});
