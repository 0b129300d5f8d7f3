/**
 * API answers are compressed for clients that accept it (phones on a slow connection fetch the
 * catalogue and the result); a client that does not ask gets them plain.
 */
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { useTestApp } from '../setup/test-app.ts';

const t = useTestApp();

test('the scan config goes out gzipped to a client that accepts it, and decodes to the same answer', async () => {
  const plain = await t.app.request('/api/scan/config');
  expect(plain.headers.get('content-encoding')).toBeNull();
  const plainBody = await plain.text();
  expect(plainBody.length).toBeGreaterThan(10_000);

  const gzipped = await t.app.request('/api/scan/config', { headers: { 'accept-encoding': 'gzip' } });
  expect(gzipped.status).toBe(200);
  expect(gzipped.headers.get('content-encoding')).toBe('gzip');
  const bytes = Buffer.from(await gzipped.arrayBuffer());
  expect(bytes.length).toBeLessThan(plainBody.length / 3);
  expect(gunzipSync(bytes).toString('utf8')).toBe(plainBody);
});
