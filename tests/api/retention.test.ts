import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { startRetentionJob } from '../../server/features/retention/retention.job.ts';
import { runRetention } from '../../server/features/retention/retention.service.ts';
import { openDatabase } from '../../server/lib/db.ts';
import { hashToken } from '../../server/lib/security.ts';
import { insertIntakeRows } from '../factories/intake-rows.ts';
import { signInAsVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';

const t = useTestApp();
const deps = () => t.deps;

const NOW = new Date('2026-11-28T10:00:00.000Z');
const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;
const at = (iso: string) => new Date(iso);
const shift = (date: Date, ms: number) => new Date(date.getTime() + ms);

async function remainingNames(): Promise<string[]> {
  const rows = await t.db.prisma.intake.findMany({ select: { name: true }, orderBy: { name: 'asc' } });
  return rows.map((row) => row.name);
}

/** Saves the settings through the real API with another retention period. */
async function setRetentionMonths(months: number) {
  const va = await signInAsVa(t);
  const current = await (await va.client.api.admin.settings.$get()).json();
  const { updatedAt: _updatedAt, embed: _embed, ...input } = current;
  const response = await va.client.api.admin.settings.$put({ json: { ...input, retentionMonths: months } });
  expect(response.status, await response.clone().text()).toBe(200);
}

/** Everything that hangs off an intake, one of each. */
async function attachEverything(intakeId: string) {
  const db = t.db.prisma;
  const va = await signInAsVa(t);
  const suffix = randomBytes(8).toString('hex');
  await db.intakeTask.create({
    data: {
      intakeId, position: 0, taskId: 'inbox-triage', categoryId: 'email-agenda', minutesPerMonth: 60,
      feeling: 'drains', skill: 'fine', needsMe: 'no', score: 80, bucket: 'now',
    },
  });
  await db.resultLink.create({ data: { intakeId, tokenHash: `result-${suffix}`, purpose: 'submit' } });
  await db.intakeEvent.create({ data: { intakeId, type: 'submitted' } });
  await db.intakeNote.create({ data: { intakeId, authorId: va.va.userId, body: 'Bellen op dinsdag' } });
  await db.unsubscribeLink.create({ data: { intakeId, tokenHash: `unsubscribe-${suffix}` } });
  await db.outboxMessage.create({
    data: {
      kind: 'result-link', intakeId, toAddress: 'iemand@example.nl', locale: 'nl', subject: 'Je resultaat',
      html: '<p>Hoi</p>', text: 'Hoi', idempotencyKey: `result-link:${intakeId}`,
    },
  });
}

async function attachedRows(intakeId: string) {
  const db = t.db.prisma;
  const where = { where: { intakeId } };
  return {
    snapshot: await db.intakeSnapshot.count(where),
    tasks: await db.intakeTask.count(where),
    links: await db.resultLink.count(where),
    events: await db.intakeEvent.count(where),
    notes: await db.intakeNote.count(where),
    unsubscribeLinks: await db.unsubscribeLink.count(where),
    outbox: await db.outboxMessage.count(where),
  };
}

async function createDraft(expiresAt: Date, email = 'later@example.nl') {
  const draft = await t.db.prisma.scanDraft.create({
    data: {
      email, locale: 'nl', answers: { step: 2 }, step: 2, privacyConsentAt: shift(expiresAt, -30 * DAY),
      privacyConsentVersion: 'v1', expiresAt,
    },
  });
  await t.db.prisma.resumeLink.create({
    data: { draftId: draft.id, tokenHash: `resume-${randomBytes(8).toString('hex')}`, expiresAt },
  });
  await t.db.prisma.outboxMessage.create({
    data: {
      kind: 'resume-link', draftId: draft.id, toAddress: email, locale: 'nl', subject: 'Verder met je scan',
      html: '<p>Verder</p>', text: 'Verder', idempotencyKey: `resume:${draft.id}`,
    },
  });
  return draft.id;
}

// Every run logs its counts; the tests that read the line look at t.logs.
const retentionLines = () => t.logs.entries.filter((entry) => entry.job === 'retention');

afterEach(() => {
  vi.useRealTimers();
});

describe('the retention job', () => {
  test('erases intakes not marked client once the period has passed, to the second', async () => {
    // Default period: 12 months. Now is 28 November 2026 10:00 UTC; the boundary is 28 November 2025 10:00 UTC.
    const boundary = at('2025-11-28T10:00:00.000Z');
    await insertIntakeRows(t.db, [
      { name: 'A one second past the period', createdAt: shift(boundary, -SECOND) },
      { name: 'B exactly at the period', createdAt: boundary },
      { name: 'C one second within the period', createdAt: shift(boundary, SECOND) },
      { name: 'D recent', createdAt: at('2026-11-01T09:00:00.000Z') },
      { name: 'E old client', createdAt: at('2020-01-01T00:00:00.000Z'), status: 'client' },
      { name: 'F old, archived', createdAt: at('2021-05-05T00:00:00.000Z'), status: 'archived' },
      { name: 'G old, not a fit', createdAt: at('2024-05-05T00:00:00.000Z'), status: 'not-a-fit' },
    ]);

    const run = await runRetention(deps(), NOW);

    expect(run).toMatchObject({ retentionMonths: 12, erasedIntakes: 4, erasedDrafts: 0 });
    expect(await remainingNames()).toEqual(['C one second within the period', 'D recent', 'E old client']);
    // A second run finds nothing more.
    expect((await runRetention(deps(), NOW)).erasedIntakes).toBe(0);
  });

  test('counts in calendar months: a month the submission day lacks ends with that month', async () => {
    await setRetentionMonths(1);
    await insertIntakeRows(t.db, [
      { name: 'Jan 30', createdAt: at('2026-01-30T12:00:00.000Z') },
      { name: 'Jan 28', createdAt: at('2026-01-28T12:00:00.000Z') },
    ]);
    // 28 February 11:59:59: neither is due (February has no 30th; the 28th is due at 12:00).
    expect((await runRetention(deps(), at('2026-02-28T11:59:59.000Z'))).erasedIntakes).toBe(0);
    expect((await runRetention(deps(), at('2026-02-28T12:00:00.000Z'))).erasedIntakes).toBe(1);
    expect(await remainingNames()).toEqual(['Jan 30']);
    // The 30th of January is due from 1 March 00:00.
    expect((await runRetention(deps(), at('2026-02-28T23:59:59.999Z'))).erasedIntakes).toBe(0);
    expect((await runRetention(deps(), at('2026-03-01T00:00:00.000Z'))).erasedIntakes).toBe(1);
  });

  test('uses the period as it is saved in the settings at the time of the run', async () => {
    await insertIntakeRows(t.db, [
      { name: 'Four months old', createdAt: at('2026-07-28T09:00:00.000Z') },
      { name: 'Two months old', createdAt: at('2026-09-28T09:00:00.000Z') },
    ]);
    expect((await runRetention(deps(), NOW)).erasedIntakes).toBe(0);

    await setRetentionMonths(3);
    expect(await runRetention(deps(), NOW)).toMatchObject({ retentionMonths: 3, erasedIntakes: 1, erasedDrafts: 0 });
    expect(await remainingNames()).toEqual(['Two months old']);

    // A longer period again keeps what is left.
    await setRetentionMonths(24);
    expect((await runRetention(deps(), NOW)).erasedIntakes).toBe(0);
    expect(await remainingNames()).toEqual(['Two months old']);
  });

  test('erasing an intake removes everything attached to it; a kept intake keeps all of it', async () => {
    const [old, recent] = await insertIntakeRows(t.db, [
      { name: 'Old', createdAt: at('2024-01-01T00:00:00.000Z') },
      { name: 'Recent', createdAt: at('2026-11-01T00:00:00.000Z') },
    ]);
    await attachEverything(old!);
    await attachEverything(recent!);

    await runRetention(deps(), NOW);

    const none = { snapshot: 0, tasks: 0, links: 0, events: 0, notes: 0, unsubscribeLinks: 0, outbox: 0 };
    const one = { snapshot: 1, tasks: 1, links: 1, events: 1, notes: 1, unsubscribeLinks: 1, outbox: 1 };
    expect(await attachedRows(old!)).toEqual(none);
    expect(await attachedRows(recent!)).toEqual(one);
    // The VA's account is not part of the intake: it stays.
    expect(await t.db.prisma.vaUser.count()).toBe(1);
  });

  test('erases scan drafts whose 30 days are over, with their resume links and e-mails', async () => {
    const expired = await createDraft(shift(NOW, -SECOND), 'expired@example.nl');
    const justExpired = await createDraft(NOW, 'just-expired@example.nl');
    const valid = await createDraft(shift(NOW, SECOND), 'valid@example.nl');

    const run = await runRetention(deps(), NOW);

    expect(run.erasedDrafts).toBe(2);
    const drafts = await t.db.prisma.scanDraft.findMany({ select: { id: true } });
    expect(drafts.map((draft) => draft.id)).toEqual([valid]);
    for (const draftId of [expired, justExpired]) {
      expect(await t.db.prisma.resumeLink.count({ where: { draftId } })).toBe(0);
      expect(await t.db.prisma.outboxMessage.count({ where: { draftId } })).toBe(0);
    }
    expect(await t.db.prisma.resumeLink.count({ where: { draftId: valid } })).toBe(1);
    expect(await t.db.prisma.outboxMessage.count({ where: { draftId: valid } })).toBe(1);
  });

  test('logs the counts and never a name or an address', async () => {
    await insertIntakeRows(t.db, [{ name: 'Zoë Geheim', email: 'zoe.geheim@example.nl', createdAt: at('2024-01-01T00:00:00.000Z') }]);
    await createDraft(shift(NOW, -DAY), 'draft.geheim@example.nl');

    await runRetention(deps(), NOW);

    expect(retentionLines()).toHaveLength(1);
    const line = retentionLines()[0]!.msg;
    expect(line).toBe('Retention: erased 1 intake(s) older than 12 month(s) (clients kept) and 1 expired scan draft(s).');
    expect(JSON.stringify(t.logs.entries)).not.toMatch(/geheim|Zoë/i);
  });

  test('cleans up ended sessions, old failed sign-ins and known sign-ins past their life, with no sign-in needed', async () => {
    const now = new Date();
    const idle = t.deps.env.SESSION_IDLE_MINUTES * 60 * SECOND;
    const window = t.deps.env.LOGIN_THROTTLE_WINDOW_MINUTES * 60 * SECOND;
    const [active, pastExpiry, idleTooLong] = [await signInAsVa(t), await signInAsVa(t), await signInAsVa(t)];
    const db = t.db.prisma;
    const sessionWhere = (va: typeof active) => ({ tokenHash: hashToken(va.cookie.replace('ds_session=', '')) });
    await db.session.update({ where: sessionWhere(pastExpiry), data: { expiresAt: shift(now, -SECOND) } });
    await db.session.update({ where: sessionWhere(idleTooLong), data: { lastSeenAt: shift(now, -idle - SECOND) } });
    await db.loginAttempt.createMany({
      data: [
        { key: 'ip:198.51.100.1', createdAt: shift(now, -window - SECOND) },
        { key: 'ip:198.51.100.1', createdAt: shift(now, -window + 60 * SECOND) },
      ],
    });
    await db.knownSignIn.create({ data: { userId: active.va.userId, key: 'device:old', lastSignInAt: shift(now, -91 * DAY) } });
    const knownBefore = await db.knownSignIn.count();
    // Second steps of sign-ins with two-factor: one ended, one still open.
    const pending = { userId: active.va.userId, attemptKeys: 'ip:198.51.100.1', origin: 'elsewhere' };
    await db.pendingSignIn.createMany({
      data: [
        { ...pending, tokenHash: 'ended', expiresAt: shift(now, -SECOND) },
        { ...pending, tokenHash: 'open', expiresAt: shift(now, 60 * SECOND) },
      ],
    });

    const run = await runRetention(deps(), now);

    expect(run.endedSignIns).toEqual({ sessions: 2, failedSignIns: 1, knownSignIns: 1, pendingSignIns: 1 });
    expect((await db.pendingSignIn.findMany({ select: { tokenHash: true } })).map((row) => row.tokenHash)).toEqual(['open']);
    expect(await db.session.count()).toBe(1);
    expect(await db.session.count({ where: sessionWhere(active) })).toBe(1);
    expect(await db.loginAttempt.count()).toBe(1);
    expect(await db.knownSignIn.count()).toBe(knownBefore - 1);
    expect(await db.knownSignIn.count({ where: { key: 'device:old' } })).toBe(0);
    // The session that is still active goes on working.
    expect((await active.request('/api/admin/me')).status).toBe(200);
  });

  test('two processes running it at once erase each intake once, without errors', async () => {
    const rows = Array.from({ length: 1200 }, (_, index) => ({
      name: `Oud ${index}`,
      createdAt: shift(at('2024-01-01T00:00:00.000Z'), index * SECOND),
    }));
    await insertIntakeRows(t.db, [...rows, { name: 'Recent', createdAt: at('2026-11-01T00:00:00.000Z') }]);
    // A second connection to the same database, as a second server process has.
    const other = await openDatabase(t.db.url, { migrate: false });
    try {
      const [first, second] = await Promise.all([
        runRetention(deps(), NOW),
        runRetention({ ...t.deps, db: other }, NOW),
      ]);
      expect(first.erasedIntakes + second.erasedIntakes).toBe(1200);
    } finally {
      await other.close();
    }
    expect(await remainingNames()).toEqual(['Recent']);
  });

  test('gives way between batches: a request that arrives during a long erase is served before it ends, and only the due intakes go', async () => {
    const old = Array.from({ length: 300 }, (_, index) => ({ name: `Oud ${index}`, createdAt: shift(at('2023-01-01T00:00:00.000Z'), index * SECOND) }));
    await insertIntakeRows(t.db, [
      ...old,
      { name: 'Klant van toen', status: 'client', createdAt: at('2023-01-01T00:00:00.000Z') },
      { name: 'Recent', createdAt: at('2026-11-01T00:00:00.000Z') },
    ]);
    const order: string[] = [];
    // A request from the network is a macrotask: it waits for the event loop. On SQLite the
    // batches run on it, so without a pause between them the whole erase would come first.
    const erased = runRetention(deps(), NOW).then((run) => {
      order.push('erase');
      return run.erasedIntakes;
    });
    const answered = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => t.app.request('/api/health'))
      .then(() => order.push('health'));
    const [count] = await Promise.all([erased, answered]);
    expect(order).toEqual(['health', 'erase']);
    expect(count).toBe(300);
    expect(await remainingNames()).toEqual(['Klant van toen', 'Recent']);
  });

  test('runs shortly after start and then on its interval, until stopped', async () => {
    await insertIntakeRows(t.db, [{ name: 'Old', createdAt: at('2020-01-01T00:00:00.000Z') }]);
    const job = startRetentionJob(deps(), { firstRunAfterMs: 10, intervalMs: 50 });
    try {
      await vi.waitFor(async () => expect(await t.db.prisma.intake.count()).toBe(0), { timeout: 5_000 });
      // It runs again on its interval: an old intake added now goes too.
      await insertIntakeRows(t.db, [{ name: 'Old too', createdAt: at('2020-01-02T00:00:00.000Z') }]);
      await vi.waitFor(async () => expect(await t.db.prisma.intake.count()).toBe(0), { timeout: 5_000 });
    } finally {
      await job.stop();
    }
    const runs = retentionLines().length;
    await insertIntakeRows(t.db, [{ name: 'After stop', createdAt: at('2020-01-03T00:00:00.000Z') }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(retentionLines().length).toBe(runs);
    expect(await remainingNames()).toEqual(['After stop']);
  });
});

describe('GET /api/admin/retention', () => {
  test('answers 401 without a session', async () => {
    expect((await t.app.request('/api/admin/retention')).status).toBe(401);
  });

  test('the period, and what will be erased in the next 30 days (overdue first, clients never)', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const va = await signInAsVa(t);
    // With 12 months: submitted before 28 December 2025 10:00 UTC → erased within 30 days of now.
    const [overdue, soon, lastOne] = await insertIntakeRows(t.db, [
      { name: 'Overdue', status: 'archived', createdAt: at('2025-11-20T08:00:00.000Z') },
      { name: 'Soon', status: 'contacted', createdAt: at('2025-12-05T14:30:00.000Z') },
      { name: 'Last one in the window', createdAt: at('2025-12-28T09:59:59.000Z') },
      { name: 'Just after the window', createdAt: at('2025-12-28T10:00:01.000Z') },
      { name: 'Client', status: 'client', createdAt: at('2025-12-01T00:00:00.000Z') },
      { name: 'Recent', createdAt: at('2026-10-01T00:00:00.000Z') },
    ]);

    const response = await va.client.api.admin.retention.$get();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const overview = await response.json();

    expect(overview).toEqual({
      retentionMonths: 12,
      lookaheadDays: 30,
      total: 3,
      upcoming: [
        { id: overdue, name: 'Overdue', status: 'archived', createdAt: '2025-11-20T08:00:00.000Z', eraseAt: '2026-11-20T08:00:00.000Z' },
        { id: soon, name: 'Soon', status: 'contacted', createdAt: '2025-12-05T14:30:00.000Z', eraseAt: '2026-12-05T14:30:00.000Z' },
        {
          id: lastOne,
          name: 'Last one in the window',
          status: 'new',
          createdAt: '2025-12-28T09:59:59.000Z',
          eraseAt: '2026-12-28T09:59:59.000Z',
        },
      ],
    });
  });

  test('follows a changed period', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    await insertIntakeRows(t.db, [{ name: 'Five months old', createdAt: at('2026-06-20T00:00:00.000Z') }]);
    await setRetentionMonths(6);
    const va = await signInAsVa(t);
    const overview = await (await va.client.api.admin.retention.$get()).json();
    expect(overview.retentionMonths).toBe(6);
    expect(overview.upcoming.map((item) => [item.name, item.eraseAt])).toEqual([['Five months old', '2026-12-20T00:00:00.000Z']]);
  });

  test('lists at most 100, and says how many there are in all', async () => {
    await insertIntakeRows(
      t.db,
      Array.from({ length: 105 }, (_, index) => ({ name: `Oud ${index}`, createdAt: new Date(Date.UTC(2020, 0, 1, 0, 0, index)) })),
    );
    const va = await signInAsVa(t);
    const overview = await (await va.client.api.admin.retention.$get()).json();
    expect(overview.total).toBe(105);
    expect(overview.upcoming).toHaveLength(100);
    expect(overview.upcoming[0]!.name).toBe('Oud 0');
  });
});
