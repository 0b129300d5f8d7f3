import { afterEach, expect, test, vi } from 'vitest';
import { vaDay } from '#shared/calendar/va-calendar.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorBodyOf } from '../setup/test-client.ts';

const t = useTestApp({ TRUST_PROXY: 'true' });

function reportStep(body: unknown, from = '198.51.100.1') {
  return t.app.request('/api/scan/progress', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: JSON.stringify(body),
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

test('each reached step adds one to its anonymous daily counter, and answers 204 without a cookie', async () => {
  for (const step of [1, 2, 2, 3, 1, 4]) {
    const response = await reportStep({ step });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toBe('');
  }
  const rows = await t.db.prisma.dailyCount.findMany({ orderBy: { key: 'asc' } });
  const day = vaDay(new Date());
  expect(rows).toEqual([
    { day, key: 'scan.step.1', count: 2 },
    { day, key: 'scan.step.2', count: 2 },
    { day, key: 'scan.step.3', count: 1 },
    { day, key: 'scan.step.4', count: 1 },
  ]);
});

test('nothing about the visitor is stored: a count per day and key is all there is', async () => {
  await reportStep({ step: 1 }, '192.0.2.55');
  await t.app.request('/api/scan/start', { method: 'POST', headers: { 'x-forwarded-for': '192.0.2.55' } });
  const counts = await t.db.prisma.dailyCount.findMany();
  expect(counts.map((row) => Object.keys(row).sort())).toEqual([
    ['count', 'day', 'key'],
    ['count', 'day', 'key'],
  ]);
  expect(JSON.stringify(counts)).not.toContain('192.0.2.55');
  expect(await t.db.prisma.intake.count()).toBe(0);
  expect(await t.db.prisma.scanDraft.count()).toBe(0);
});

test('a step outside 1–4, or anything else in the body, is a 422 on the field and counts nothing', async () => {
  const cases: [unknown, string][] = [
    [{ step: 0 }, 'step'],
    [{ step: 5 }, 'step'],
    [{ step: 2.5 }, 'step'],
    [{ step: '2' }, 'step'],
    [{}, 'step'],
    [{ step: 2, visitorId: 'abc' }, 'visitorId'],
  ];
  for (const [body, path] of cases) {
    const response = await reportStep(body);
    expect(response.status, JSON.stringify(body)).toBe(422);
    const { error } = await errorBodyOf(response);
    expect(error.issues!.map((issue) => issue.path)).toContain(path);
  }
  expect(await t.db.prisma.dailyCount.count()).toBe(0);
});

test('counting is limited per address (generously), logged when refused', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 301; i++) statuses.push((await reportStep({ step: 1 }, '198.51.100.9')).status);
  expect(statuses.slice(0, 300).every((status) => status === 204)).toBe(true);
  expect(statuses[300]).toBe(429);
  expect(t.logs.messages('warn')).toContainEqual(expect.stringContaining('rate limit scan-progress'));
  // Another address still counts, and the refused request did not.
  expect((await reportStep({ step: 1 }, '198.51.100.10')).status).toBe(204);
  const row = await t.db.prisma.dailyCount.findUnique({ where: { day_key: { day: vaDay(new Date()), key: 'scan.step.1' } } });
  expect(row?.count).toBe(301);
});
