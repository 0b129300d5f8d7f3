import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { useTestApp } from '../setup/test-app.ts';

// A stand-in for `vite build` output: the server only needs index.html and fingerprinted assets.
const dist = mkdtempSync(path.join(tmpdir(), 'delegatiescan-dist-'));
mkdirSync(path.join(dist, 'assets'));
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);

const t = useTestApp({ CLIENT_DIST: dist });

test('assets are served gzipped and cached for good', async () => {
  const response = await t.app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-encoding')).toBe('gzip');
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test('deep links such as a result link get the app, API misses stay JSON', async () => {
  const page = await t.app.request('/r/AAAAAAAAAAAAAAAAAAAAAA');
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<div id="root">');
  const api = await t.app.request('/api/does-not-exist');
  expect(api.status).toBe(404);
  expect(api.headers.get('content-type')).toContain('application/json');
});
