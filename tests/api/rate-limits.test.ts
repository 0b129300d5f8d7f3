import { expect, test } from 'vitest';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { useTestApp } from '../setup/test-app.ts';

const t = useTestApp({ SUBMIT_LIMIT_PER_HOUR: '3', TRUST_PROXY: 'true' });

function submitFrom(address: string) {
  return t.app.request('/api/intakes', {
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
  expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  // Another address is not affected, and nothing of the refused request was stored.
  expect((await submitFrom('198.51.100.2')).status).toBe(201);
  expect(await t.db.prisma.intake.count()).toBe(4);
  // Never silently dropped: the refusal is logged.
  expect(t.logs.messages('warn')).toContainEqual(expect.stringContaining('rate limit submit'));
});
