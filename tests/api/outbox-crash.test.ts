/**
 * The app process killed mid-send (SIGKILL, no chance to clean up) while the SMTP server holds the
 * final reply of the messages it is sending: after a restart nothing is lost and nothing is sent
 * twice. The server runs as a real child process (tests/setup/server-process.ts) on the test
 * database, submissions come in over HTTP.
 */
import { afterEach, expect, test } from 'vitest';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { startServerProcess, stopServerProcesses, waitUntil, type ServerProcess } from '../setup/server-process.ts';
import { useTestSmtpServer } from '../setup/smtp-server.ts';
import { useTestDatabase } from '../setup/test-database.ts';
import { serverClientOf } from '../setup/test-client.ts';

const testDb = useTestDatabase();
const testSmtp = useTestSmtpServer();
afterEach(stopServerProcesses);

/** A lease of 6 s: a send may take 3 s (half) before it is cut short; a dead sender's claim is free again after 6 s. */
function serverEnv(): Record<string, string> {
  return {
    DATABASE_URL: testDb.db.url,
    SMTP_URL: testSmtp.smtp.url,
    PUBLIC_URL: 'http://scan.test',
    MAIL_FROM: 'scan@mail.scan.test',
    VA_NAME: 'Sanne Jansen',
    VA_EMAIL: 'sanne@example.nl',
    OUTBOX_POLL_MS: '100',
    OUTBOX_LEASE_SECONDS: '6',
    OUTBOX_RETRY_BASE_SECONDS: '0.2',
    SCAN_MIN_FILL_SECONDS: '0',
  };
}

async function submitScan(server: ServerProcess, name: string) {
  const input = buildIntakeInput();
  const response = await serverClientOf(server.port).api.intakes.$post({
    json: { ...input, contact: { ...input.contact, name, email: `${name.toLowerCase()}@example.nl` } },
    header: { 'idempotency-key': newIdempotencyKey() },
  });
  expect(response.status).toBe(201);
  return response.json();
}

async function allIds(): Promise<string[]> {
  return (await testDb.db.prisma.outboxMessage.findMany({ select: { id: true } })).map((row) => row.id);
}

async function countWithStatus(status: string): Promise<number> {
  return testDb.db.prisma.outboxMessage.count({ where: { status } });
}

test('killed mid-send: after a restart every message is sent, each delivered exactly once', { timeout: 90_000 }, async () => {
  const first = await startServerProcess(serverEnv());
  expect(first.output()).toContain('E-mail: the outbox sends through smtp://127.0.0.1:');

  // Before the crash: two scans, their four e-mails delivered and recorded.
  await submitScan(first, 'Anna');
  await submitScan(first, 'Bram');
  await waitUntil('the first four are sent', async () => (await countWithStatus('sent')) === 4);
  expect(testSmtp.smtp.delivered).toHaveLength(4);

  // From now on the SMTP server keeps every final reply back: what the app is sending when it is
  // killed has not been accepted (no 250), so SMTP has not taken responsibility for it.
  testSmtp.smtp.replyWith({ kind: 'hold' });
  for (const name of ['Cas', 'Dewi', 'Eva']) await submitScan(first, name);
  await testSmtp.smtp.nextHeld();
  await waitUntil('every message being sent is held', async () => (await countWithStatus('sending')) === testSmtp.smtp.held.length);
  const inFlight = testSmtp.smtp.held.map((held) => held.mail.outboxId);
  expect(inFlight.length).toBeGreaterThan(0);

  await first.kill('SIGKILL');
  await waitUntil('the SMTP server saw the killed sender go', () => testSmtp.smtp.held.length === 0);
  expect(testSmtp.smtp.abandoned.map((mail) => mail.outboxId).sort()).toEqual([...inFlight].sort());
  const claimedWhenKilled = await testDb.db.prisma.outboxMessage.findMany({ where: { status: 'sending' } });
  expect(claimedWhenKilled.map((row) => row.id).sort()).toEqual([...inFlight].sort());
  for (const row of claimedWhenKilled) expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() - 1000);

  // Restart: the dead sender's claims run out and are taken over; the queued ones go out as well.
  testSmtp.smtp.replyWith({ kind: 'accept' });
  const restarted = await startServerProcess(serverEnv());
  const ids = await allIds();
  expect(ids).toHaveLength(10);
  await waitUntil('every message is sent', async () => (await countWithStatus('sent')) === 10, 20_000);
  await new Promise((resolve) => setTimeout(resolve, 500)); // more polls: nothing goes out again

  const delivered = testSmtp.smtp.delivered.map((mail) => mail.outboxId);
  expect(delivered.sort()).toEqual([...ids].sort());
  for (const row of await testDb.db.prisma.outboxMessage.findMany({ where: { id: { in: inFlight as string[] } } })) {
    expect(row).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
  }

  // A result e-mail sent after the restart carries a link that works on the restarted server.
  const lateResultMail = testSmtp.smtp.delivered.find((mail) => inFlight.includes(mail.outboxId) && /\/r\//.test(mail.parsed.text ?? ''));
  if (lateResultMail) {
    const token = /http:\/\/scan\.test\/r\/([A-Za-z0-9_-]+)/.exec(lateResultMail.parsed.text!)![1];
    expect((await fetch(`http://127.0.0.1:${restarted.port}/api/results/${token}`)).status).toBe(200);
  }
  await restarted.stop();
});
