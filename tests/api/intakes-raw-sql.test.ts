/**
 * The submit's hand-written statements (docs/decisions/0027-submit-hot-path-in-raw-sql.md): what
 * they store reads back through Prisma and the back office exactly as Prisma's own rows do, on
 * SQLite and (with TEST_DATABASE_URL) PostgreSQL; they run on the Prisma transaction's own
 * connection, so the rows and the queued e-mails are stored all or nothing.
 * Replays and races of identical requests: tests/api/intakes.test.ts.
 */
import { describe, expect, test, vi } from 'vitest';
import { queueMessages } from '../../server/features/outbox/outbox.repository.ts';
import { isUniqueViolation } from '../../server/lib/db.ts';
import { testEmailContent } from '../factories/email-content.ts';
import { buildIntakeInput } from '../factories/intake.ts';
import { submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa } from '../setup/admin-session.ts';
import { refuseInserts } from '../setup/failing-writes.ts';
import { useTestApp } from '../setup/test-app.ts';

const t = useTestApp();

async function json<T>(response: { status: number; clone(): Response; json(): Promise<T> }): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(200);
  return response.json();
}

/** A stored value's shape: digits as `9`, so two timestamps of the same format compare equal. */
const shapeOf = (value: unknown) => String(value).replace(/\d/g, '9');

