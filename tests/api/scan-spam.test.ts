import { afterEach, describe, expect, test, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { todaysCount } from '../setup/daily-counts.ts';
import { useTestApp } from '../setup/test-app.ts';
import { createTestDatabase } from '../setup/test-database.ts';
import { clientOf, errorBodyOf, errorOf } from '../setup/test-client.ts';

// The defences as deployed: a minimum fill time of 15 seconds.
const t = useTestApp({ SCAN_MIN_FILL_SECONDS: '15', SUBMIT_LIMIT_PER_HOUR: '3', TRUST_PROXY: 'true' });

let address = 0;
/** Each test its own client address, so the submit limit of 3 only bites where a test wants it. */
const nextAddress = () => `203.0.113.${++address}`;

async function startScan(app = t.app, from = nextAddress()): Promise<string> {
  const response = await clientOf(app).api.scan.start.$post({}, { headers: { 'x-forwarded-for': from } });
  expect(response.status).toBe(200);
  const { startStamp } = await response.json();
  return startStamp;
}

/** Raw: the bodies carry fields the route does not know (the honeypot among them). */
function submit(body: Record<string, unknown>, { app = t.app, from = nextAddress() } = {}) {
  return app.request('/api/intakes', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': newIdempotencyKey(), 'x-forwarded-for': from },
    body: JSON.stringify(body),
  });
}

const counter = (key: string) => todaysCount(t.db, key);

/** Moves the clock (Date only: timers, and so the database drivers, keep running). */
function moveClock(by: { seconds: number }) {
  if (!vi.isFakeTimers()) vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.now() + by.seconds * 1000);
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('start stamp and minimum fill time', () => {
  test('a start gives a signed stamp and counts "scan.started"; the key is made once and shared', async () => {
    const stamps = await Promise.all([startScan(), startScan(), startScan(), startScan()]);
    for (const stamp of stamps) expect(stamp).toMatch(/^\d{13}\.[A-Za-z0-9_-]{43}$/);
    expect(await counter('scan.started')).toBe(4);
    // Four first requests raced to create the key: one row, and every stamp verifies with it.
    expect(await t.db.prisma.appSecret.count()).toBe(1);

    // Another process (another app on the same database) accepts this one's stamps.
    const otherProcess = createApp(t.deps);
    moveClock({ seconds: 16 });
    for (const stamp of stamps.slice(0, 2)) {
      expect((await submit({ ...buildIntakeInput(), startStamp: stamp }, { app: otherProcess })).status).toBe(201);
    }
  });

  test('a submission 15 s or more after its start is taken; the stamp is not stored with the answers', async () => {
    const startStamp = await startScan();
    moveClock({ seconds: 15 });
    const response = await submit({ ...buildIntakeInput(), startStamp, website: '' });
    expect(response.status).toBe(201);
    const snapshot = await t.db.prisma.intakeSnapshot.findFirstOrThrow();
    expect(snapshot.answers).toEqual(buildIntakeInput());
    expect(await counter('rejected.too-fast')).toBe(0);
  });

  test('too fast: refused with 422 "too_fast" on startStamp, a log line and a counter; nothing stored', async () => {
    const startStamp = await startScan();
    moveClock({ seconds: 14 });
    const response = await submit({ ...buildIntakeInput(), startStamp });
    expect(response.status).toBe(422);
    const body = await errorBodyOf(response);
    expect(body.error.code).toBe('too_fast');
    expect(body.error.message).toMatch(/wait a moment/);
    expect(body.error.issues).toEqual([{ path: 'startStamp', message: expect.stringContaining('minimum is 15 s') }]);
    expect(t.logs.messages('warn')).toContainEqual(expect.stringMatching(/scan submit refused: sent 14\.\d s after its start/));
    expect(await counter('rejected.too-fast')).toBe(1);
    expect(await t.db.prisma.intake.count()).toBe(0);

    // A moment later the same scan goes through.
    moveClock({ seconds: 2 });
    expect((await submit({ ...buildIntakeInput(), startStamp })).status).toBe(201);
  });

  test('a missing stamp is refused while a minimum applies', async () => {
    const response = await submit(buildIntakeInput());
    expect(response.status).toBe(422);
    const body = await errorBodyOf(response);
    expect(body.error.code).toBe('scan_start_invalid');
    expect(body.error.issues).toEqual([{ path: 'startStamp', message: 'Required' }]);
    expect(t.logs.messages('warn')).toContainEqual(expect.stringContaining('start stamp missing'));
    expect(await counter('rejected.too-fast')).toBe(1);
  });

  test('forged stamps are refused: a made-up signature, a moved time, garbage, another server\'s key', async () => {
    const real = await startScan();
    const [time, signature] = real.split('.') as [string, string];
    const flipped = `${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`;
    const otherServer = await createTestDatabase();
    let foreign: string;
    try {
      foreign = await startScan(createApp({ ...t.deps, db: otherServer }));
    } finally {
      await otherServer.drop();
    }
    const forgeries = [
      `${time}.${flipped}`,
      `${Number(time) - 60_000}.${signature}`,
      'not-a-stamp',
      `${time}.${'A'.repeat(43)}`,
      foreign,
    ];
    moveClock({ seconds: 60 });
    for (const startStamp of forgeries) {
      const response = await submit({ ...buildIntakeInput(), startStamp });
      expect(response.status, startStamp).toBe(422);
      const body = await errorBodyOf(response);
      expect(body.error.code).toBe('scan_start_invalid');
      expect(body.error.issues).toEqual([{ path: 'startStamp', message: 'Not a start stamp from this server' }]);
    }
    expect(await counter('rejected.too-fast')).toBe(forgeries.length);
    expect(await t.db.prisma.intake.count()).toBe(0);
    // The real one still works.
    expect((await submit({ ...buildIntakeInput(), startStamp: real })).status).toBe(201);
  });

  test('a stamp from the future (beyond a minute of clock skew) is refused', async () => {
    moveClock({ seconds: 120 });
    const fromTheFuture = await startScan();
    vi.useRealTimers();
    const response = await submit({ ...buildIntakeInput(), startStamp: fromTheFuture });
    expect((await errorOf(response)).code).toBe('scan_start_invalid');
  });

  test('with SCAN_MIN_FILL_SECONDS=0 the stamp is optional, but one that is sent is still checked', async () => {
    const noMinimum = createApp({ ...t.deps, env: { ...t.env, SCAN_MIN_FILL_SECONDS: 0 } });
    expect((await submit(buildIntakeInput(), { app: noMinimum })).status).toBe(201);
    const startStamp = await startScan(noMinimum);
    expect((await submit({ ...buildIntakeInput(), startStamp }, { app: noMinimum })).status).toBe(201);
    const forged = await submit({ ...buildIntakeInput(), startStamp: 'forged' }, { app: noMinimum });
    expect((await errorOf(forged)).code).toBe('scan_start_invalid');
  });
});

