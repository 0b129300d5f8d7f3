/**
 * Security events (issue 10, point 9; ASVS 7.1, 7.2) through the real app: every sign-in, failed
 * or throttled one, sign-out, account change, export and erasure is one line with
 * `security: <event>`, and no line carries an e-mail address, a name, a token, a password or a
 * client address in clear (addresses and attempted accounts appear as pseudonyms).
 */
import { afterEach, expect, test } from 'vitest';
import { saveVa } from '../../server/features/auth/auth.service.ts';
import { startOutboxWorker, type OutboxWorker } from '../../server/features/outbox/outbox.worker.ts';
import { pseudonym } from '../../server/lib/logger.ts';
import { submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa, TEST_VA_PASSWORD } from '../setup/admin-session.ts';
import { waitUntil } from '../setup/server-process.ts';
import { useTestSmtpServer } from '../setup/smtp-server.ts';
import { useTestApp } from '../setup/test-app.ts';
import { sessionOf } from '../setup/test-client.ts';

const t = useTestApp({ TRUST_PROXY: '1', LOGIN_MAX_FAILURES_PER_ACCOUNT: '2' });
const testSmtp = useTestSmtpServer();
const workers: OutboxWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  testSmtp.smtp.reset();
});

const SANNE = 'sanne@example.nl';
const CLIENT = '203.0.113.77';

function login(email: string, password: string, address = CLIENT) {
  return t.client.api.auth.login.$post({ json: { email, password } }, { headers: { 'x-forwarded-for': address } });
}

const securityLines = () => t.logs.entries.filter((entry) => entry.security !== undefined);
const events = () => securityLines().map((entry) => entry.security);

/** Nothing personal or secret in any line: names, e-mail addresses, client addresses, secrets. */
function expectNothingInClear(...secrets: string[]) {
  const everything = JSON.stringify(t.logs.entries);
  expect(everything).not.toMatch(/Zoë|de Vries|Sanne Jansen|@example\.nl|203\.0\.113|198\.51\.100/);
  for (const secret of secrets) expect(everything).not.toContain(secret);
}

test('sign-ins, failures, throttling, sign-outs and a password change are logged, with pseudonyms only', async () => {
  const { va } = await saveVa(t.deps, { email: SANNE, name: 'Sanne Jansen', password: TEST_VA_PASSWORD });
  expect(securityLines().at(-1)).toMatchObject({ security: 'account-created', level: 'warn', userId: va.id });

  expect((await login(SANNE, 'a wrong password')).status).toBe(401);
  expect(securityLines().at(-1)).toMatchObject({
    security: 'sign-in-failed',
    level: 'warn',
    account: pseudonym(SANNE),
    client: pseudonym(CLIENT),
    reqId: expect.any(String),
  });

  const signedIn = await login(SANNE, TEST_VA_PASSWORD);
  expect(signedIn.status).toBe(200);
  expect(securityLines().at(-1)).toMatchObject({ security: 'sign-in', level: 'info', userId: va.id, client: pseudonym(CLIENT) });
  const cookie = signedIn.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ');
  const { csrfToken } = await sessionOf(signedIn);

  // An unknown account, guessed at from elsewhere: two failures, then throttled.
  for (let i = 0; i < 2; i++) expect((await login('nobody@example.nl', `guess ${i}`, '198.51.100.9')).status).toBe(401);
  expect((await login('nobody@example.nl', 'guess 3', '198.51.100.9')).status).toBe(429);
  expect(securityLines().at(-1)).toMatchObject({
    security: 'sign-in-throttled',
    level: 'warn',
    account: pseudonym('nobody@example.nl'),
    client: pseudonym('198.51.100.9'),
  });

  const headers = { cookie, 'x-csrf-token': csrfToken, 'x-forwarded-for': CLIENT };
  expect((await t.app.request('/api/auth/logout', { method: 'POST', headers })).status).toBe(204);
  expect(securityLines().at(-1)).toMatchObject({ security: 'signed-out', userId: va.id });
  const other = await signInAsVa(t);
  await other.reauthenticate();
  expect((await other.request('/api/auth/logout-everywhere', { method: 'POST' })).status).toBe(204);
  expect(securityLines().at(-1)).toMatchObject({ security: 'signed-out-everywhere', userId: va.id, endedSessions: 1 });

  await signInAsVa(t);
  await saveVa(t.deps, { email: SANNE, password: 'an entirely new passphrase' });
  expect(securityLines().at(-1)).toMatchObject({ security: 'password-changed', level: 'warn', userId: va.id, endedSessions: 1 });

  expect(events()).toEqual([
    'account-created',
    'sign-in-failed',
    'sign-in',
    'sign-in-failed',
    'sign-in-failed',
    'sign-in-throttled',
    'signed-out',
    'sign-in',
    'reauthenticated',
    'signed-out-everywhere',
    'sign-in',
    'password-changed',
  ]);
  expectNothingInClear(TEST_VA_PASSWORD, 'a wrong password', 'an entirely new passphrase', 'guess 3', csrfToken, cookie.split('=')[1]!);
});

test('exports and erasures are logged with who and which intake, nothing of the prospect', async () => {
  const first = await submitIntake(t);
  const second = await submitIntake(t);
  const va = await signInAsVa(t);
  await va.reauthenticate();
  t.logs.clear();

  expect((await va.request('/api/admin/intakes/export.csv')).status).toBe(200);
  expect((await va.request(`/api/admin/intakes/${first.intakeId}/export.json`)).status).toBe(200);
  expect((await va.request(`/api/admin/intakes/${first.intakeId}`, { method: 'DELETE' })).status).toBe(200);
  // The prospect erases her own result.
  expect((await t.app.request(`/api/results/${second.resultToken}`, { method: 'DELETE' })).status).toBe(200);

  expect(securityLines().map(({ security, what, by, intakeId, userId }) => ({ security, what, by, intakeId, userId }))).toEqual([
    { security: 'export', what: 'inbox-csv', by: 'va', intakeId: undefined, userId: va.va.userId },
    { security: 'export', what: 'intake-json', by: 'va', intakeId: first.intakeId, userId: va.va.userId },
    { security: 'erasure', what: 'intake', by: 'va', intakeId: first.intakeId, userId: va.va.userId },
    { security: 'erasure', what: 'intake', by: 'prospect', intakeId: second.intakeId, userId: undefined },
  ]);
  expectNothingInClear(first.resultToken, second.resultToken);
});

test('a refused e-mail leaves the recipient’s address out of the log and out of the stored error', async () => {
  const { intakeId } = await submitIntake(t);
  testSmtp.smtp.replyWith({ kind: 'reject', code: 550, message: '5.1.1 <zoe@example.nl>: Recipient address rejected: User unknown' });
  const worker = startOutboxWorker({
    ...t.deps,
    env: { ...t.env, SMTP_URL: testSmtp.smtp.url, MAIL_FROM: 'scan@mail.scan.test', OUTBOX_POLL_MS: 50 },
  });
  workers.push(worker);
  const failed = () => t.db.prisma.outboxMessage.findMany({ where: { intakeId, status: 'failed' } });
  await waitUntil('both e-mails failed', async () => (await failed()).length === 2);

  for (const message of await failed()) {
    expect(message.lastError).toMatch(/550 5\.1\.1 <\[address]>: Recipient address rejected/);
    expect(message.lastError).not.toContain('@');
  }
  expect(t.logs.messages('warn').filter((msg) => msg.startsWith('Outbox: failed'))).toHaveLength(2);
  expectNothingInClear();
});