describe('an intake stored by the hand-written statements', () => {
  test('reads back through the back office: inbox, search, date filter, detail, timeline and tasks', async () => {
    const before = new Date();
    const { intakeId, input } = await submitIntake(t, { locale: 'en' });
    const va = await signInAsVa(t);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(before);
    const inbox = await json(await va.client.api.admin.intakes.$get({ query: { q: 'zoe coaching', from: today, to: today } }));
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ id: intakeId, status: 'new', name: 'Zoë de Vries', company: 'Zoë Coaching', unread: true });

    const detail = await json(await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } }));
    expect(detail.answers).toEqual(input);
    expect(detail.locale).toBe('en');
    expect(Date.parse(detail.createdAt)).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(Date.parse(detail.createdAt)).toBeLessThanOrEqual(Date.now());
    expect(detail.consent.followUpConsent).toBe(true);
    expect(detail.consent.followUpConsentAt).toBe(detail.consent.privacyConsentAt);
    // "submitted" first, also when the e-mails were queued in the same millisecond.
    expect(detail.timeline.map((event) => event.type)).toEqual(['submitted', 'email-queued', 'email-queued']);

    const stored = await t.db.prisma.intake.findUniqueOrThrow({
      where: { id: intakeId },
      include: { snapshot: true, tasks: { orderBy: { position: 'asc' } }, resultLinks: true, events: true },
    });
    expect(stored.createdAt.toISOString()).toBe(detail.createdAt);
    expect(stored.updatedAt).toEqual(stored.createdAt);
    expect(stored.snapshot?.result).toEqual(detail.resultView.result);
    expect(stored.tasks.map((task) => [task.position, task.taskId, task.customLabel])).toEqual([
      [0, input.tasks.catalogueTasks[0]!.taskId, null],
      [1, input.tasks.catalogueTasks[1]!.taskId, null],
      [2, input.tasks.catalogueTasks[2]!.taskId, null],
      [3, null, 'Offertes uitwerken'],
    ]);
    for (const row of [...stored.tasks, ...stored.resultLinks, ...stored.events]) expect(row.id).toMatch(/^c[a-z0-9]{24}$/);
    expect(stored.resultLinks[0]).toMatchObject({ purpose: 'submit', openCount: 0, lastOpenedAt: null });
  });

  test('stores dates and JSON in the format Prisma writes them', async () => {
    const { intakeId } = await submitIntake(t);
    const va = await signInAsVa(t);
    // A row Prisma writes, to compare with.
    expect((await va.request(`/api/admin/intakes/${intakeId}/notes`, { method: 'POST', json: { body: 'Bellen' } })).status).toBe(201);

    if (t.db.provider === 'sqlite') {
      const [raw] = await t.db.prisma.$queryRawUnsafe<{ createdAt: string; consent: string; link: string; event: string; answers: number; result: number }[]>(
        // CAST: the text as stored (Prisma would read a DATETIME column as a Date).
        `SELECT CAST(i."createdAt" AS TEXT) AS "createdAt", CAST(i."privacyConsentAt" AS TEXT) AS consent,
           (SELECT CAST("createdAt" AS TEXT) FROM "ResultLink" WHERE "intakeId" = i.id) AS link,
           (SELECT CAST("createdAt" AS TEXT) FROM "IntakeEvent" WHERE "intakeId" = i.id AND type = 'submitted') AS event,
           json_valid(s.answers) AS answers, json_valid(s.result) AS result
         FROM "Intake" i JOIN "IntakeSnapshot" s ON s."intakeId" = i.id WHERE i.id = ?`,
        intakeId,
      );
      const [prismaWritten] = await t.db.prisma.$queryRawUnsafe<{ createdAt: string }[]>(`SELECT CAST("createdAt" AS TEXT) AS "createdAt" FROM "IntakeNote"`);
      const prismaShape = shapeOf(prismaWritten!.createdAt);
      expect(prismaShape).toBe('9999-99-99T99:99:99.999+99:99');
      for (const value of [raw!.createdAt, raw!.consent, raw!.link, raw!.event]) expect(shapeOf(value)).toBe(prismaShape);
      expect([Number(raw!.answers), Number(raw!.result)]).toEqual([1, 1]);
    } else {
      const [raw] = await t.db.prisma.$queryRawUnsafe<{ answers: string; result: string; followUpConsent: string }[]>(
        `SELECT jsonb_typeof(s.answers) AS answers, jsonb_typeof(s.result) AS result, pg_typeof(i."followUpConsent")::text AS "followUpConsent"
         FROM "Intake" i JOIN "IntakeSnapshot" s ON s."intakeId" = i.id WHERE i.id = $1`,
        intakeId,
      );
      expect(raw).toEqual({ answers: 'object', result: 'object', followUpConsent: 'boolean' });
      // Stored as UTC: the same instant Prisma reads back, whatever the session's time zone.
      const [{ utc }] = (await t.db.prisma.$queryRawUnsafe<{ utc: string }[]>(
        `SELECT to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS utc FROM "Intake" WHERE id = $1`,
        intakeId,
      )) as [{ utc: string }];
      const stored = await t.db.prisma.intake.findUniqueOrThrow({ where: { id: intakeId }, select: { createdAt: true } });
      expect(utc).toBe(stored.createdAt.toISOString());
    }
  });

  test('a row that cannot be stored stores nothing: no intake, no task, no e-mail', async () => {
    const restore = await refuseInserts(t.db, 'IntakeTask');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await t.app.request('/api/intakes', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'refused-task-rows-0001' },
        body: JSON.stringify(buildIntakeInput()),
      });
      expect(response.status).toBe(500);
      // The one error handler logs it: expected here, so it does not fail the test.
      expect(consoleError.mock.calls.map(([message]) => message as unknown)).toContain('Unhandled error');
    } finally {
      consoleError.mockRestore();
      await restore();
    }
    expect(await t.db.prisma.intake.count()).toBe(0);
    expect(await t.db.prisma.intakeSnapshot.count()).toBe(0);
    expect(await t.db.prisma.outboxMessage.count()).toBe(0);
    expect(await t.db.prisma.resultLink.count()).toBe(0);
  });
});