describe('honeypot', () => {
  test('a filled honeypot is refused with a neutral 422, a log line and a counter', async () => {
    const startStamp = await startScan();
    moveClock({ seconds: 60 });
    const response = await submit({ ...buildIntakeInput(), startStamp, website: 'https://cheap-pills.example' });
    expect(response.status).toBe(422);
    const body = await errorBodyOf(response);
    expect(body.error).toEqual({ code: 'submission_refused', message: 'This submission could not be accepted.' });
    // Neutral: it does not tell a robot which field gave it away.
    expect(JSON.stringify(body)).not.toMatch(/website|honeypot/i);
    expect(t.logs.messages('warn')).toContainEqual(expect.stringContaining('the honeypot field was filled'));
    expect(await counter('rejected.honeypot')).toBe(1);
    expect(await t.db.prisma.intake.count()).toBe(0);
  });

  test('an empty honeypot (what a browser sends) is fine', async () => {
    const startStamp = await startScan();
    moveClock({ seconds: 60 });
    expect((await submit({ ...buildIntakeInput(), startStamp, website: '   ' })).status).toBe(201);
    expect(await counter('rejected.honeypot')).toBe(0);
  });

  test('other unknown fields are still validation errors, not spam', async () => {
    const response = await submit({ ...buildIntakeInput(), homepage: 'x' });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).issues).toEqual([{ path: 'homepage', message: expect.any(String) }]);
  });
});

test('submissions over the per-address limit are logged and counted as "rejected.rate-limit.submit"', async () => {
  const from = nextAddress();
  const startStamp = await startScan();
  moveClock({ seconds: 60 });
  for (let i = 0; i < 3; i++) expect((await submit({ ...buildIntakeInput(), startStamp }, { from })).status).toBe(201);
  for (let i = 0; i < 2; i++) expect((await submit({ ...buildIntakeInput(), startStamp }, { from })).status).toBe(429);
  expect(t.logs.messages('warn')).toContainEqual(expect.stringContaining('rate limit submit'));
  expect(await counter('rejected.rate-limit.submit')).toBe(2);
  // Other refusals are not mixed in.
  expect(await counter('rejected.too-fast')).toBe(0);
});
