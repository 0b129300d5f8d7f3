import { Secret, TOTP } from 'otpauth';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { hashToken } from '../../server/lib/security.ts';
import { sessionCookieOf, signInAsVa, TEST_VA_PASSWORD, type SignedInTestVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';
import { submitIntake } from '../factories/submitted-intake.ts';

// Defaults: 5 failures per account or 20 per address within 15 minutes.
const t = useTestApp({ TRUST_PROXY: 'true', TOTP_ENCRYPTION_KEY: 'k'.repeat(40) });

const SANNE = 'sanne@example.nl';
const CLIENT = '203.0.113.7';
const STEP_MS = 30_000;

/** The clock of the test and the app: a code is for one 30-second step, and a step is used once. */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:05Z'));
});
afterEach(() => {
  vi.useRealTimers();
});
function nextStep() {
  vi.setSystemTime(Date.now() + STEP_MS);
}

/** A code from her authenticator app right now, as the app computes it from the secret. */
function codeFor(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: at });
}

function login(json: { email: string; password: string }, cookie = '') {
  return t.client.api.auth.login.$post({ json }, { headers: { 'x-forwarded-for': CLIENT, cookie } });
}

function secondStep(json: { pendingToken: string; code: string }, cookie = '') {
  return t.client.api.auth.login['second-step'].$post({ json }, { headers: { 'x-forwarded-for': CLIENT, cookie } });
}

/** The answer of a sign-in that asks for the second step (throws when it signed in at once). */
async function secondStepAsked(response: Awaited<ReturnType<typeof login>>) {
  const answer = await response.json();
  if (!('pendingToken' in answer)) throw new Error('the sign-in did not ask for a second step');
  return answer;
}

async function errorCode(response: { json(): Promise<unknown> }): Promise<string> {
  return (await errorOf(response)).code;
}

const securityEvents = () => t.logs.entries.filter((entry) => entry.security !== undefined).map((entry) => entry.security);

/** Sanne signs in, sets up two-factor and confirms it: the secret and her recovery codes. */
async function enrol(): Promise<{ va: SignedInTestVa; secret: string; recoveryCodes: string[] }> {
  const va = await signInAsVa(t, { email: SANNE });
  const setup = await va.client.api.admin['two-factor'].setup.$post();
  expect(setup.status).toBe(200);
  const { secret, otpauthUri, qrSvg } = await setup.json();
  expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Delegatiescan:sanne%40example\.nl\?/);
  expect(otpauthUri).toContain(`secret=${secret}`);
  expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  const enable = await va.client.api.admin['two-factor'].enable.$post({ json: { code: codeFor(secret) } });
  expect(enable.status).toBe(200);
  const { recoveryCodes } = await enable.json();
  nextStep();
  return { va, secret, recoveryCodes };
}

describe('set-up', () => {
  test('two-factor is on only after a right code; the secret is sealed, recovery codes kept only as hashes', async () => {
    const va = await signInAsVa(t, { email: SANNE });
    expect(await (await va.request('/api/admin/two-factor')).json()).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    const { secret } = await (await va.client.api.admin['two-factor'].setup.$post()).json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 160 bits, base32

    const wrong = await va.request('/api/admin/two-factor/enable', { method: 'POST', json: { code: '000000' === codeFor(secret) ? '111111' : '000000' } });
    expect(wrong.status).toBe(403); // not 401: the session goes on
    expect(await errorCode(wrong)).toBe('invalid_code');
    expect(await (await va.request('/api/admin/two-factor')).json()).toEqual({ enabled: false, recoveryCodesLeft: 0 });

    const enable = await va.client.api.admin['two-factor'].enable.$post({ json: { code: codeFor(secret) } });
    expect(enable.status).toBe(200);
    const { recoveryCodes } = await enable.json();
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){5}$/);
    expect(await (await va.request('/api/admin/two-factor')).json()).toEqual({ enabled: true, recoveryCodesLeft: 10 });

    const stored = JSON.stringify([await t.db.prisma.vaUser.findMany(), await t.db.prisma.recoveryCode.findMany()]);
    expect(stored).not.toContain(secret);
    for (const code of recoveryCodes) expect(stored).not.toContain(code);
    const user = await t.db.prisma.vaUser.findUniqueOrThrow({ where: { email: SANNE } });
    expect(user.totpSecret).toMatch(/^v1:/);
    expect(user.totpPendingSecret).toBeNull();
    expect(securityEvents()).toContain('2fa-enabled');
    expect((await va.request('/api/admin/two-factor/setup', { method: 'POST' })).status).toBe(409);
  });
});

