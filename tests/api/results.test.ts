import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { storedV1Intake } from '../factories/stored-v1-intake.ts';
import { createApp } from '../../server/app.ts';
import { RESULT_VISIT_MS } from '../../server/features/results/results.repository.ts';
import { RESULT_VIEWS_PER_ADDRESS_PER_HOUR } from '../../server/features/results/results.routes.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorBodyOf, errorOf } from '../setup/test-client.ts';

const t = useTestApp();

async function submitted(overrides = {}) {
  const response = await t.client.api.intakes.$post({ json: buildIntakeInput(overrides), header: { 'idempotency-key': newIdempotencyKey() } });
  expect(response.status).toBe(201);
  return response.json();
}

describe('GET /api/results/:token', () => {
  test('shows the stored snapshot, who it is for and whom to contact', async () => {
    const { intakeId, resultToken } = await submitted();
    const response = await t.client.api.results[':token'].$get({ param: { token: resultToken } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const view = await response.json();
    const stored = await t.db.prisma.intakeSnapshot.findUniqueOrThrow({ where: { intakeId } });
    expect(view.result).toEqual(stored.result);
    expect(view).toMatchObject({
      intakeId,
      locale: 'nl',
      firstName: 'Zoë',
      company: 'Zoë Coaching',
      va: { name: 'Sanne Jansen', bookingUrl: 'https://example.nl/kennismaken', replyEmail: 'sanne@example.nl' },
      // This installation sends e-mail, so the page offers "e-mail me this link".
      emailDelivery: true,
    });
  });

  test('a result stored by engine 1.0.0 (and its old answers) comes back exactly as it was stored', async () => {
    const { intakeId, resultToken } = await submitted();
    const v1 = storedV1Intake();
    await t.db.prisma.intakeSnapshot.update({ where: { intakeId }, data: { result: v1.result, answers: v1.answers } });
    await t.db.prisma.intake.update({ where: { id: intakeId }, data: { engineVersion: '1.0.0', catalogueVersion: '2026.11-1', vatStatus: null } });
    const response = await t.client.api.results[':token'].$get({ param: { token: resultToken } });
    expect(response.status).toBe(200);
    const view = await response.json();
    expect(view.result).toEqual(v1.result);
    expect(JSON.stringify(view.result)).toBe(JSON.stringify(v1.result));
  });

  test('counts a visit once on the link and in the timeline: refreshing, or ten tabs at once, writes nothing more', async () => {
    const { intakeId, resultToken } = await submitted();
    const visits = async () => ({
      link: await t.db.prisma.resultLink.findFirstOrThrow({ where: { intakeId }, select: { openCount: true, lastOpenedAt: true } }),
      events: await t.db.prisma.intakeEvent.count({ where: { intakeId, type: 'result-opened' } }),
    });
    await t.app.request(`/api/results/${resultToken}`);
    await t.app.request(`/api/results/${resultToken}`);
    await Promise.all(Array.from({ length: 10 }, () => t.app.request(`/api/results/${resultToken}`)));
    const first = await visits();
    expect(first.link.openCount).toBe(1);
    expect(first.events).toBe(1);

    // Half an hour later it is a new visit.
    await t.db.prisma.resultLink.updateMany({
      where: { intakeId },
      data: { lastOpenedAt: new Date(first.link.lastOpenedAt!.getTime() - RESULT_VISIT_MS) },
    });
    await Promise.all(Array.from({ length: 10 }, () => t.app.request(`/api/results/${resultToken}`)));
    const second = await visits();
    expect(second.link.openCount).toBe(2);
    expect(second.events).toBe(2);
  });

  test.each([
    ['a wrong token', 'AAAAAAAAAAAAAAAAAAAAAA'],
    ['a malformed token', 'not-a-token!'],
    ['a very long token', 'A'.repeat(500)],
  ])('%s gets the same friendly 404 that reveals nothing', async (_name, token) => {
    await submitted();
    const response = await t.app.request(`/api/results/${encodeURIComponent(token)}`);
    expect(response.status).toBe(404);
    const body = await errorBodyOf(response);
    expect(body.error).toEqual({ code: 'not_found', message: 'This result does not exist (any more).' });
  });

  test('views are limited per address, generously: then 429 with Retry-After, and other addresses go on', async () => {
    const { resultToken } = await submitted();
    expect(RESULT_VIEWS_PER_ADDRESS_PER_HOUR).toBeGreaterThanOrEqual(100); // a prospect reloading never meets it
    const app = createApp({ ...t.deps, env: { ...t.env, TRUST_PROXY: 1 } });
    const view = (address: string) => app.request(`/api/results/${resultToken}`, { headers: { 'x-forwarded-for': address } });
    // This address has nearly used up its hour (a reload loop, or someone trying tokens).
    await t.db.prisma.rateLimitWindow.create({
      data: { key: 'result-view:203.0.113.30', hits: RESULT_VIEWS_PER_ADDRESS_PER_HOUR - 1, resetAt: new Date(Date.now() + 60 * 60 * 1000) },
    });
    expect((await view('203.0.113.30')).status).toBe(200);
    const limited = await view('203.0.113.30');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3600');
    expect((await errorOf(limited)).code).toBe('rate_limited');
    expect((await view('198.51.100.31')).status).toBe(200);
  });
});

describe('DELETE /api/results/:token', () => {
  test('erases the intake with its tasks, links and events for good', async () => {
    const { intakeId, resultToken } = await submitted();
    await t.app.request(`/api/results/${resultToken}`);
    const keep = await submitted({ contact: { ...buildIntakeInput().contact, email: 'ander@example.nl' } });

    const response = await t.app.request(`/api/results/${resultToken}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ erased: true });

    expect(await t.db.prisma.intake.count({ where: { id: intakeId } })).toBe(0);
    expect(await t.db.prisma.intakeTask.count({ where: { intakeId } })).toBe(0);
    expect(await t.db.prisma.resultLink.count({ where: { intakeId } })).toBe(0);
    expect(await t.db.prisma.intakeEvent.count({ where: { intakeId } })).toBe(0);
    expect((await t.app.request(`/api/results/${resultToken}`)).status).toBe(404);
    // Someone else's intake is untouched.
    expect((await t.app.request(`/api/results/${keep.resultToken}`)).status).toBe(200);
  });

  // The embedded database's files themselves (PostgreSQL keeps dead rows until VACUUM, its own job).
  if (!process.env.TEST_DATABASE_URL) {
    test('erased means gone from the SQLite file and its WAL, not only unlinked', async () => {
      const marker = 'Zwaantje Wissebrood';
      const { resultToken } = await submitted({
        contact: { ...buildIntakeInput().contact, name: marker, email: 'zwaantje.wissebrood@example.nl', company: 'Wissebrood & Co' },
      });
      const file = t.db.url.replace(/^file:/, '');
      const onDisk = async () => {
        const parts = await Promise.all([file, `${file}-wal`].map((name) => readFile(name).catch(() => Buffer.alloc(0))));
        return Buffer.concat(parts);
      };
      expect((await onDisk()).includes(marker)).toBe(true);

      expect((await t.app.request(`/api/results/${resultToken}`, { method: 'DELETE' })).status).toBe(200);
      const bytes = await onDisk();
      for (const trace of [marker, 'zwaantje.wissebrood@example.nl', 'Wissebrood & Co', 'zwaantje wissebrood']) {
        expect(bytes.includes(trace), trace).toBe(false);
      }
    });
  }

  test('a wrong token erases nothing', async () => {
    await submitted();
    const response = await t.app.request('/api/results/AAAAAAAAAAAAAAAAAAAAAA', { method: 'DELETE' });
    expect(response.status).toBe(404);
    expect(await t.db.prisma.intake.count()).toBe(1);
  });
});

describe('the rest of the API', () => {
  test('an unknown API route is a JSON 404', async () => {
    const response = await t.app.request('/api/nope');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe('not_found');
  });

  test('the scan config offers the catalogue and the VA', async () => {
    const response = await t.client.api.scan.config.$get();
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.catalogue.tasks.length).toBeGreaterThanOrEqual(40);
    expect(body.va.name).toBe('Sanne Jansen');
  });

  test('responses carry security headers', async () => {
    const response = await t.app.request('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
