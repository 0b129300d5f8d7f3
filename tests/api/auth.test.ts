import { hash } from '@node-rs/argon2';
import { describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { createDemoVaIfFresh, saveVa } from '../../server/features/auth/auth.service.ts';
import { AppError } from '../../server/lib/errors.ts';
import { hashToken } from '../../server/lib/security.ts';
import { sessionCookieOf, signInAsVa, TEST_VA_PASSWORD } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { clientOf, errorBodyOf, errorOf, sessionOf } from '../setup/test-client.ts';

const t = useTestApp();

const MINUTE = 60_000;

function login(body: unknown, headers: Record<string, string> = {}, app = t.app) {
  return app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function errorCode(response: Response): Promise<string> {
  return (await errorOf(response)).code;
}

function getSession(cookie: string) {
  return t.app.request('/api/auth/session', { headers: { cookie } });
}

async function createSanne() {
  return saveVa(t.deps, { email: 'sanne@example.nl', name: 'Sanne Jansen', password: TEST_VA_PASSWORD });
}

describe('sign-in', () => {
  test('the right password gives a session cookie, the VA and a CSRF token; only hashes are stored', async () => {
    await createSanne();
    const response = await t.client.api.auth.login.$post({ json: { email: '  Sanne@Example.NL ', password: TEST_VA_PASSWORD } }, { headers: { 'user-agent': 'vitest' } });
    expect(response.status).toBe(200);
    const body = await sessionOf(response);
    expect(body.va).toEqual({ name: 'Sanne Jansen', email: 'sanne@example.nl' });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('ds_session='))!;
    const attributes = setCookie.split(';').map((part) => part.trim());
    expect(attributes).toContain('HttpOnly');
    expect(attributes).toContain('SameSite=Lax');
    expect(attributes).toContain('Path=/');
    expect(attributes).not.toContain('Secure'); // only in production
    expect(response.headers.get('cache-control')).toBe('no-store');

    const token = sessionCookieOf(response).slice('ds_session='.length);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    const [session] = await t.db.prisma.session.findMany();
    expect(session!.tokenHash).toBe(hashToken(token));
    expect(session!.csrfTokenHash).toBe(hashToken(body.csrfToken));
    expect(session!.userAgent).toBe('vitest');
    const stored = JSON.stringify(await t.db.prisma.session.findMany());
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(body.csrfToken);
  });

  test('in production the cookie is __Host-ds_session: Secure, Path=/, no Domain; only that name counts', async () => {
    await createSanne();
    const production = createApp({ ...t.deps, env: { ...t.env, NODE_ENV: 'production' } });
    const response = await clientOf(production).api.auth.login.$post({ json: { email: 'sanne@example.nl', password: TEST_VA_PASSWORD } });
    expect(response.status).toBe(200);
    const cookies = response.headers.getSetCookie();
    expect(cookies.some((c) => c.startsWith('ds_session='))).toBe(false);
    const setCookie = cookies.find((c) => c.startsWith('__Host-ds_session='))!;
    const attributes = setCookie.split(';').map((part) => part.trim());
    expect(attributes).toEqual(expect.arrayContaining(['Secure', 'HttpOnly', 'Path=/', 'SameSite=Lax', `Max-Age=${12 * 60 * 60}`]));
    expect(attributes.some((attribute) => /^domain=/i.test(attribute))).toBe(false);

    const { csrfToken } = await sessionOf(response);
    const pair = setCookie.split(';')[0]!;
    const token = pair.slice('__Host-ds_session='.length);
    const session = (cookie: string) => production.request('/api/auth/session', { headers: { cookie } });
    expect((await session(pair)).status).toBe(200);
    // The plain name is not read in production: a cookie set without the prefix's rules (by a
    // subdomain, or over http) cannot stand in for it.
    expect((await session(`ds_session=${token}`)).status).toBe(401);
    const signedOut = await production.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie: pair, 'x-csrf-token': csrfToken },
    });
    expect(signedOut.status).toBe(204);
    expect(signedOut.headers.getSetCookie().join()).toMatch(/^__Host-ds_session=;.*Max-Age=0.*Secure/);
  });

  test('a wrong password and an unknown address get the same 401, no cookie, and count as failures', async () => {
    await createSanne();
    const wrong = await login({ email: 'sanne@example.nl', password: 'not the password' });
    const unknown = await login({ email: 'nobody@example.nl', password: 'not the password' });
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    const [wrongBody, unknownBody] = [await wrong.json(), await unknown.json()];
    expect(wrongBody).toEqual(unknownBody);
    expect(wrongBody).toEqual({
      error: { code: 'invalid_credentials', message: 'The e-mail address or password is not correct.' },
    });
    const keys = (await t.db.prisma.loginAttempt.findMany({ select: { key: true } })).map((row) => row.key).sort();
    expect(keys).toEqual(['account:nobody@example.nl', 'account:sanne@example.nl', 'ip:unknown', 'ip:unknown']);
    expect(await t.db.prisma.session.count()).toBe(0);
  });

  test('a malformed body is a 422 per field', async () => {
    const response = await login({ email: 'not-an-address', password: '' });
    expect(response.status).toBe(422);
    const body = await errorBodyOf(response);
    expect(body.error.issues!.map((issue) => issue.path).sort()).toEqual(['email', 'password']);
  });

  test('a sign-in posted from another site is refused before the password is checked', async () => {
    await createSanne();
    const response = await login(
      { email: 'sanne@example.nl', password: TEST_VA_PASSWORD },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('csrf_failed');
    expect(await t.db.prisma.session.count()).toBe(0);
    // From our own public address it works.
    expect((await login({ email: 'sanne@example.nl', password: TEST_VA_PASSWORD }, { origin: 'http://scan.test' })).status).toBe(200);
  });

  test('signing in again replaces the session the browser brought', async () => {
    const va = await signInAsVa(t);
    const again = await login({ email: 'sanne@example.nl', password: TEST_VA_PASSWORD }, { cookie: va.cookie });
    expect(again.status).toBe(200);
    expect(sessionCookieOf(again)).not.toBe(va.cookie);
    expect((await getSession(va.cookie)).status).toBe(401);
    expect((await getSession(sessionCookieOf(again))).status).toBe(200);
    expect(await t.db.prisma.session.count()).toBe(1);
  });

  test('a hash made with weaker settings is upgraded at the next sign-in', async () => {
    const { va } = await createSanne();
    const weak = await hash(TEST_VA_PASSWORD, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await t.db.prisma.vaUser.update({ where: { id: va.id }, data: { passwordHash: weak } });
    expect((await login({ email: 'sanne@example.nl', password: TEST_VA_PASSWORD })).status).toBe(200);
    const { passwordHash } = await t.db.prisma.vaUser.findUniqueOrThrow({ where: { id: va.id } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('accounts', () => {
  test('passwords are argon2id with OWASP settings; short ones and the address itself are refused', async () => {
    const { va } = await createSanne();
    const { passwordHash } = await t.db.prisma.vaUser.findUniqueOrThrow({ where: { id: va.id } });
    expect(passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);

    const refused = async (password: string) => {
      const error = await saveVa(t.deps, { email: 'Jan@Example.nl', name: 'Jan', password }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).issues;
    };
    expect(await refused('elevenchars')).toEqual([{ path: 'password', code: 'too_short', message: 'must be at least 12 characters' }]);
    expect(await refused(' jan@example.NL ')).toEqual([{ path: 'password', code: 'is_email', message: 'must not be the e-mail address' }]);
    expect(await t.db.prisma.vaUser.count()).toBe(1);
  });

  test('leaked, common and guessable passwords are refused with a reason, for a new account and a new password', async () => {
    const reason = /^is too easy to guess: it is a common or leaked password/;
    const refused = async (input: { email: string; name?: string; password: string }) => {
      const error = await saveVa(t.deps, input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      const issues = (error as AppError).issues!;
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toBe('password');
      expect(issues[0]!.code).toBe('too_easy');
      expect(issues[0]!.message).toMatch(reason);
    };
    // On the leaked-password lists, a keyboard row, a repeat, the account's own name.
    for (const password of ['password1234', 'welkom123456', 'qwertyuiop12', 'aaaaaaaaaaaaaaaa', '123456789012']) {
      await refused({ email: 'jan@example.nl', name: 'Jan', password });
    }
    await refused({ email: 'jan@example.nl', name: 'Jan de Boer', password: 'Jan de Boer 2026' });
    expect(await t.db.prisma.vaUser.count()).toBe(0);

    // An existing account: its stored name counts too, and the old password stays.
    await createSanne();
    await refused({ email: 'sanne@example.nl', password: 'Sanne Jansen 2026' });
    await refused({ email: 'sanne@example.nl', password: 'iloveyou1234' });
    expect((await login({ email: 'sanne@example.nl', password: TEST_VA_PASSWORD })).status).toBe(200);
  });

  test('saving an existing address changes its password and ends its sessions', async () => {
    const va = await signInAsVa(t);
    const { created, endedSessions } = await saveVa(
      t.deps,
      { email: 'SANNE@example.nl', password: 'a brand new password' },
    );
    expect({ created, endedSessions }).toEqual({ created: false, endedSessions: 1 });
    expect((await va.request('/api/admin/me')).status).toBe(401);
    expect((await login({ email: 'sanne@example.nl', password: TEST_VA_PASSWORD })).status).toBe(401);
    expect((await login({ email: 'sanne@example.nl', password: 'a brand new password' })).status).toBe(200);
    expect((await t.db.prisma.vaUser.findFirstOrThrow()).name).toBe('Sanne Jansen'); // kept
  });

  test('a fresh local installation gets a demo account with a random password, once', async () => {
    const local = { HOST: '127.0.0.1', TRUST_PROXY: 0, SMTP_URL: undefined };
    // Production that others reach (another address, a proxy in front, e-mail going out): never.
    for (const reachable of [{ HOST: '0.0.0.0' }, { TRUST_PROXY: 1 }, { SMTP_URL: 'smtp://mail.example.org' }]) {
      expect(await createDemoVaIfFresh({ db: t.db, env: { NODE_ENV: 'production', ...local, ...reachable } })).toBeNull();
    }
    // Production that only this machine reaches (the README's first `npm start`), or development.
    const demo = await createDemoVaIfFresh({ db: t.db, env: { NODE_ENV: 'production', ...local } });
    if (t.db.provider !== 'sqlite') {
      expect(demo).toBeNull(); // only on the embedded database
      return;
    }
    expect(demo).toMatchObject({ email: 'demo@delegatiescan.local' });
    expect(demo!.password.length).toBeGreaterThanOrEqual(16);
    expect((await login(demo)).status).toBe(200);
    expect(await createDemoVaIfFresh({ db: t.db, env: { NODE_ENV: 'development', ...local } })).toBeNull();
    expect(await t.db.prisma.vaUser.count()).toBe(1);
  });
});

describe('sessions', () => {
  test('GET /api/auth/session gives the VA and the CSRF token, or 401', async () => {
    const va = await signInAsVa(t);
    const response = await getSession(va.cookie);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      va: { name: 'Sanne Jansen', email: 'sanne@example.nl' },
      csrfToken: va.csrfToken,
      twoFactorEnabled: false,
    });
    expect(response.headers.get('cache-control')).toBe('no-store');

    const anonymous = await t.app.request('/api/auth/session');
    expect(anonymous.status).toBe(401);
    expect(await errorCode(anonymous)).toBe('unauthenticated');
    const forged = await getSession('ds_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    expect(forged.status).toBe(401);
    // A stale cookie is cleared.
    expect(forged.headers.getSetCookie().join()).toMatch(/ds_session=;.*Max-Age=0/);
  });

  test('a session idle for longer than SESSION_IDLE_MINUTES ends and is deleted', async () => {
    const va = await signInAsVa(t);
    const idle = t.env.SESSION_IDLE_MINUTES;
    expect(idle).toBe(30); // the default
    await t.db.prisma.session.updateMany({ data: { lastSeenAt: new Date(Date.now() - (idle - 1) * MINUTE) } });
    expect((await va.request('/api/admin/me')).status).toBe(200); // still inside the 30 minutes

    await t.db.prisma.session.updateMany({ data: { lastSeenAt: new Date(Date.now() - (idle + 1) * MINUTE) } });
    const response = await va.request('/api/admin/me');
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe('unauthenticated');
    expect(await t.db.prisma.session.count()).toBe(0);
  });

  test('activity slides the idle expiry, writing at most once a minute', async () => {
    const va = await signInAsVa(t);
    const recently = new Date(Date.now() - 30_000);
    await t.db.prisma.session.updateMany({ data: { lastSeenAt: recently } });
    await va.request('/api/admin/me');
    expect((await t.db.prisma.session.findFirstOrThrow()).lastSeenAt).toEqual(recently);

    await t.db.prisma.session.updateMany({ data: { lastSeenAt: new Date(Date.now() - (t.env.SESSION_IDLE_MINUTES - 5) * MINUTE) } });
    const before = Date.now();
    await va.request('/api/admin/me');
    expect((await t.db.prisma.session.findFirstOrThrow()).lastSeenAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  test('a session past its absolute expiry ends, however active', async () => {
    const va = await signInAsVa(t);
    const session = await t.db.prisma.session.findFirstOrThrow();
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(12 * 60 * MINUTE); // SESSION_MAX_HOURS' default

    await t.db.prisma.session.updateMany({ data: { expiresAt: new Date(Date.now() - 1000), lastSeenAt: new Date() } });
    expect((await getSession(va.cookie)).status).toBe(401);
    expect(await t.db.prisma.session.count()).toBe(0);
  });

  test('logout ends this session only', async () => {
    const here = await signInAsVa(t);
    const elsewhere = await signInAsVa(t);
    const response = await here.request('/api/auth/logout', { method: 'POST' });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie().join()).toMatch(/ds_session=;.*Max-Age=0/);
    expect((await here.request('/api/admin/me')).status).toBe(401);
    expect((await elsewhere.request('/api/admin/me')).status).toBe(200);
    expect((await t.app.request('/api/auth/logout', { method: 'POST' })).status).toBe(401);
  });

  test('logout everywhere ends every session of this VA, not those of another', async () => {
    const here = await signInAsVa(t);
    const elsewhere = await signInAsVa(t);
    const colleague = await signInAsVa(t, { email: 'jan@example.nl', name: 'Jan' });
    // Her password again first (ASVS 3.3.4): without it, 403 reauth_required and nobody is signed out.
    const unconfirmed = await here.request('/api/auth/logout-everywhere', { method: 'POST' });
    expect(unconfirmed.status).toBe(403);
    expect((await errorOf(unconfirmed)).code).toBe('reauth_required');
    expect((await elsewhere.request('/api/admin/me')).status).toBe(200);
    await here.reauthenticate();
    const response = await here.request('/api/auth/logout-everywhere', { method: 'POST' });
    expect(response.status).toBe(204);
    expect((await here.request('/api/admin/me')).status).toBe(401);
    expect((await elsewhere.request('/api/admin/me')).status).toBe(401);
    expect((await colleague.request('/api/admin/me')).status).toBe(200);
  });
});

describe('CSRF', () => {
  test('a state-changing request without the token, with a forged one or with another session’s is refused', async () => {
    const va = await signInAsVa(t);
    const other = await signInAsVa(t, { email: 'jan@example.nl', name: 'Jan' });
    const attempts = [
      va.request('/api/auth/logout', { method: 'POST', withoutCsrf: true }),
      va.request('/api/auth/logout', { method: 'POST', headers: { 'x-csrf-token': 'forged' } }),
      va.request('/api/auth/logout', { method: 'POST', headers: { 'x-csrf-token': other.csrfToken } }),
      va.request('/api/auth/logout', { method: 'POST', headers: { 'x-csrf-token': `${va.csrfToken}x` } }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      expect(await errorCode(response)).toBe('csrf_failed');
    }
    expect((await va.request('/api/admin/me')).status).toBe(200); // still signed in
  });

  test('a cross-site request is refused even with the right token', async () => {
    const va = await signInAsVa(t);
    const crossSite: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://scan.test.evil.example' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of crossSite) {
      const response = await va.request('/api/auth/logout', { method: 'POST', headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await errorCode(response)).toBe('csrf_failed');
    }
    expect((await va.request('/api/admin/me')).status).toBe(200);
  });

  test('same-origin requests pass: PUBLIC_URL, the own host, or the browser saying same-origin', async () => {
    const sameOrigin: Record<string, string>[] = [
      { origin: 'http://scan.test' },
      { origin: 'http://localhost' }, // app.request() sends to http://localhost/
      { origin: 'http://localhost:5173', 'sec-fetch-site': 'same-origin' }, // the vite dev proxy
      {},
    ];
    for (const headers of sameOrigin) {
      const va = await signInAsVa(t);
      const response = await va.request('/api/auth/logout', { method: 'POST', headers });
      expect(response.status, JSON.stringify(headers)).toBe(204);
    }
  });
});
