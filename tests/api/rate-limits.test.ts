import { expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

const t = useTestApp({ SUBMIT_LIMIT_PER_HOUR: '3', TRUST_PROXY: 'true' });

function submitFrom(address: string, app = t.app) {
  return app.request('/api/intakes', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': newIdempotencyKey(),
      'x-forwarded-for': address,
    },
    body: JSON.stringify(buildIntakeInput()),
  });
}

test('submissions are limited per address with a clear 429', async () => {
  for (let i = 0; i < 3; i++) expect((await submitFrom('203.0.113.7')).status).toBe(201);
  const limited = await submitFrom('203.0.113.7');
  expect(limited.status).toBe(429);
  expect(limited.headers.get('retry-after')).toBe('3600');
  expect((await errorOf(limited)).code).toBe('rate_limited');
  // Another address is not affected, and nothing of the refused request was stored.
  expect((await submitFrom('198.51.100.2')).status).toBe(201);
  expect(await t.db.prisma.intake.count()).toBe(4);
  // Never silently dropped: the refusal is logged.
  expect(t.logs.messages('warn')).toContainEqual(expect.stringContaining('rate limit submit'));
});

test('the limit is shared by every process: three apps on one database allow it once, not three times', async () => {
  // Each app is what one process behind a load balancer has: its own middleware and counters.
  const processes = [t.app, createApp(t.deps), createApp(t.deps)];
  const statuses = await Promise.all(
    Array.from({ length: 9 }, async (_, i) => (await submitFrom('203.0.113.9', processes[i % 3])).status),
  );
  expect(statuses.filter((status) => status === 201)).toHaveLength(3);
  expect(statuses.filter((status) => status === 429)).toHaveLength(6);
  expect(await t.db.prisma.intake.count()).toBe(3);
});

test('a window that has ended starts again', async () => {
  for (let i = 0; i < 3; i++) expect((await submitFrom('203.0.113.10')).status).toBe(201);
  expect((await submitFrom('203.0.113.10')).status).toBe(429);
  await t.db.prisma.rateLimitWindow.updateMany({ data: { resetAt: new Date(Date.now() - 1000) } });
  expect((await submitFrom('203.0.113.10')).status).toBe(201);
  const window = await t.db.prisma.rateLimitWindow.findUniqueOrThrow({ where: { key: 'submit:203.0.113.10' } });
  expect(window.hits).toBe(1);
  expect(window.resetAt.getTime()).toBeGreaterThan(Date.now() + 59 * 60 * 1000);
});

test('a client cannot dodge the limit by writing its own X-Forwarded-For: the address the proxy saw counts', async () => {
  // The proxy appends the address it saw; whatever the client wrote before it is the client's.
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await submitFrom(`10.9.8.${i}, 203.0.113.20`)).status);
  expect(statuses).toEqual([201, 201, 201, 429, 429]);
  expect(await t.db.prisma.rateLimitWindow.count({ where: { key: 'submit:203.0.113.20' } })).toBe(1);
});

test('with two proxies in front (TRUST_PROXY=2) the address the outer one saw counts', async () => {
  const app = createApp({ ...t.deps, env: { ...t.env, TRUST_PROXY: 2 } });
  const statuses = [];
  for (let i = 0; i < 4; i++) statuses.push((await submitFrom(`10.9.8.${i}, 203.0.113.21, 172.16.0.2`, app)).status);
  expect(statuses).toEqual([201, 201, 201, 429]);
  expect(await t.db.prisma.rateLimitWindow.count({ where: { key: 'submit:203.0.113.21' } })).toBe(1);
});
