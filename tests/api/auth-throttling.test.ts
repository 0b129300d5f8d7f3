import { beforeEach, describe, expect, test } from 'vitest';
import { saveVa } from '../../server/features/auth/auth.service.ts';
import { TEST_VA_PASSWORD } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

// Defaults: 5 failures per account or 20 per address within 15 minutes.
const t = useTestApp({ TRUST_PROXY: 'true' });

const MINUTE = 60_000;
const SANNE = 'sanne@example.nl';

function login(email: string, password: string, address = '203.0.113.7', cookie = '') {
  return t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, cookie },
    body: JSON.stringify({ email, password }),
  });
}

/** Moves every recorded failure back in time, as if `minutes` had passed. */
async function letTimePass(minutes: number) {
  const failures = await t.db.prisma.loginAttempt.findMany();
  for (const failure of failures) {
    await t.db.prisma.loginAttempt.update({
      where: { id: failure.id },
      data: { createdAt: new Date(failure.createdAt.getTime() - minutes * MINUTE) },
    });
  }
}

beforeEach(async () => {
  await saveVa(t.deps, { email: SANNE, name: 'Sanne Jansen', password: TEST_VA_PASSWORD });
});

test('after 5 wrong passwords for an account even the right one is refused with 429 until the window passes', async () => {
  for (let i = 0; i < 5; i++) expect((await login(SANNE, `wrong password ${i}`)).status).toBe(401);

  const throttled = await login(SANNE, TEST_VA_PASSWORD);
  expect(throttled.status).toBe(429);
  const retryAfter = Number(throttled.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(14 * 60);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  expect(await errorOf(throttled)).toEqual({
    code: 'login_throttled',
    message: 'Too many failed sign-in attempts. Try again in 15 minutes.',
  });
  expect(throttled.headers.getSetCookie()).toEqual([]);
  expect(await t.db.prisma.session.count()).toBe(0);
  expect(t.logs.messages('warn')).toContain('sign-in throttled');
  // The log says which account and address only by a pseudonym: neither is personal data there.
  expect(JSON.stringify(t.logs.entries)).not.toMatch(/sanne|example\.nl|198\.51|203\.0/i);

  // From another address the account is still throttled; a throttled try is not counted again.
  expect((await login(SANNE, TEST_VA_PASSWORD, '198.51.100.9')).status).toBe(429);
  expect(await t.db.prisma.loginAttempt.count({ where: { key: `account:${SANNE}` } })).toBe(5);

  await letTimePass(10);
  expect((await login(SANNE, TEST_VA_PASSWORD)).status).toBe(429);
  await letTimePass(6);
  expect((await login(SANNE, TEST_VA_PASSWORD)).status).toBe(200);
});

test('Retry-After counts down to the moment the oldest failure that matters leaves the window', async () => {
  const now = Date.now();
  await t.db.prisma.loginAttempt.createMany({
    data: [14, 12, 3, 2, 1].map((minutesAgo) => ({ key: `account:${SANNE}`, createdAt: new Date(now - minutesAgo * MINUTE) })),
  });
  const throttled = await login(SANNE, TEST_VA_PASSWORD);
  expect(throttled.status).toBe(429);
  const retryAfter = Number(throttled.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(50);
  expect(retryAfter).toBeLessThanOrEqual(60); // the failure of 14 minutes ago
  expect((await errorOf(throttled)).message).toBe('Too many failed sign-in attempts. Try again in 1 minute.');
});

test('a successful sign-in clears the account’s failures', async () => {
  for (let i = 0; i < 4; i++) await login(SANNE, 'wrong password!');
  expect((await login(SANNE, TEST_VA_PASSWORD)).status).toBe(200);
  expect(await t.db.prisma.loginAttempt.count({ where: { key: `account:${SANNE}` } })).toBe(0);
  // Four more mistakes are allowed again.
  for (let i = 0; i < 4; i++) expect((await login(SANNE, 'wrong password!')).status).toBe(401);
  expect((await login(SANNE, TEST_VA_PASSWORD)).status).toBe(200);
});

test('an unknown address is throttled like a real one (no hint that it does not exist)', async () => {
  for (let i = 0; i < 5; i++) expect((await login('nobody@example.nl', 'wrong password!')).status).toBe(401);
  expect((await login('nobody@example.nl', 'wrong password!')).status).toBe(429);
});

test('20 failures from one address throttle that address for every account, not other addresses', async () => {
  for (let i = 0; i < 20; i++) {
    expect((await login(`guess${i}@example.nl`, 'wrong password!', '203.0.113.50')).status).toBe(401);
  }
  const throttled = await login(SANNE, TEST_VA_PASSWORD, '203.0.113.50');
  expect(throttled.status).toBe(429);
  expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
  expect((await errorOf(throttled)).code).toBe('login_throttled');
  expect(t.logs.entries.filter((entry) => entry.msg === 'sign-in throttled').length).toBeGreaterThan(0);

  expect((await login(SANNE, TEST_VA_PASSWORD, '198.51.100.9')).status).toBe(200);
  // The address's failures are not cleared by someone's success.
  expect((await login(SANNE, TEST_VA_PASSWORD, '203.0.113.50')).status).toBe(429);
  await letTimePass(16);
  expect((await login(SANNE, TEST_VA_PASSWORD, '203.0.113.50')).status).toBe(200);
});

test('150 wrong passwords at once from one address: no more than the limit are checked', async () => {
  const statuses = await Promise.all(
    Array.from({ length: 150 }, async (_, i) => (await login(SANNE, `wrong password ${i}`)).status),
  );
  // 401 = the password was checked (and wrong); 429 = refused before it was looked at.
  const checked = statuses.filter((status) => status === 401).length;
  expect(checked).toBeLessThanOrEqual(5);
  expect(statuses.filter((status) => status === 429)).toHaveLength(150 - checked);
  // Only the checked ones count; the refused ones left nothing behind.
  expect(await t.db.prisma.loginAttempt.count({ where: { key: `account:${SANNE}` } })).toBe(checked);
});

/** The device cookie a successful sign-in gives the browser, as a Cookie header. */
function deviceCookieOf(response: Response): string {
  const cookie = response.headers.getSetCookie().find((value) => value.startsWith('ds_device='));
  expect(cookie).toMatch(/HttpOnly/);
  expect(cookie).toMatch(/SameSite=Strict/);
  return cookie!.split(';')[0]!;
}

/** Strangers fail five times from addresses she never used: the account is throttled for strangers. */
async function strangersLockTheAccount() {
  for (let i = 0; i < 5; i++) expect((await login(SANNE, 'wrong password!', `203.0.113.${100 + i}`)).status).toBe(401);
  expect((await login(SANNE, TEST_VA_PASSWORD, '203.0.113.200')).status).toBe(429);
}

describe('strangers cannot lock the VA out', () => {
  test('a browser she signed in with before passes the lock strangers caused; a made-up device cookie does not', async () => {
    const first = await login(SANNE, TEST_VA_PASSWORD, '198.51.100.1');
    expect(first.status).toBe(200);
    const device = deviceCookieOf(first);
    await strangersLockTheAccount();

    // Her browser, even from an address she never used (on the road).
    expect((await login(SANNE, TEST_VA_PASSWORD, '192.0.2.44', device)).status).toBe(200);
    // Still locked for strangers, also with a cookie of their own making.
    expect((await login(SANNE, TEST_VA_PASSWORD, '203.0.113.201', 'ds_device=made-up-by-a-stranger')).status).toBe(429);
    expect((await login(SANNE, TEST_VA_PASSWORD, '203.0.113.201')).status).toBe(429);
  });

  test('the right password from an address she signed in from before passes it too; guessing there stays limited', async () => {
    expect((await login(SANNE, TEST_VA_PASSWORD, '198.51.100.1')).status).toBe(200);
    await strangersLockTheAccount();

    // A new browser (no device cookie) at her own address.
    expect((await login(SANNE, TEST_VA_PASSWORD, '198.51.100.1')).status).toBe(200);
    // Someone guessing from her address gets the account's limit there, and no more.
    for (let i = 0; i < 5; i++) expect((await login(SANNE, 'wrong password!', '198.51.100.1')).status).toBe(401);
    expect((await login(SANNE, TEST_VA_PASSWORD, '198.51.100.1')).status).toBe(429);
  });

  test('a known browser has its own limit: five wrong passwords there throttle that browser only', async () => {
    const device = deviceCookieOf(await login(SANNE, TEST_VA_PASSWORD, '198.51.100.1'));
    for (let i = 0; i < 5; i++) expect((await login(SANNE, 'wrong password!', '192.0.2.44', device)).status).toBe(401);
    expect((await login(SANNE, TEST_VA_PASSWORD, '192.0.2.44', device)).status).toBe(429);
    // Strangers' count was not touched: the account is not locked for a new browser.
    expect((await login(SANNE, TEST_VA_PASSWORD, '192.0.2.45')).status).toBe(200);
  });

  test('a new password makes her known browsers and addresses strangers again', async () => {
    const device = deviceCookieOf(await login(SANNE, TEST_VA_PASSWORD, '198.51.100.1'));
    const newPassword = 'an entirely new passphrase';
    await saveVa(t.deps, { email: SANNE, password: newPassword });
    expect(await t.db.prisma.knownSignIn.count()).toBe(0);
    for (let i = 0; i < 5; i++) expect((await login(SANNE, 'wrong password!', `203.0.113.${100 + i}`)).status).toBe(401);
    expect((await login(SANNE, newPassword, '198.51.100.1', device)).status).toBe(429);
  });
});
