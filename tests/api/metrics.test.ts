/**
 * /metrics over real HTTP (the loopback rule needs a socket): who may read it, and that the
 * figures the issue asks for move when the real flows run.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { queueMessages } from '../../server/features/outbox/outbox.repository.ts';
import { testEmailContent } from '../factories/email-content.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { useTestApp } from '../setup/test-app.ts';

const TOKEN = 'm'.repeat(40);
const t = useTestApp({ METRICS_TOKEN: TOKEN });
let server: ServerType;
let base: string;

beforeAll(async () => {
  server = serve({ fetch: createApp(t.deps).fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The value of one series in the exposition text, e.g. value(text, 'x_total{outcome="created"}'). */
function value(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

async function scrape(headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${base}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

test('served to this machine and to the token; refused through a proxy, from elsewhere or with a wrong token', async () => {
  await scrape();
  await scrape({ authorization: `Bearer ${TOKEN}` });
  // A reverse proxy on this machine connects from the loopback too, for someone else.
  expect((await fetch(`${base}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.5' } })).status).toBe(403);
  expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${'x'.repeat(40)}` } })).status).toBe(401);
  // No socket at all (in-process): not the loopback either.
  expect((await t.app.request('/metrics')).status).toBe(403);
});

test('request durations per route, submissions, the outbox depth and its oldest due e-mail, sign-in failures', async () => {
  const before = await scrape();
  const key = newIdempotencyKey();
  const submit = () =>
    fetch(`${base}/api/intakes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(buildIntakeInput()),
    });
  expect((await submit()).status).toBe(201);
  expect((await submit()).status).toBe(200); // the same key again: a replay
  await t.db.sqlTransaction((sql) =>
    queueMessages(sql, [
      {
        toAddress: 'sanne@example.nl', locale: 'nl', content: testEmailContent('va-new-intake', 'Oud'),
        idempotencyKey: `metrics:${key}`, notBefore: new Date(Date.now() - 90_000),
      },
    ]),
  );
  await t.db.prisma.outboxMessage.create({
    data: { kind: 'va-new-intake', toAddress: 'sanne@example.nl', locale: 'nl', subject: 'Mislukt', html: '-', text: '-', idempotencyKey: `failed:${key}`, status: 'failed' },
  });
  const wrong = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://scan.test' },
    body: JSON.stringify({ email: 'niemand@example.nl', password: 'not the password at all' }),
  });
  expect(wrong.status).toBe(401);

  const after = await scrape();
  const delta = (series: string) => value(after, series) - value(before, series);
  expect(delta('delegatiescan_submissions_total{outcome="created"}')).toBe(1);
  expect(delta('delegatiescan_submissions_total{outcome="replayed"}')).toBe(1);
  expect(delta('delegatiescan_http_request_duration_seconds_count{method="POST",route="/api/intakes",status="201"}')).toBe(1);
  expect(delta('delegatiescan_sign_in_failures_total{reason="invalid_credentials"}')).toBe(1);
  // The submission queued two e-mails (prospect and VA), plus the one queued above: due, nothing sends.
  expect(value(after, 'delegatiescan_outbox_messages{state="due"}')).toBe(3);
  expect(value(after, 'delegatiescan_outbox_messages{state="failed"}')).toBe(1);
  expect(value(after, 'delegatiescan_outbox_oldest_due_seconds')).toBeGreaterThanOrEqual(90);
  expect(after).toContain('delegatiescan_process_resident_memory_bytes');
  expect(after).not.toContain('niemand@example.nl');
});
