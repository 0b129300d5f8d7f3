/**
 * A burst of submissions bigger than the database pool: every answer is 201 or 503 with
 * Retry-After (never a 500), and a retry with the same idempotency key stores the scan once.
 * The pool is made small on purpose; on SQLite (one connection, first come first served) nothing
 * times out and every submission is stored.
 */
import { expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { openDatabase } from '../../server/lib/db.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

const t = useTestApp();

const BURST = 80;

test('a burst on a small pool answers 201 or 503 + Retry-After, never 500; retries with the same key store each scan once', { timeout: 60_000 }, async () => {
  const postgres = t.db.provider === 'postgresql';
  const db = postgres ? await openDatabase(t.db.url, { migrate: false, pool: { size: 2, waitMs: 100 } }) : t.db;
  try {
    const app = createApp({ ...t.deps, db });
    const input = buildIntakeInput();
    const submit = (key: string) =>
      app.request('/api/intakes', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(input),
      });
    const keys = Array.from({ length: BURST }, newIdempotencyKey);
    const answers = await Promise.all(keys.map(submit));

    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);
    const refused = answers.filter((answer) => answer.status === 503);
    if (postgres) expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) {
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await errorOf(answer)).code).toBe('overloaded');
    }
    expect(t.logs.messages('error')).toEqual([]);

    // The browser tries again with the same key (one by one now): each scan is stored exactly once.
    for (const key of keys) expect([200, 201]).toContain((await submit(key)).status);
    expect(await t.db.prisma.intake.count()).toBe(BURST);
    for (const key of keys) expect((await submit(key)).status).toBe(200);
    expect(await t.db.prisma.intake.count()).toBe(BURST);
  } finally {
    if (postgres) await db.close();
  }
});
