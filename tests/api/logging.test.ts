/**
 * Structured logs through the real app and the real outbox worker: one line per request under a
 * request id that the response carries, the same id on the lines of the e-mails that request
 * queued, and no personal data or token in any line.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { startOutboxWorker, type OutboxWorker } from '../../server/features/outbox/outbox.worker.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { useTestSmtpServer } from '../setup/smtp-server.ts';
import { useTestApp } from '../setup/test-app.ts';

const t = useTestApp();
const testSmtp = useTestSmtpServer();
const workers: OutboxWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  testSmtp.smtp.reset();
});

function submit(headers: Record<string, string> = {}) {
  return t.client.api.intakes.$post({ json: buildIntakeInput(), header: { 'idempotency-key': newIdempotencyKey() } }, { headers });
}

test('a request gets an id in X-Request-Id and one log line under it; the e-mails it queued are sent under it too', async () => {
  const response = await submit();
  expect(response.status).toBe(201);
  const reqId = response.headers.get('x-request-id');
  expect(reqId).toMatch(/^[0-9a-f-]{36}$/);
  const { resultToken } = await response.json();

  const requestLines = t.logs.entries.filter((entry) => entry.msg === 'request');
  expect(requestLines).toEqual([
    expect.objectContaining({ level: 'info', reqId, method: 'POST', route: '/api/intakes', status: 201, ms: expect.any(Number) }),
  ]);

  const worker = startOutboxWorker({
    ...t.deps,
    env: { ...t.env, SMTP_URL: testSmtp.smtp.url, MAIL_FROM: 'scan@mail.scan.test', OUTBOX_POLL_MS: 50 },
  });
  workers.push(worker);
  await vi.waitFor(() => expect(testSmtp.smtp.delivered).toHaveLength(2), { timeout: 10_000, interval: 50 });
  await vi.waitFor(() => expect(t.logs.messages('info').filter((msg) => msg.startsWith('Outbox: sent'))).toHaveLength(2));
  const sent = t.logs.entries.filter((entry) => entry.msg.startsWith('Outbox: sent'));
  expect(sent.map((entry) => [entry.reqId, entry.job])).toEqual([
    [reqId, 'outbox'],
    [reqId, 'outbox'],
  ]);

  // The result page's route is logged as its pattern, never with the token in it.
  expect((await t.app.request(`/api/results/${resultToken}`)).status).toBe(200);
  expect(t.logs.entries.at(-1)).toMatchObject({ msg: 'request', route: '/api/results/:token', status: 200 });

  const everything = JSON.stringify(t.logs.entries);
  expect(everything).not.toContain(resultToken);
  expect(everything).not.toMatch(/Zoë|de Vries|zoe@example\.nl|sanne@example\.nl/);
});

test('an id from the proxy in front is kept; anything else that is sent as one is replaced', async () => {
  const kept = await t.app.request('/api/health', { headers: { 'x-request-id': 'haproxy-0a1b2c3d' } });
  expect(kept.headers.get('x-request-id')).toBe('haproxy-0a1b2c3d');
  const replaced = await t.app.request('/api/health', { headers: { 'x-request-id': 'a "quoted" <script> id' } });
  expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  // Probes come every few seconds: at debug level, out of the way of the requests that matter.
  expect(t.logs.entries.filter((entry) => entry.route === '/api/health').map((entry) => entry.level)).toEqual(['debug', 'debug']);
});

test('an error answers 500 with the request id, logged with its stack under that id', async () => {
  const broken = { ...t.deps, db: { ...t.db, prisma: new Proxy(t.db.prisma, { get: () => { throw new Error('database gone'); } }) } };
  const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const response = await createApp(broken).request('/api/scan/config');
    expect(response.status).toBe(500);
    const reqId = response.headers.get('x-request-id');
    const error = t.logs.entries.find((entry) => entry.msg === 'Unhandled error');
    expect(error).toMatchObject({ level: 'error', reqId, err: { message: 'database gone' } });
    expect(t.logs.entries.at(-1)).toMatchObject({ msg: 'request', level: 'error', status: 500, reqId });
  } finally {
    consoleError.mockRestore();
  }
});
