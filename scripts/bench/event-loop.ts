/**
 * `npm run bench:event-loop`: does the server keep answering prospects while the back office works
 * hard? Times GET /api/health (p50, p99) through the real app on a fresh SQLite file:
 *   - idle: the anchor, in the same run;
 *   - during a sign-in storm: BENCH_SIGN_INS (default 50) sign-ins at once (argon2, one at a time);
 *   - during a CSV export of BENCH_ROWS (default 20,000) intakes (batches that take their turn);
 *   - during the retention job erasing a backlog of BENCH_ERASE_ROWS (default 50,000) intakes past
 *     their retention period, each with its snapshot, ten tasks, two events and a result link
 *     (seeded with raw multi-row inserts in one transaction), run in the same process as the app,
 *     as the server runs it. It checks that exactly those were erased and nothing else.
 * It prints each next to the anchor as a ratio. Numbers only: no assertion depends on time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../server/app.ts';
import { CSRF_HEADER } from '../../shared/schemas/auth.ts';
import { readEnv } from '../../server/env.ts';
import { saveVa } from '../../server/features/auth/auth.service.ts';
import { runRetention } from '../../server/features/retention/retention.service.ts';
import { openDatabase, type Db } from '../../server/lib/db.ts';
import { createLogger } from '../../server/lib/logger.ts';
import { openBulkInserter } from './bulk-insert.ts';
import { intakeBatches } from './dataset.ts';

const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 50);
const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const ERASE_ROWS = Number(process.env.BENCH_ERASE_ROWS ?? 50_000);
/** The erase backlog is from 2015; the job runs "on 1 January 2017": only the backlog is due. */
const BACKLOG_FROM = Date.UTC(2015, 0, 1);
const RETENTION_NOW = new Date(Date.UTC(2017, 0, 1));
const VA = { email: 'bench@example.nl', name: 'Bench', password: 'een lang genoeg bench-wachtwoord' };

/**
 * ERASE_ROWS intakes submitted in 2015 (none a client), with what a real intake carries: its
 * snapshot (bulk inserter), ten tasks, two events and a result link (one INSERT … SELECT per table,
 * all in one transaction). Returns the number of rows attached to them.
 */
