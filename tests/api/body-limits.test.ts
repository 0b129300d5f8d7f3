import { expect, test } from 'vitest';
import { Hono } from 'hono';
import { handleError } from '../../server/lib/errors.ts';
import { capBody, MAX_API_BODY_BYTES } from '../../server/lib/validation.ts';
import { submitIntake } from '../factories/submitted-intake.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

const t = useTestApp();

const KIB = 1024;

/** Valid JSON of about `bytes` bytes: `{"locale":"nl"}` and then blanks, which JSON allows. */
function paddedJson(bytes: number): string {
  return `{"locale":"nl"}${' '.repeat(bytes)}`;
}

/** A body of `totalBytes` bytes made while it is read; `pulled()` says how much was read. */
function lazyBody(totalBytes: number, chunkBytes = 64 * KIB) {
  let sent = 0;
  const chunk = new TextEncoder().encode(' '.repeat(chunkBytes));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

async function errorCode(response: Response) {
  return (await errorOf(response)).code;
}

test('a large body to POST /api/results/:token/email is refused with 413 before the token is looked at', async () => {
  const { resultToken } = await submitIntake(t);
  const queuedBefore = await t.db.prisma.outboxMessage.count();
  for (const token of [resultToken, 'no-such-token']) {
    const response = await t.app.request(`/api/results/${token}/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: paddedJson(64 * KIB),
    });
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe('payload_too_large');
  }
  expect(await t.db.prisma.outboxMessage.count()).toBe(queuedBefore);
  // A body of the size the page sends still works.
  const small = await t.app.request(`/api/results/${resultToken}/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"locale":"nl"}',
  });
  expect(small.status).toBe(202);
});

test('a huge streamed body (no Content-Length) is refused without being read to the end', async () => {
  const body = lazyBody(256 * 1024 * KIB);
  const response = await t.app.request(
    new Request('http://scan.test/api/results/no-such-token/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body.stream,
      duplex: 'half',
    } as RequestInit),
  );
  expect(response.status).toBe(413);
  // Read only as far as the route's limit of 1 KiB (the chunk that crossed it and a few queued).
  expect(body.pulled()).toBeLessThanOrEqual(4 * 64 * KIB);
});

test('every route under /api that takes a body has the cap, even one without a limit of its own', async () => {
  const routes = t.app.routes.filter((route) => route.path.startsWith('/api/') && ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method));
  expect(routes.length).toBeGreaterThan(10);
  for (const route of [...routes, { method: 'POST', path: '/api/no-such-route' }]) {
    const path = route.path.replace(/:\w+/g, 'x');
    const response = await t.app.request(path, {
      method: route.method,
      headers: { 'content-type': 'application/json', 'content-length': String(MAX_API_BODY_BYTES + 1) },
      body: ' '.repeat(MAX_API_BODY_BYTES + 1),
    });
    expect(response.status, `${route.method} ${path}`).toBe(413);
  }
});

test('the cap breaks off a streamed body that a route without its own limit reads', async () => {
  // A route someone forgot to limit, behind the cap as every route under /api is.
  const forgotten = new Hono().use(capBody(MAX_API_BODY_BYTES)).post('/', async (c) => c.json(await c.req.json()));
  forgotten.onError((err, c) => handleError(err, c, t.log));
  const body = lazyBody(256 * 1024 * KIB);
  const response = await forgotten.request(
    new Request('http://scan.test/', { method: 'POST', body: body.stream, duplex: 'half' } as RequestInit),
  );
  expect(response.status).toBe(413);
  expect(await errorCode(response)).toBe('payload_too_large');
  expect(body.pulled()).toBeLessThanOrEqual(MAX_API_BODY_BYTES + 4 * 64 * KIB);
});
