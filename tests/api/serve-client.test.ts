import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { useTestApp } from '../setup/test-app.ts';

// A stand-in for `vite build` output: the server only needs index.html and fingerprinted assets.
const dist = mkdtempSync(path.join(tmpdir(), 'delegatiescan-dist-'));
mkdirSync(path.join(dist, 'assets'));
// As scripts/build/prerender-scan.tsx leaves them: step 1 in index.html, the plain page beside it.
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"><div inert data-prerendered="">Over jou</div></div>');
writeFileSync(path.join(dist, 'shell.html'), '<!doctype html><div id="root"></div>');
writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
// As scripts/build/precompress.js leaves them: a brotli and a gzip copy next to the file.
const script = `console.log(${JSON.stringify('y'.repeat(5000))});`;
writeFileSync(path.join(dist, 'assets', 'scan-def456.js'), script);
writeFileSync(path.join(dist, 'assets', 'scan-def456.js.br'), brotliCompressSync(script));
writeFileSync(path.join(dist, 'assets', 'scan-def456.js.gz'), gzipSync(script, { level: 9 }));

const t = useTestApp({ CLIENT_DIST: dist });

test('assets are served gzipped and cached for good', async () => {
  const response = await t.app.request('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip' } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-encoding')).toBe('gzip');
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test('precompressed copies go out as they are: brotli where the browser takes it, else gzip', async () => {
  const brotli = await t.app.request('/assets/scan-def456.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  expect(brotli.status).toBe(200);
  expect(brotli.headers.get('content-encoding')).toBe('br');
  expect(brotli.headers.get('content-type')).toMatch(/javascript/);
  expect(brotli.headers.get('vary')).toMatch(/accept-encoding/i);
  expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(Number(brotli.headers.get('content-length'))).toBe(brotliCompressSync(script).length);

  const gzip = await t.app.request('/assets/scan-def456.js', { headers: { 'accept-encoding': 'gzip' } });
  expect(gzip.headers.get('content-encoding')).toBe('gzip');
  expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(script);
});

test('the scan at / comes with step 1 prerendered', async () => {
  const page = await t.app.request('/');
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('data-prerendered');
});

test('/favicon.ico leads to the SVG icon', async () => {
  const response = await t.app.request('/favicon.ico');
  expect(response.status).toBe(301);
  expect(response.headers.get('location')).toBe('/favicon.svg');
});

test('deep links such as a result link get the app, API misses stay JSON', async () => {
  const page = await t.app.request('/r/AAAAAAAAAAAAAAAAAAAAAA');
  expect(page.status).toBe(200);
  // The page without the prerendered scan: a result link must not show step 1 first.
  expect(await page.text()).toContain('<div id="root"></div>');
  const api = await t.app.request('/api/does-not-exist');
  expect(api.status).toBe(404);
  expect(api.headers.get('content-type')).toContain('application/json');
});