async function seedBacklog(db: Db, url: string): Promise<number> {
  const inserter = await openBulkInserter(db, url);
  for (const batch of intakeBatches(ERASE_ROWS, 1000, 7)) {
    await inserter.insert(
      batch.map(({ intake, snapshot }) => {
        const n = Number(intake.id.slice(1, 8));
        const id = `old${String(n).padStart(7, '0')}`;
        const createdAt = new Date(BACKLOG_FROM + n * 60_000);
        return {
          intake: {
            ...intake,
            id,
            createdAt,
            updatedAt: createdAt,
            readAt: createdAt,
            privacyConsentAt: createdAt,
            followUpConsentAt: createdAt,
            status: intake.status === 'client' ? 'archived' : intake.status,
            idempotencyKeyHash: `old-${n}`,
          },
          snapshot: { ...snapshot, intakeId: id },
        };
      }),
    );
  }
  await inserter.close();
  const attached = db.raw.provider === 'sqlite' ? db.raw.sqlite : null;
  if (!attached) throw new Error('the erase scenario runs on SQLite');
  return attached.transaction((sqlite) => {
    const run = (sql: string) => sqlite.statement(sql).run().changes;
    return (
      run(
        `INSERT INTO "IntakeTask" ("id", "intakeId", "position", "taskId", "categoryId", "minutesPerMonth", "feeling", "skill", "needsMe", "score", "bucket")
         SELECT i."id" || '-t' || p.value, i."id", p.value, 'inbox-triage', 'email-agenda', 60, 'drains', 'fine', 'no', 80, 'now'
           FROM "Intake" i, (WITH RECURSIVE s(value) AS (SELECT 0 UNION ALL SELECT value + 1 FROM s WHERE value < 9) SELECT value FROM s) p
          WHERE i."id" LIKE 'old%'`,
      ) +
      run(
        `INSERT INTO "IntakeEvent" ("id", "intakeId", "type", "createdAt")
         SELECT i."id" || '-e' || p.value, i."id", CASE p.value WHEN 0 THEN 'submitted' ELSE 'opened' END, i."createdAt"
           FROM "Intake" i, (SELECT 0 AS value UNION ALL SELECT 1) p
          WHERE i."id" LIKE 'old%'`,
      ) +
      run(
        `INSERT INTO "ResultLink" ("id", "intakeId", "tokenHash", "purpose", "createdAt", "openCount")
         SELECT i."id" || '-l', i."id", 'bench-' || i."id", 'submit', i."createdAt", 0
           FROM "Intake" i WHERE i."id" LIKE 'old%'`,
      )
    );
  });
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-bench-loop-'));
const url = `file:${path.join(dir, 'bench.db')}`;
const db = await openDatabase(url);
try {
  const inserter = await openBulkInserter(db, url);
  for (const batch of intakeBatches(ROWS, 1000)) await inserter.insert(batch);
  await inserter.close();
  const env = readEnv({ NODE_ENV: 'production', PUBLIC_URL: 'https://scan.example.nl', CLIENT_DIST: '/nonexistent', TRUST_PROXY: '1' });
  const log = createLogger({ ...env, LOG_LEVEL: 'silent' });
  await saveVa({ db, log }, VA);
  const app = createApp({ db, env, log });

  let address = 0;
  const signIn = (email = `nobody-${address}@example.nl`, password = 'geraden-wachtwoord') =>
    app.request('/api/auth/login', {
      method: 'POST',
      // Each from its own address and for its own (unknown) account, so no throttle cuts the storm
      // short: every attempt is hashed (an unknown account against the dummy hash).
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${(address++ % 250) + 1}` },
      body: JSON.stringify({ email, password }),
    });
  const login = await signIn(VA.email, VA.password);
  const cookie = login.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };

  /**
   * Health requests one after another, 2 ms apart, until `busy` settles (or `count` of them when
   * idle). Each is timed from when it was due, not from when the event loop got round to sending
   * it: a job that holds the loop delays the next request's start, and a client out there would
   * have waited that long too.
   */
  async function timeHealth(busy: Promise<unknown> | null, count = 200): Promise<number[]> {
    const times: number[] = [];
    let done = busy === null;
    void busy?.finally(() => (done = true));
    while (busy === null ? times.length < count : !done) {
      const due = performance.now() + 2;
      await new Promise((resolve) => setTimeout(resolve, 2));
      await app.request('/api/health');
      times.push(performance.now() - due);
    }
    return times.sort((a, b) => a - b);
  }
  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

  await timeHealth(null, 50); // warm-up
  const idle = await timeHealth(null);
  const stormStarted = performance.now();
  const storm = await timeHealth(
    Promise.all(Array.from({ length: SIGN_INS }, () => signIn())).then((answers) => {
      const refused = answers.filter((answer) => answer.status !== 401).length;
      if (refused > 0) console.warn(`${refused} of the storm's sign-ins were not checked (throttled?)`);
    }),
  );
  const stormSeconds = (performance.now() - stormStarted) / 1000;
  // The export asks for the password again (decision 0025).
  const reauth = await app.request('/api/auth/reauth', {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', [CSRF_HEADER]: csrfToken },
    body: JSON.stringify({ password: VA.password }),
  });
  if (reauth.status !== 200) throw new Error(`re-authentication before the export answered ${reauth.status}`);
  const exportStarted = performance.now();
  const exported = await timeHealth(
    Promise.resolve(app.request('/api/admin/intakes/export.csv', { headers: { cookie } })).then(async (response) => {
      if (response.status !== 200) throw new Error(`the export answered ${response.status}`);
      return response.text();
    }),
  );
  const exportSeconds = (performance.now() - exportStarted) / 1000;

  const seedStarted = performance.now();
  const attachedRows = await seedBacklog(db, url);
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const othersBefore = await db.prisma.intake.count({ where: { NOT: { id: { startsWith: 'old' } } } });
  const idleBeforeErase = await timeHealth(null);
  const eraseStarted = performance.now();
  let erased = 0;
  const erasing = await timeHealth(
    runRetention({ db, env, log }, RETENTION_NOW).then((run) => {
      erased = run.erasedIntakes;
    }),
  );
  const eraseSeconds = (performance.now() - eraseStarted) / 1000;
  const backlogLeft = await db.prisma.intake.count({ where: { id: { startsWith: 'old' } } });
  const othersAfter = await db.prisma.intake.count({ where: { NOT: { id: { startsWith: 'old' } } } });
  const tasksLeft = await db.prisma.intakeTask.count({ where: { intakeId: { startsWith: 'old' } } });

  const row = (name: string, times: number[], note = '') =>
    console.log(
      `${name.padEnd(34)} n=${String(times.length).padStart(4)}  p50 ${pct(times, 50).toFixed(1).padStart(6)} ms  p99 ${pct(times, 99).toFixed(1).padStart(7)} ms  ` +
        `p99 ratio ${(pct(times, 99) / pct(idle, 99)).toFixed(2).padStart(6)}x  ${note}`,
    );
  console.log(`GET /api/health while the back office works (SQLite, ${ROWS.toLocaleString('en')} intakes)`);
  row('idle (anchor, same run)', idle);
  row(`during ${SIGN_INS} sign-ins at once`, storm, `(storm took ${stormSeconds.toFixed(1)} s)`);
  row(`during a CSV export of ${ROWS.toLocaleString('en')}`, exported, `(export took ${exportSeconds.toFixed(1)} s)`);
  console.log(
    `\nRetention job erasing a backlog of ${ERASE_ROWS.toLocaleString('en')} intakes (+ ${attachedRows.toLocaleString('en')} attached rows, ` +
      `seeded in ${seedSeconds.toFixed(1)} s) beside ${othersBefore.toLocaleString('en')} recent ones`,
  );
  row('idle, just before (anchor)', idleBeforeErase);
  console.log(
    `${'during the erase'.padEnd(34)} n=${String(erasing.length).padStart(4)}  p50 ${pct(erasing, 50).toFixed(1).padStart(6)} ms  ` +
      `p99 ${pct(erasing, 99).toFixed(1).padStart(7)} ms  p99 ratio ${(pct(erasing, 99) / pct(idleBeforeErase, 99)).toFixed(2).padStart(6)}x  ` +
      `max ${erasing.at(-1)?.toFixed(1)} ms  (erase took ${eraseSeconds.toFixed(1)} s)`,
  );
  const intact = erased === ERASE_ROWS && backlogLeft === 0 && tasksLeft === 0 && othersAfter === othersBefore;
  console.log(
    `erased ${erased.toLocaleString('en')} of ${ERASE_ROWS.toLocaleString('en')}, ${backlogLeft} left, ${tasksLeft} of their tasks left; ` +
      `recent intakes ${othersBefore.toLocaleString('en')} before, ${othersAfter.toLocaleString('en')} after${intact ? '' : '  ⚠ NOT AS EXPECTED'}`,
  );
  if (!intact) process.exitCode = 1;
} finally {
  await db.close();
  await rm(dir, { recursive: true, force: true });
}
