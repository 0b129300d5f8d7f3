/**
 * The VA's own account through the real app (issue 10 point 8, ASVS L2): a new password (the
 * current one checked and throttled, common ones refused, the other sessions ended) and her list
 * of sessions, each one signed out on its own, never another VA's.
 */
import { describe, expect, test } from 'vitest';
import { sessionCookieOf, signInAsVa, TEST_VA_PASSWORD, type SignedInTestVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

const t = useTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });

const MINUTE = 60_000;
const NEW_PASSWORD = 'zeven zoute zeehonden zingen';
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

function login(email: string, password: string, userAgent?: string) {
  return t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(userAgent ? { 'user-agent': userAgent } : {}) },
    body: JSON.stringify({ email, password }),
  });
}

/** A second browser of a signed-in VA, with its own User-Agent. */
async function signInWith(userAgent: string, email = 'sanne@example.nl', password = TEST_VA_PASSWORD) {
  const response = await login(email, password, userAgent);
  expect(response.status).toBe(200);
  return { cookie: sessionCookieOf(response), userAgent };
}

const changePassword = (va: SignedInTestVa, json: unknown, init: { withoutCsrf?: boolean } = {}) =>
  va.request('/api/auth/password', { method: 'POST', json, ...init });

const me = (cookie: string) => t.app.request('/api/admin/me', { headers: { cookie } });