describe('Database.transaction', () => {
  test('the hand-written statements see the transaction’s own uncommitted rows: the same connection', async () => {
    const seen = await t.db.transaction(async (tx, sql) => {
      await tx.appSecret.create({ data: { name: 'raw-sql-test', value: 'written by Prisma' } });
      return sql.rows<{ value: string }>('SELECT "value" FROM "AppSecret" WHERE "name" = ?', ['raw-sql-test']);
    });
    expect(seen).toEqual([{ value: 'written by Prisma' }]);
  });

  test('a failure rolls back both Prisma’s and the hand-written writes', async () => {
    await expect(
      t.db.transaction(async (tx, sql) => {
        await tx.appSecret.create({ data: { name: 'by-prisma', value: 'x' } });
        await sql.run('INSERT INTO "AppSecret" ("name", "value", "createdAt") VALUES (?, ?, ?)', ['by-hand', 'y', new Date()]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await t.db.prisma.appSecret.count({ where: { name: { in: ['by-prisma', 'by-hand'] } } })).toBe(0);
  });

  test('a hand-written unique violation is recognised like Prisma’s', async () => {
    await t.db.sql.run('INSERT INTO "AppSecret" ("name", "value", "createdAt") VALUES (?, ?, ?)', ['twice', 'a', new Date()]);
    const error = await t.db.sql.run('INSERT INTO "AppSecret" ("name", "value", "createdAt") VALUES (?, ?, ?)', ['twice', 'b', new Date()]).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });
});

describe('Database.sqlTransaction (the driver alone, no Prisma)', () => {
  test('commits what it wrote; a failure rolls it all back', async () => {
    await t.db.sqlTransaction((sql) =>
      sql.run('INSERT INTO "AppSecret" ("name", "value", "createdAt") VALUES (?, ?, ?)', ['kept', 'a', new Date()]),
    );
    await expect(
      t.db.sqlTransaction(async (sql) => {
        await sql.run('INSERT INTO "AppSecret" ("name", "value", "createdAt") VALUES (?, ?, ?)', ['dropped', 'b', new Date()]);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    // Prisma, on the same connection (SQLite) or pool (PostgreSQL), works after both.
    expect((await t.db.prisma.appSecret.findMany({ where: { name: { in: ['kept', 'dropped'] } }, select: { name: true } })).map((row) => row.name)).toEqual(['kept']);
  });
});

describe('queueMessages (hand-written, decision 0027)', () => {
  test('a cause queued twice queues once: one row, one timeline entry, read back through Prisma', async () => {
    const { intakeId } = await submitIntake(t);
    const message = {
      intakeId,
      toAddress: 'zoe@example.nl',
      toName: 'Zoë',
      locale: 'nl',
      content: testEmailContent('follow-up', 'Nog even over je scan'),
      notBefore: new Date('2030-01-02T03:04:05.678Z'),
      idempotencyKey: `raw-queue:${intakeId}`,
    };
    const [first] = await t.db.sqlTransaction((sql) => queueMessages(sql, [message, message]));
    expect(first).toMatch(/^c[a-z0-9]{24}$/);
    // Again, in a Prisma transaction's statements (the other callers' way): stored already, skipped.
    expect(await t.db.transaction((_tx, sql) => queueMessages(sql, [message]))).toEqual([]);

    const rows = await t.db.prisma.outboxMessage.findMany({ where: { idempotencyKey: message.idempotencyKey } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: first, kind: 'follow-up', subject: 'Nog even over je scan', status: 'queued', attempts: 0, toName: 'Zoë',
      nextAttemptAt: message.notBefore, content: message.content.input, html: null, text: null,
    });
    expect(rows[0]!.createdAt.getTime()).toBe(rows[0]!.updatedAt.getTime());
    const events = await t.db.prisma.intakeEvent.findMany({ where: { intakeId, type: 'email-queued' }, select: { data: true } });
    expect(events.map((event) => event.data)).toContainEqual({
      messageId: first, kind: 'follow-up', subject: 'Nog even over je scan', notBefore: '2030-01-02T03:04:05.678Z',
    });
    expect(events.filter((event) => (event.data as { messageId: string }).messageId === first)).toHaveLength(1);
  });
});
