/**
 * Two server processes on one database, both sending the outbox: every message is delivered
 * exactly once (told apart by its Message-ID, which names the outbox row). On SQLite by default;
 * on PostgreSQL when TEST_DATABASE_URL is set, which is where FOR UPDATE SKIP LOCKED is proven.
 */
import { afterEach, expect, test } from 'vitest';
import { queueMessages, type NewOutboxMessage } from '../../server/features/outbox/outbox.repository.ts';
import { testEmailContent } from '../factories/email-content.ts';
import { startServerProcess, stopServerProcesses, waitUntil } from '../setup/server-process.ts';
import { useTestSmtpServer } from '../setup/smtp-server.ts';
import { useTestDatabase } from '../setup/test-database.ts';

const testDb = useTestDatabase();
const testSmtp = useTestSmtpServer();
afterEach(stopServerProcesses);

const MESSAGES = 60;

test('two processes on one database deliver each message exactly once', { timeout: 120_000 }, async () => {
  const env = {
    DATABASE_URL: testDb.db.url,
    SMTP_URL: testSmtp.smtp.url,
    PUBLIC_URL: 'http://scan.test',
    VA_NAME: 'Sanne Jansen',
    VA_EMAIL: 'sanne@example.nl',
    OUTBOX_POLL_MS: '50',
    OUTBOX_LEASE_SECONDS: '30',
  };
  // One after the other: each applies pending migrations at start.
  const first = await startServerProcess(env);
  const second = await startServerProcess(env);

  // A slightly slow SMTP server, so that the two senders' batches overlap.
  testSmtp.smtp.replyWith({ kind: 'accept', delayMs: 15 });
  const messages: NewOutboxMessage[] = Array.from({ length: MESSAGES }, (_, index) => ({
    toAddress: `inbox-${index}@example.nl`,
    locale: 'nl',
    content: testEmailContent('va-new-intake', `Bericht ${index}`),
    idempotencyKey: `processes:${index}`,
  }));
  const ids = await testDb.db.sqlTransaction((sql) => queueMessages(sql, messages));
  expect(ids).toHaveLength(MESSAGES);

  await waitUntil(
    'every message is sent',
    async () => (await testDb.db.prisma.outboxMessage.count({ where: { status: 'sent' } })) === MESSAGES,
    60_000,
  );
  await new Promise((resolve) => setTimeout(resolve, 500)); // more polls from both: nothing goes out again

  const delivered = testSmtp.smtp.delivered.map((mail) => mail.outboxId);
  expect(delivered).toHaveLength(MESSAGES);
  expect(new Set(delivered).size).toBe(MESSAGES);
  expect([...delivered].sort()).toEqual([...ids].sort());
  const rows = await testDb.db.prisma.outboxMessage.findMany({ select: { attempts: true, claimToken: true } });
  expect(rows.every((row) => row.attempts === 1)).toBe(true);
  // Both processes took part (a claim token starts with its sender's id).
  const senders = new Set(rows.map((row) => row.claimToken!.split('.')[0]));
  expect(senders.size).toBe(2);

  await Promise.all([first.stop(), second.stop()]);
});