describe('a new password', () => {
  test('needs the current one, then ends every other session of hers and keeps this one', async () => {
    const va = await signInAsVa(t);
    const phone = await signInWith(SAFARI_IPHONE);
    const colleague = await signInAsVa(t, { email: 'jan@example.nl', name: 'Jan de Boer' });

    const wrong = await changePassword(va, { currentPassword: 'not my password', password: NEW_PASSWORD });
    expect(wrong.status).toBe(422); // not 401: that would sign the back office out
    expect((await errorOf(wrong)).issues).toEqual([{ path: 'currentPassword', code: 'wrong_password', message: 'is not correct' }]);
    expect((await me(phone.cookie)).status).toBe(200);

    const changed = await changePassword(va, { currentPassword: TEST_VA_PASSWORD, password: NEW_PASSWORD });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('cache-control')).toBe('no-store');
    expect(await changed.json()).toEqual({ endedSessions: 1 });

    expect((await va.request('/api/admin/me')).status).toBe(200); // this browser stays signed in
    expect((await me(phone.cookie)).status).toBe(401);
    expect((await colleague.request('/api/admin/me')).status).toBe(200); // another VA: untouched
    expect((await login('sanne@example.nl', TEST_VA_PASSWORD)).status).toBe(401);
    expect((await login('sanne@example.nl', NEW_PASSWORD)).status).toBe(200);

    // One security event, without personal data.
    const events = t.logs.entries.filter((entry) => entry.security === 'password-changed');
    expect(events).toEqual([expect.objectContaining({ userId: va.va.userId, endedSessions: 1, level: 'warn' })]);
    expect(t.logs.entries.filter((entry) => entry.security === 'password-change-failed')).toHaveLength(1);
    const logged = JSON.stringify(t.logs.entries);
    for (const secret of [NEW_PASSWORD, TEST_VA_PASSWORD, 'sanne@example.nl', 'Sanne Jansen']) expect(logged).not.toContain(secret);
  });

  test('a common, leaked or guessable password, or the current one again, is refused with the reason', async () => {
    const va = await signInAsVa(t);
    const other = await signInWith(FIREFOX_WINDOWS);
    for (const password of ['welkom12345678', 'password1234', 'qwertyuiop123', 'Sanne Jansen 2026']) {
      const response = await changePassword(va, { currentPassword: TEST_VA_PASSWORD, password });
      expect(response.status).toBe(422);
      const [issue] = (await errorOf(response)).issues!;
      expect(issue).toEqual({ path: 'password', code: 'too_easy', message: expect.stringMatching(/^is too easy to guess: it is a common or leaked password/) });
    }
    const same = await changePassword(va, { currentPassword: TEST_VA_PASSWORD, password: TEST_VA_PASSWORD });
    expect((await errorOf(same)).issues).toEqual([{ path: 'password', code: 'same_as_current', message: 'must differ from the current password' }]);
    const short = await changePassword(va, { currentPassword: TEST_VA_PASSWORD, password: 'kort' });
    expect((await errorOf(short)).issues?.map((issue) => issue.path)).toEqual(['password']);

    // Nothing changed, nobody was signed out, and a right current password is not a failure.
    expect((await me(other.cookie)).status).toBe(200);
    expect((await login('sanne@example.nl', TEST_VA_PASSWORD)).status).toBe(200);
    expect(await t.db.prisma.loginAttempt.count()).toBe(0);
  });

  test('a new password of up to 128 characters is taken (spaces, accents and emoji too); 129 is refused (ASVS 2.1.2)', async () => {
    const va = await signInAsVa(t);
    const tooLong = 'lange zin over de zee '.repeat(6).slice(0, 129);
    const refused = await changePassword(va, { currentPassword: TEST_VA_PASSWORD, password: tooLong });
    expect(refused.status).toBe(422);
    expect((await errorOf(refused)).issues).toEqual([{ path: 'password', code: 'too_long', message: 'must be at most 128 characters' }]);

    const longest = `Één café, twee 🐬 in de haven, en ${'nog een zin over de zee '.repeat(5)}`.slice(0, 128);
    expect([...longest].length).toBeLessThanOrEqual(128);
    const changed = await changePassword(va, { currentPassword: TEST_VA_PASSWORD, password: longest });
    expect(changed.status).toBe(200);
    expect((await login('sanne@example.nl', longest)).status).toBe(200);
    // No truncation (2.1.3): the same password with its last character changed is another one.
    expect((await login('sanne@example.nl', `${longest.slice(0, -1)}X`)).status).toBe(401);
  });

  test('wrong current passwords are throttled like sign-ins: then even the right one waits', async () => {
    const va = await signInAsVa(t);
    for (let i = 0; i < 3; i++) {
      expect((await changePassword(va, { currentPassword: `guess number ${i}`, password: NEW_PASSWORD })).status).toBe(422);
    }
    const throttled = await changePassword(va, { currentPassword: TEST_VA_PASSWORD, password: NEW_PASSWORD });
    expect(throttled.status).toBe(429);
    expect((await errorOf(throttled)).code).toBe('password_change_throttled');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await va.request('/api/admin/me')).status).toBe(200); // still signed in
    expect((await login('sanne@example.nl', NEW_PASSWORD)).status).toBe(401); // not changed

    // Another VA's password change is not slowed down by hers.
    const colleague = await signInAsVa(t, { email: 'jan@example.nl', name: 'Jan de Boer' });
    expect((await changePassword(colleague, { currentPassword: TEST_VA_PASSWORD, password: NEW_PASSWORD })).status).toBe(200);

    // Once the window has passed, she may try again.
    await t.db.prisma.loginAttempt.updateMany({ data: { createdAt: new Date(Date.now() - 16 * MINUTE) } });
    expect((await changePassword(va, { currentPassword: TEST_VA_PASSWORD, password: NEW_PASSWORD })).status).toBe(200);
  });

  test('needs a session and the CSRF token, as the sessions list does', async () => {
    const va = await signInAsVa(t);
    const body = { currentPassword: TEST_VA_PASSWORD, password: NEW_PASSWORD };
    expect((await changePassword(va, body, { withoutCsrf: true })).status).toBe(403);
    const anonymous = await t.app.request('/api/auth/password', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(anonymous.status).toBe(401);
    expect((await login('sanne@example.nl', TEST_VA_PASSWORD)).status).toBe(200);
    // The sessions too: nothing without a session cookie.
    expect((await t.app.request('/api/auth/sessions')).status).toBe(401);
    expect((await t.app.request('/api/auth/sessions/x', { method: 'DELETE' })).status).toBe(401);
  });
});