describe('sign-in with two-factor on', () => {
  test('a right password makes no session but a pending second step; a code then signs in, once', async () => {
    const { secret } = await enrol();
    const first = await login({ email: SANNE, password: TEST_VA_PASSWORD });
    expect(first.status).toBe(200);
    expect(first.headers.getSetCookie().some((cookie) => cookie.startsWith('ds_session=') && !cookie.startsWith('ds_session=;'))).toBe(false);
    const { secondStep: needed, pendingToken } = await secondStepAsked(first);
    expect(needed).toBe(true);
    const pending = await t.db.prisma.pendingSignIn.findFirstOrThrow();
    expect(pending.tokenHash).toBe(hashToken(pendingToken));
    expect(pending.expiresAt.getTime() - Date.now()).toBe(5 * 60_000);
    const sessionsBefore = await t.db.prisma.session.count();

    const code = codeFor(secret);
    const ok = await secondStep({ pendingToken, code });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ va: { email: SANNE }, twoFactorEnabled: true });
    const cookie = sessionCookieOf(ok);
    expect((await t.app.request('/api/auth/session', { headers: { cookie } })).status).toBe(200);
    expect(await t.db.prisma.session.count()).toBe(sessionsBefore + 1);
    expect(await t.db.prisma.pendingSignIn.count()).toBe(0);

    // The same code again, in a new sign-in within its window: refused (replay).
    const again = await secondStepAsked(await login({ email: SANNE, password: TEST_VA_PASSWORD }));
    const replay = await secondStep({ pendingToken: again.pendingToken, code });
    expect(replay.status).toBe(401);
    expect(await errorCode(replay)).toBe('invalid_code');
    // The used pending token is gone.
    expect(await errorCode(await secondStep({ pendingToken, code: codeFor(secret) }))).toBe('second_step_expired');
  });

  test('a pending second step ends after 5 minutes', async () => {
    const { secret } = await enrol();
    const { pendingToken } = await secondStepAsked(await login({ email: SANNE, password: TEST_VA_PASSWORD }));
    vi.setSystemTime(Date.now() + 5 * 60_000 + 1000);
    const late = await secondStep({ pendingToken, code: codeFor(secret) });
    expect(late.status).toBe(401);
    expect(await errorCode(late)).toBe('second_step_expired');
  });

  test('a recovery code signs in once; wrong codes count in the sign-in throttle with wrong passwords', async () => {
    const { secret, recoveryCodes } = await enrol();
    const pendingOf = async () => (await secondStepAsked(await login({ email: SANNE, password: TEST_VA_PASSWORD }))).pendingToken;

    const viaRecovery = await secondStep({ pendingToken: await pendingOf(), code: recoveryCodes[0]!.toUpperCase() });
    expect(viaRecovery.status).toBe(200);
    expect(securityEvents()).toContain('recovery-code-used');
    expect(await t.db.prisma.recoveryCode.count()).toBe(9);
    expect(await errorCode(await secondStep({ pendingToken: await pendingOf(), code: recoveryCodes[0]! }))).toBe('invalid_code');

    // From a stranger's browser (no device cookie): 5 failures per account. One is counted above.
    expect((await login({ email: SANNE, password: 'a wrong password' })).status).toBe(401);
    const pendingToken = await pendingOf();
    for (let i = 0; i < 3; i++) expect((await secondStep({ pendingToken, code: `12345${i}` })).status).toBe(401);
    const throttled = await secondStep({ pendingToken, code: codeFor(secret) });
    expect(throttled.status).toBe(429);
    expect(await errorCode(throttled)).toBe('login_throttled');
    expect(securityEvents().filter((event) => event === 'sign-in-second-step-failed')).toHaveLength(4);
    const logged = JSON.stringify(t.logs.entries);
    expect(logged).not.toContain(SANNE);
    expect(logged).not.toContain(recoveryCodes[0]!);
  });
});

