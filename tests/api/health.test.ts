/** Liveness and readiness, through the real app over a real database. */
import { expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { useTestApp } from '../setup/test-app.ts';

const t = useTestApp();

test('/api/health: the process answers', async () => {
  const response = await t.app.request('/api/health');
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
});

test('/api/ready: ready when the database answers and every migration of this code is applied', async () => {
  const response = await t.app.request('/api/ready');
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toEqual({ ready: true, checks: { database: 'ok', migrations: 'ok', stopping: false } });
});

test('/api/ready: 503 with Retry-After while a migration is missing', async () => {
  const [last] = await t.db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1',
  );
  const mark = (rolledBack: string) =>
    t.db.prisma.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET rolled_back_at = ${rolledBack} WHERE migration_name = '${last!.migration_name}'`);
  await mark('CURRENT_TIMESTAMP'); // as if it had been rolled back
  try {
    const response = await t.app.request('/api/ready');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({ ready: false, checks: { database: 'ok', migrations: 'pending', stopping: false } });
  } finally {
    await mark('NULL');
  }
});

test('/api/ready: 503 once the process is stopping, and every response asks to close the connection', async () => {
  const lifecycle = { stopping: false };
  const app = createApp(t.deps, lifecycle);
  expect((await app.request('/api/ready')).status).toBe(200);
  lifecycle.stopping = true;
  const ready = await app.request('/api/ready');
  expect(ready.status).toBe(503);
  expect(await ready.json()).toMatchObject({ ready: false, checks: { stopping: true } });
  const health = await app.request('/api/health');
  expect(health.status).toBe(200); // still alive: only not taking new work
  expect(health.headers.get('connection')).toBe('close');
});

test('/api/ready: 503 when the database does not answer', async () => {
  const broken = { ...t.db, prisma: new Proxy(t.db.prisma, { get: (target, key) => (key === '$queryRawUnsafe' ? () => Promise.reject(new Error('connection refused')) : Reflect.get(target, key)) }) };
  const response = await createApp({ ...t.deps, db: broken }).request('/api/ready');
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ ready: false, checks: { database: 'unreachable', migrations: 'unknown', stopping: false } });
});