describe('her sessions', () => {
  test('lists her live sessions with browser and system, this one marked, and no one else’s', async () => {
    const va = await signInAsVa(t);
    await signInWith(FIREFOX_WINDOWS);
    await signInWith(SAFARI_IPHONE);
    await signInAsVa(t, { email: 'jan@example.nl', name: 'Jan de Boer' });
    // A session idle for too long has ended, even before the daily job deletes it.
    await signInWith('curl/8.5.0');
    await t.db.prisma.session.updateMany({
      where: { userAgent: 'curl/8.5.0' },
      data: { lastSeenAt: new Date(Date.now() - (t.env.SESSION_IDLE_MINUTES + 1) * MINUTE) },
    });

    const response = await va.client.api.auth.sessions.$get();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { sessions } = await response.json();
    expect(sessions).toHaveLength(3);
    expect(sessions.map(({ browser, os, current }) => ({ browser, os, current }))).toEqual(expect.arrayContaining([
      { browser: 'Firefox', os: 'Windows', current: false },
      { browser: 'Safari', os: 'iOS', current: false },
      { browser: null, os: null, current: true }, // the test client sends no User-Agent
    ]));
    for (const session of sessions) {
      expect(Date.parse(session.signedInAt)).toBeLessThanOrEqual(Date.parse(session.lastActiveAt));
      expect(Object.keys(session).sort()).toEqual(['browser', 'current', 'id', 'lastActiveAt', 'os', 'signedInAt']);
    }
  });

  test('signs out one other session; not this one, and never another VA’s (IDOR)', async () => {
    const va = await signInAsVa(t);
    const phone = await signInWith(SAFARI_IPHONE);
    const colleague = await signInAsVa(t, { email: 'jan@example.nl', name: 'Jan de Boer' });
    const sessionsOf = async (who: SignedInTestVa) =>
      (await (await who.client.api.auth.sessions.$get()).json()).sessions;
    const [phoneSession] = (await sessionsOf(va)).filter((session) => !session.current);
    const [ownSession] = (await sessionsOf(va)).filter((session) => session.current);
    const [colleagueSession] = await sessionsOf(colleague);

    // Ending a session needs her password again first (ASVS 3.3.4): 403 reauth_required, nothing ends.
    const unconfirmed = await va.request(`/api/auth/sessions/${phoneSession!.id}`, { method: 'DELETE' });
    expect(unconfirmed.status).toBe(403);
    expect((await errorOf(unconfirmed)).code).toBe('reauth_required');
    expect((await me(phone.cookie)).status).toBe(200);
    await va.reauthenticate();

    // Jan's session, asked by Sanne: the same 404 as an id that does not exist; Jan stays signed in.
    const idor = await va.request(`/api/auth/sessions/${colleagueSession!.id}`, { method: 'DELETE' });
    expect(idor.status).toBe(404);
    expect(await idor.json()).toEqual(await (await va.request('/api/auth/sessions/no-such-session', { method: 'DELETE' })).json());
    expect((await colleague.request('/api/admin/me')).status).toBe(200);

    // Her own session here: 409, sign out is the way.
    const own = await va.request(`/api/auth/sessions/${ownSession!.id}`, { method: 'DELETE' });
    expect(own.status).toBe(409);
    expect((await errorOf(own)).code).toBe('current_session');

    // Without the CSRF token: refused, nothing ends.
    expect((await va.request(`/api/auth/sessions/${phoneSession!.id}`, { method: 'DELETE', withoutCsrf: true })).status).toBe(403);
    expect((await me(phone.cookie)).status).toBe(200);

    const ended = await va.request(`/api/auth/sessions/${phoneSession!.id}`, { method: 'DELETE' });
    expect(ended.status).toBe(204);
    expect((await me(phone.cookie)).status).toBe(401);
    expect((await va.request('/api/admin/me')).status).toBe(200);
    expect((await sessionsOf(va)).map((session) => session.current)).toEqual([true]);
    expect(t.logs.entries.filter((entry) => entry.security === 'session-ended')).toEqual([
      expect.objectContaining({ userId: va.va.userId }),
    ]);
  });
});
