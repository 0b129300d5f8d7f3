/**
 * `npm run bench:outbox-storage`: what the outbox costs on disk per intake (decision 0026), on
 * SQLite. Submits BENCH_INTAKES scans (default 1000) through the real app into a temp database,
 * with the VA's reply address set and both shipped follow-up templates scheduled (so each intake
 * queues four e-mails: result link, the VA's notice, two follow-ups), then measures:
 *   after:  the outbox as it is now (content JSON + subject per message);
 *   before: the same rows rewritten as they were stored before decision 0026 (the rendered HTML
 *           and text per message, no content), rendered by the same code the sender uses.
 * Each database is checkpointed and VACUUMed before its file is measured. Numbers only.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../server/app.ts';
import { readEnv } from '../../server/env.ts';
import { listTemplates } from '../../server/features/email-templates/email-templates.service.ts';
import { renderStoredMessage } from '../../server/features/outbox/outbox.sender.ts';
import { createLogger } from '../../server/lib/logger.ts';
import { openDatabase, type Database } from '../../server/lib/db.ts';
import { buildIntakeInput, newIdempotencyKey } from '../../tests/factories/intake.ts';

const INTAKES = Number(process.env.BENCH_INTAKES ?? 1000);

const env = readEnv({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  PUBLIC_URL: 'https://scan.delegatiescan.nl',
  VA_NAME: 'Sanne Jansen',
  VA_EMAIL: 'sanne@delegatiescan.nl',
  VA_BOOKING_URL: 'https://delegatiescan.nl/kennismaken',
  CLIENT_DIST: '/nonexistent',
  SUBMIT_LIMIT_PER_HOUR: String(INTAKES * 2),
  SCAN_MIN_FILL_SECONDS: '0',
  SMTP_URL: '',
});

type Sizes = { file: number; outbox: number; columns: Record<string, number> };

async function measure(db: Database, file: string): Promise<Sizes> {
  await db.prisma.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  await db.prisma.$executeRawUnsafe('VACUUM');
  await db.prisma.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
  const [row] = await db.prisma.$queryRawUnsafe<Record<string, number | bigint | null>[]>(`
    SELECT SUM(LENGTH(CAST("content" AS BLOB))) AS content, SUM(LENGTH(CAST("html" AS BLOB))) AS html,
           SUM(LENGTH(CAST("text" AS BLOB))) AS text, SUM(LENGTH(CAST("subject" AS BLOB))) AS subject
      FROM "OutboxMessage"`);
  const columns = Object.fromEntries(Object.entries(row ?? {}).map(([key, value]) => [key, Number(value ?? 0)]));
  let outbox = 0;
  try {
    // The table's pages (with its indexes' share left out): SQLite's dbstat, when compiled in.
    const [pages] = await db.prisma.$queryRawUnsafe<{ bytes: number | bigint }[]>(
      `SELECT SUM("pgsize") AS bytes FROM dbstat WHERE "name" = 'OutboxMessage'`,
    );
    outbox = Number(pages?.bytes ?? 0);
  } catch {
    outbox = NaN;
  }
  return { file: (await stat(file)).size, outbox, columns };
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-outbox-storage-'));
const file = path.join(dir, 'bench.db');
const db = await openDatabase(`file:${file}`);
try {
  const deps = { db, env, log: createLogger(env) };
  const app = createApp(deps);
  await listTemplates(deps);
  await db.prisma.emailTemplate.updateMany({ where: { scheduleDelayDays: { not: null } }, data: { scheduleEnabled: true } });

  for (let index = 0; index < INTAKES; index += 1) {
    const input = buildIntakeInput();
    input.contact = { ...input.contact, email: `prospect-${index}@example.nl`, followUpConsent: true };
    const response = await app.request('/api/intakes', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newIdempotencyKey() },
      body: JSON.stringify(input),
    });
    if (response.status !== 201) throw new Error(`Submit ${index}: ${response.status} ${await response.text()}`);
  }
  const messages = await db.prisma.outboxMessage.count();
  const after = await measure(db, file);

  // As stored before decision 0026: every message's rendered HTML and text, no content.
  const rows = await db.prisma.outboxMessage.findMany({ select: { id: true, kind: true, subject: true, content: true, html: true, text: true } });
  for (const row of rows) {
    const { html, text } = await renderStoredMessage(row);
    await db.prisma.outboxMessage.update({ where: { id: row.id }, data: { html, text, content: undefined } });
    await db.prisma.$executeRawUnsafe(`UPDATE "OutboxMessage" SET "content" = NULL WHERE "id" = ?`, row.id);
  }
  const before = await measure(db, file);

  const perIntake = (bytes: number) => `${(bytes / INTAKES / 1024).toFixed(1)} kB`;
  console.log(`${INTAKES} intakes, ${messages} outbox messages (${(messages / INTAKES).toFixed(1)} per intake), SQLite, after VACUUM:`);
  console.log('                      before (HTML + text)   after (content JSON)');
  console.log(`  database file       ${perIntake(before.file).padStart(20)}   ${perIntake(after.file).padStart(20)}   per intake`);
  console.log(`  OutboxMessage pages ${perIntake(before.outbox).padStart(20)}   ${perIntake(after.outbox).padStart(20)}   per intake`);
  for (const column of ['html', 'text', 'content', 'subject']) {
    console.log(`  ${column.padEnd(19)} ${perIntake(before.columns[column] ?? 0).padStart(20)}   ${perIntake(after.columns[column] ?? 0).padStart(20)}   per intake`);
  }
} finally {
  await db.close();
  await rm(dir, { recursive: true, force: true });
}