describe('recovery codes and turning off', () => {
  test('new recovery codes need a code and replace the old ones; turning off needs the password and a code', async () => {
    const { va, secret, recoveryCodes } = await enrol();
    expect((await va.request('/api/admin/two-factor/recovery-codes', { method: 'POST', json: { code: '12345' } })).status).toBe(403);
    const regenerated = await va.client.api.admin['two-factor']['recovery-codes'].$post({ json: { code: codeFor(secret) } });
    expect(regenerated.status).toBe(200);
    const fresh = (await regenerated.json()).recoveryCodes;
    expect(fresh.some((code) => recoveryCodes.includes(code))).toBe(false);
    expect(securityEvents()).toContain('recovery-codes-regenerated');
    nextStep();

    const noPassword = await va.request('/api/admin/two-factor/disable', { method: 'POST', json: { password: 'not hers at all', code: codeFor(secret) } });
    expect(noPassword.status).toBe(403);
    expect(await errorCode(noPassword)).toBe('invalid_password');
    const off = await va.request('/api/admin/two-factor/disable', { method: 'POST', json: { password: TEST_VA_PASSWORD, code: fresh[3] } });
    expect(off.status).toBe(200);
    expect(await (await va.request('/api/admin/two-factor')).json()).toEqual({ enabled: false, recoveryCodesLeft: 0 });
    expect(await t.db.prisma.recoveryCode.count()).toBe(0);
    expect(securityEvents()).toContain('2fa-disabled');
    // Off again: the password alone signs in.
    expect(sessionCookieOf(await login({ email: SANNE, password: TEST_VA_PASSWORD }))).toMatch(/^ds_session=/);
  });
});

describe('re-authentication before export and erasure', () => {
  test('the CSV export and erasure answer 403 reauth_required until the session re-authenticated, for 5 minutes', async () => {
    const { intakeId } = await submitIntake(t);
    const va = await signInAsVa(t, { email: SANNE });
    const refused = await va.request('/api/admin/intakes/export.csv');
    expect(refused.status).toBe(403);
    expect(await errorCode(refused)).toBe('reauth_required');
    expect(await errorCode(await va.request(`/api/admin/intakes/${intakeId}`, { method: 'DELETE' }))).toBe('reauth_required');
    expect(await t.db.prisma.intake.count()).toBe(1);

    const wrong = await va.request('/api/auth/reauth', { method: 'POST', json: { password: 'not hers at all' } });
    expect(wrong.status).toBe(403);
    expect(await errorCode(wrong)).toBe('invalid_password');
    const withoutCsrf = await va.request('/api/auth/reauth', { method: 'POST', json: { password: TEST_VA_PASSWORD }, withoutCsrf: true });
    expect(withoutCsrf.status).toBe(403);

    const ok = await va.request('/api/auth/reauth', { method: 'POST', json: { password: TEST_VA_PASSWORD } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ reauthenticatedUntil: new Date(Date.now() + 5 * 60_000).toISOString() });
    expect(securityEvents()).toContain('reauthenticated');
    expect((await va.request('/api/admin/intakes/export.csv')).status).toBe(200);

    vi.setSystemTime(Date.now() + 5 * 60_000 + 1000);
    expect(await errorCode(await va.request(`/api/admin/intakes/${intakeId}`, { method: 'DELETE' }))).toBe('reauth_required');
    await va.reauthenticate();
    expect((await va.request(`/api/admin/intakes/${intakeId}`, { method: 'DELETE' })).status).toBe(200);
  });

  test('with two-factor on, re-authentication needs a code too; another session is not re-authenticated by it', async () => {
    const { va, secret } = await enrol();
    const other = await signInAsVa(t, { email: SANNE }).catch(() => null);
    expect(other).toBeNull(); // the harness's password-only sign-in meets the second step

    const noCode = await va.request('/api/auth/reauth', { method: 'POST', json: { password: TEST_VA_PASSWORD } });
    expect(noCode.status).toBe(422);
    expect(await errorCode(noCode)).toBe('code_required');
    expect(await errorCode(await va.request('/api/auth/reauth', { method: 'POST', json: { password: TEST_VA_PASSWORD, code: '999999' === codeFor(secret) ? '888888' : '999999' } }))).toBe('invalid_code');
    await va.reauthenticate(codeFor(secret));
    expect((await va.request('/api/admin/intakes/export.csv')).status).toBe(200);
  });

  test('wrong passwords in re-authentication are throttled per account', async () => {
    const va = await signInAsVa(t, { email: SANNE });
    for (let i = 0; i < 5; i++) {
      expect((await va.request('/api/auth/reauth', { method: 'POST', json: { password: `wrong ${i}` } })).status).toBe(403);
    }
    const throttled = await va.request('/api/auth/reauth', { method: 'POST', json: { password: TEST_VA_PASSWORD } });
    expect(throttled.status).toBe(429);
    expect(await errorCode(throttled)).toBe('login_throttled');
  });
});
